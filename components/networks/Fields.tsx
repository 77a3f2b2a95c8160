"use client";

import { useField } from "./ActionForm";

type Base = { name: string; label: string; hint?: string; required?: boolean };

function describedBy(f: { invalid: boolean; errorId: string }, hintId?: string) {
  const ids = [f.invalid ? f.errorId : null, hintId ?? null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({ name, label, hint, required, defaultValue, type = "text", inputMode, autoComplete }: Base & { defaultValue?: string | null; type?: string; inputMode?: "decimal" | "numeric" | "text"; autoComplete?: string }) {
  const f = useField(name);
  const hintId = hint ? `${f.inputId}-hint` : undefined;
  return (
    <div>
      <label htmlFor={f.inputId} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={f.inputId}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f, hintId)}
        className="field-input"
      />
      {f.error}
    </div>
  );
}

export function TextArea({ name, label, hint, required, defaultValue, rows = 4 }: Base & { defaultValue?: string | null; rows?: number }) {
  const f = useField(name);
  const hintId = hint ? `${f.inputId}-hint` : undefined;
  return (
    <div>
      <label htmlFor={f.inputId} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={f.inputId}
        name={name}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f, hintId)}
        className="field-input"
      />
      {f.error}
    </div>
  );
}

export function SelectField({ name, label, hint, required, defaultValue, options, empty }: Base & { defaultValue?: string | null; options: { value: string; label: string }[]; empty?: string }) {
  const f = useField(name);
  const hintId = hint ? `${f.inputId}-hint` : undefined;
  return (
    <div>
      <label htmlFor={f.inputId} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={f.inputId}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f, hintId)}
        className="field-input"
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {f.error}
    </div>
  );
}

/** A group of checkboxes sent as `name[]`. */
export function CheckboxGroup({ name, label, options, defaultValues }: { name: string; label: string; options: { value: string; label: string; group?: string }[]; defaultValues: string[] }) {
  const f = useField(name);
  return (
    <fieldset aria-describedby={f.invalid ? f.errorId : undefined}>
      <legend className="field-label">{label}</legend>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={`${name}[]`} value={o.value} defaultChecked={defaultValues.includes(o.value)} className="mt-1 h-5 w-5" />
              <span>
                {o.label}
                {o.group ? <span className="block text-body-s text-muted">{o.group}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {f.error}
    </fieldset>
  );
}

/** A radio group, e.g. a 1–5 score or a recommendation. */
export function RadioGroup({ name, label, options, defaultValue, hint }: { name: string; label: string; hint?: string; options: { value: string; label: string }[]; defaultValue?: string | null }) {
  const f = useField(name);
  const hintId = hint ? `${f.inputId}-hint` : undefined;
  return (
    <fieldset aria-describedby={describedBy(f, hintId)}>
      <legend className="field-label">{label}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
      {f.error}
    </fieldset>
  );
}
