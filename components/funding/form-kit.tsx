"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, type FormEvent, type ReactNode } from "react";
import type { ActionResult, Message } from "@/lib/actions/result";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/** useActionState for a defineAction action, with translated messages and per-field errors. */
export function useActionForm<T>(action: Action<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action as never, null);
  const t = useTranslations();
  const msg = (m: Message) => (t.has(m.key) ? t(m.key, m.params as Record<string, string | number>) : t("errors.invalidValue"));
  const errors = (field: string) => (state && !state.ok ? (state.fields?.[field] ?? []).map(msg) : []);
  // Submit by hand so that React does not reset the form: after an error or a conflict the input stays.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, onSubmit, pending, msg, errors };
}

/** The form's overall message: saved, or what went wrong (a conflict names who changed it and when). */
export function FormStatus({ state, msg }: { state: ActionResult<unknown> | null; msg: (m: Message) => string }) {
  const t = useTranslations("common");
  if (!state) return null;
  if (state.ok) return <p role="status" className="bg-success-light p-2 font-semibold">{t("saved")}</p>;
  return (
    <p role="alert" className="border-l-4 border-error bg-error-light p-2 font-semibold">
      {msg(state.message)}
    </p>
  );
}

/** A labelled field with its hint and errors tied to the input by aria-describedby / aria-invalid. */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
  className,
}: {
  name: string;
  label: string;
  hint?: string;
  errors: string[];
  className?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const base = useId();
  const id = `${base}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": errors.length ? true : undefined })}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
