"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionFormBody } from "./ActionFormBody";
import { ItemVersion } from "./Fields";
import { useAddOrEditForm } from "./useActionForm";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * The form that adds a part under a parent (a milestone under a measure) or
 * edits the given one (`useAddOrEditForm`): it carries the part's id and
 * version when editing, the parent's id (`parent`) when adding, and shows the
 * action's answer (`successText` after a save). `children` gets `pending`
 * for the form's buttons.
 */
export function AddOrEditForm<A, U>({
  item,
  actions,
  parent,
  successText,
  children,
}: {
  item: { id: string; version: number } | undefined;
  actions: { add: Action<A>; update: Action<U> };
  parent: { name: string; id: string };
  successText: string;
  children: (pending: boolean) => ReactNode;
}) {
  const { state, pending, onSubmit } = useAddOrEditForm(item, actions);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <ActionFormBody state={state} successText={successText}>
        <ItemVersion item={item} />
        {item ? null : <input type="hidden" name={parent.name} value={parent.id} />}
        {children(pending)}
      </ActionFormBody>
    </form>
  );
}
