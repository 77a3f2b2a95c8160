"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { ActionFormBody } from "./ActionFormBody";
import { useActionForm } from "./useActionForm";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * A whole form bound to a server action, for the common case: the outcome on
 * top, the fields (which find their own errors), and the submit button(s).
 * Built on useActionForm, so input survives errors and a success or a
 * conflict re-reads the page underneath. Forms with their own layout use useActionForm and
 * ActionFormBody directly.
 */
export function ActionForm<T>({
  id,
  action,
  children,
  success,
  redirectTo,
  resetOnSuccess,
  className,
  submitLabel,
  submitClassName,
  secondary,
}: {
  id?: string;
  action: Action<T>;
  children?: ReactNode;
  /** Shown after a successful save. */
  success?: string;
  /** Where to go after success; "{id}" is replaced by the saved item's id. */
  redirectTo?: string;
  resetOnSuccess?: boolean;
  className?: string;
  submitLabel: string;
  submitClassName?: string;
  /** A second submit button, e.g. intent=publish (the first then sends intent=save). */
  secondary?: { name: string; value: string; label: string };
}) {
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(action, {
    onSuccess: (data, form) => {
      if (resetOnSuccess) form?.reset();
      if (!redirectTo) return;
      router.push(redirectTo.replace("{id}", String((data as { id?: string } | undefined)?.id ?? "")));
      return "navigated";
    },
  });
  return (
    <form id={id} noValidate onSubmit={onSubmit} className={className ?? "flex flex-col gap-4"}>
      <ActionFormBody state={state} successText={success}>
        {children}
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={submitClassName ?? "btn"} disabled={pending} name={secondary ? "intent" : undefined} value={secondary ? "save" : undefined}>
            {submitLabel}
          </button>
          {secondary ? (
            <button type="submit" className="btn btn-secondary" disabled={pending} name={secondary.name} value={secondary.value}>
              {secondary.label}
            </button>
          ) : null}
        </div>
      </ActionFormBody>
    </form>
  );
}
