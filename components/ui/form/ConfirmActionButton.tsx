"use client";

import type { ComponentProps } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { ActionFormBody } from "./ActionFormBody";
import { ConfirmStep } from "./ConfirmStep";
import { useActionForm } from "./useActionForm";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form that is one button asking first (`ConfirmStep`): archive, restore,
 * remove. It sends the item's `id` and `version` (and any other hidden
 * `fields`) to `action`; the action's error shows above the button, and
 * after success it goes to `redirectTo` if given (e.g. back to the list
 * after an archive). Usable from a server component.
 */
export function ConfirmActionButton({
  action,
  id,
  version,
  fields = {},
  redirectTo,
  ...confirm
}: {
  action: Action;
  id: string;
  version: number;
  fields?: Record<string, string>;
  /** Where to go after success (a path of this site, without the locale). */
  redirectTo?: string;
} & Omit<ComponentProps<typeof ConfirmStep>, "pending">) {
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(action, {
    onSuccess: redirectTo ? () => (router.push(redirectTo), "navigated" as const) : undefined,
  });
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
