"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormContext } from "./context";
import { useMessageText } from "./useActionMessages";

/**
 * The inside of a form bound to an action (see useActionForm): the form's
 * outcome on top as a live region, and the fields below find their own errors
 * in the result without each being handed them. `className` places the
 * outcome (e.g. across a grid's columns).
 *
 * A success text belongs to the save that earned it: it goes away when the
 * form is sent again, so "User added." on screen never means an earlier user
 * while the next one is still being saved (and is announced again when the
 * next save succeeds).
 */
export function ActionFormBody({ state, successText, className, children }: { state: ActionResult<unknown> | null; successText?: string; className?: string; children: ReactNode }) {
  const idPrefix = useId().replace(/:/g, "");
  const text = useMessageText();
  const outcome = useRef<HTMLDivElement>(null);
  // The result that was on screen when the form was last sent: its success text is no longer news.
  const [sentOver, setSentOver] = useState<ActionResult<unknown> | null>(null);
  useEffect(() => {
    const form = outcome.current?.closest("form");
    if (!form) return;
    const onSubmit = () => setSentOver(state);
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [state]);
  const showSuccess = state?.ok && successText && state !== sentOver;
  return (
    <FormContext.Provider value={{ state, idPrefix }}>
      <div ref={outcome} aria-live="polite" className={className}>
        {state && !state.ok ? (
          <p role="alert" className="mb-4 border-l-4 border-error bg-error-light p-3 font-semibold">
            {text(state.message)}
          </p>
        ) : null}
        {showSuccess ? <p className="mb-4 border-l-4 border-success bg-success-light p-3 font-semibold">{successText}</p> : null}
      </div>
      {children}
    </FormContext.Provider>
  );
}
