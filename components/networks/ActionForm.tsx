"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useRef } from "react";
import { useActionMessages } from "@/components/ui/form/useActionMessages";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;
type FormCtx = { id: string; fields: FieldErrors };
const Ctx = createContext<FormCtx>({ id: "form", fields: {} });

/** Translate an action's message key (the shared translator). */
export function useMessage() {
  return useActionMessages().translate;
}

/**
 * A form bound to a server action. It submits without React's automatic
 * reset, so that after a refusal (bad input, a conflict) everything typed is
 * still there; errors appear next to their fields and a summary on top.
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
  secondary,
}: {
  id: string;
  action: Action<T>;
  children?: React.ReactNode;
  success?: string;
  /** Where to go after success; "{id}" is replaced by the saved item's id. */
  redirectTo?: string;
  resetOnSuccess?: boolean;
  className?: string;
  submitLabel: string;
  secondary?: { name: string; value: string; label: string };
}) {
  const [state, run, pending] = useActionState<ActionResult<T> | null, FormData>(action as never, null);
  const ref = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const message = useMessage();
  useEffect(() => {
    if (state?.ok && redirectTo) router.push(redirectTo.replace("{id}", String((state.data as { id?: string } | undefined)?.id ?? "")));
    if (state?.ok && resetOnSuccess) ref.current?.reset();
  }, [state, redirectTo, resetOnSuccess, router]);
  const fields = state && !state.ok ? (state.fields ?? {}) : {};
  return (
    <form
      ref={ref}
      id={id}
      noValidate
      className={className ?? "flex flex-col gap-4"}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.name) data.set(submitter.name, submitter.value);
        startTransition(() => run(data));
      }}
    >
      {state && !state.ok ? (
        <div id={`${id}-message`} role="alert" className="border-l-4 border-error bg-error-light p-3 font-semibold">
          {message(state.message)}
        </div>
      ) : null}
      {state?.ok && success ? (
        <p role="status" className="border-l-4 border-success bg-success-light p-3 font-semibold">
          {success}
        </p>
      ) : null}
      <Ctx.Provider value={{ id, fields }}>{children}</Ctx.Provider>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn" disabled={pending} name={secondary ? "intent" : undefined} value={secondary ? "save" : undefined}>
          {submitLabel}
        </button>
        {secondary ? (
          <button type="submit" className="btn btn-secondary" disabled={pending} name={secondary.name} value={secondary.value}>
            {secondary.label}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The id and errors of one field inside an ActionForm. */
export function useField(name: string) {
  const { id, fields } = useContext(Ctx);
  const message = useMessage();
  const errors = fields[name] ?? [];
  const inputId = `${id}-${name}`;
  const errorId = `${inputId}-error`;
  return {
    inputId,
    errorId,
    invalid: errors.length > 0,
    error: errors.length ? (
      <p id={errorId} className="field-error">
        {errors.map((e) => message(e)).join(" ")}
      </p>
    ) : null,
  };
}
