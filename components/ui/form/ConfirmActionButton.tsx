"use client";

import type { ComponentProps } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionFormBody } from "./ActionFormBody";
import { ConfirmStep } from "./ConfirmStep";
import { useActionForm } from "./useActionForm";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form that is one button asking first (`ConfirmStep`): archive, restore,
 * remove. It sends the item's `id` and `version` (and any other hidden
 * `fields`) to `action`; the action's error shows above the button, and
 * `onSuccess` may go to another page (returning "navigated").
 */
export function ConfirmActionButton({
  action,
  id,
  version,
  fields = {},
  onSuccess,
  ...confirm
}: {
  action: Action;
  id: string;
  version: number;
  fields?: Record<string, string>;
  onSuccess?: () => void | "navigated";
} & Omit<ComponentProps<typeof ConfirmStep>, "pending">) {
  const { state, pending, onSubmit } = useActionForm(action, { onSuccess });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <ConfirmStep {...confirm} pending={pending} />
      </ActionFormBody>
    </form>
  );
}
