"use client";

import { useId, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormContext } from "./context";
import { useMessageText } from "./useActionMessages";

/**
 * The inside of a form bound to an action (see useActionForm): the form's
 * outcome on top as a live region, and the fields below find their own errors
 * in the result without each being handed them. `className` places the
 * outcome (e.g. across a grid's columns).
 */
export function ActionFormBody({ state, successText, className, children }: { state: ActionResult<unknown> | null; successText?: string; className?: string; children: ReactNode }) {
  const idPrefix = useId().replace(/:/g, "");
  const text = useMessageText();
  return (
    <FormContext.Provider value={{ state, idPrefix }}>
      <div aria-live="polite" className={className}>
        {state && !state.ok ? (
          <p role="alert" className="mb-4 border-l-4 border-error bg-error-light p-3 font-semibold">
            {text(state.message)}
          </p>
        ) : null}
        {state?.ok && successText ? <p className="mb-4 border-l-4 border-success bg-success-light p-3 font-semibold">{successText}</p> : null}
      </div>
      {children}
    </FormContext.Provider>
  );
}
