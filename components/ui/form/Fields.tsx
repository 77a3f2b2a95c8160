"use client";

import type { ReactNode } from "react";

type Common = { name: string; label: string; errors?: string[]; hint?: string; required?: boolean; id?: string };

function describedBy(id: string, errors?: string[], hint?: string) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and errors around an input; errors are tied to it for screen readers. */
export function FieldShell({ id, label, errors, hint, required, children }: { id: string; label: string; errors?: string[]; hint?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: Common & { defaultValue?: string | number | null; type?: string; autoComplete?: string; multiline?: boolean; rows?: number }) {
  const id = props.id ?? `f-${props.name}`;
  const aria = { "aria-invalid": props.errors?.length ? true : undefined, "aria-describedby": describedBy(id, props.errors, props.hint) };
  return (
    <FieldShell id={id} label={props.label} errors={props.errors} hint={props.hint} required={props.required}>
      {props.multiline ? (
        <textarea id={id} name={props.name} defaultValue={props.defaultValue ?? ""} required={props.required} rows={props.rows ?? 4} className="field-input" {...aria} />
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? "text"}
          defaultValue={props.defaultValue ?? ""}
          required={props.required}
          autoComplete={props.autoComplete}
          className="field-input"
          {...aria}
        />
      )}
    </FieldShell>
  );
}

export function SelectField(props: Common & { options: { value: string; label: string }[]; defaultValue?: string | null }) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} errors={props.errors} hint={props.hint} required={props.required}>
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        required={props.required}
        className="field-input"
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.errors, props.hint)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The form's overall outcome: an alert on failure, a polite status on success. */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="mb-4 border-l-4 border-error bg-error-light p-3 font-semibold">
        {error}
      </p>
    );
  }
  return (
    <p role="status" className={success ? "mb-4 border-l-4 border-success bg-success-light p-3 font-semibold" : "sr-only"}>
      {success ?? ""}
    </p>
  );
}
