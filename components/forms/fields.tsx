"use client";

import { createContext, useContext, useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { useMessageText } from "./messages";

type FormCtx = { state: ActionResult<unknown> | null; idPrefix: string };
const FormContext = createContext<FormCtx>({ state: null, idPrefix: "f" });

/**
 * A form whose fields show the action's errors next to themselves. Above the
 * fields: the form's message (error, conflict or success) as a live region.
 */
export function ActionFormBody({
  state,
  successText,
  children,
}: {
  state: ActionResult<unknown> | null;
  successText?: string;
  children: ReactNode;
}) {
  const idPrefix = useId().replace(/:/g, "");
  const text = useMessageText();
  return (
    <FormContext.Provider value={{ state, idPrefix }}>
      <div aria-live="polite">
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

function useField(name: string, hint?: string) {
  const { state, idPrefix } = useContext(FormContext);
  const text = useMessageText();
  const id = `${idPrefix}-${name}`;
  const errors = state && !state.ok ? (state.fields?.[name] ?? []).map(text) : [];
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, errors, describedBy, invalid: errors.length ? true : undefined };
}

function FieldMessages({ id, hint, errors }: { id: string; hint?: string; errors: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

type InputProps = {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  hint?: string;
  required?: boolean;
  type?: string;
  inputMode?: "numeric" | "decimal" | "text";
  maxLength?: number;
  className?: string;
  lang?: string;
};

export function TextField({ name, label, defaultValue, hint, required, type = "text", inputMode, maxLength, className, lang }: InputProps) {
  const f = useField(name, hint);
  return (
    <div className={className}>
      <label htmlFor={f.id} className="field-label">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
        id={f.id}
        name={name}
        type={type}
        inputMode={inputMode}
        lang={lang}
        maxLength={maxLength}
        defaultValue={defaultValue ?? ""}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        aria-required={required || undefined}
        className="field-input"
      />
      <FieldMessages id={f.id} hint={hint} errors={f.errors} />
    </div>
  );
}

export function TextArea({ name, label, defaultValue, hint, required, rows = 4, className, lang }: InputProps & { rows?: number }) {
  const f = useField(name, hint);
  return (
    <div className={className}>
      <label htmlFor={f.id} className="field-label">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        lang={lang}
        defaultValue={defaultValue ?? ""}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        aria-required={required || undefined}
        className="field-input"
      />
      <FieldMessages id={f.id} hint={hint} errors={f.errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hint,
  required,
  className,
}: Omit<InputProps, "type"> & { options: { value: string; label: string }[] }) {
  const f = useField(name, hint);
  return (
    <div className={className}>
      <label htmlFor={f.id} className="field-label">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <select
        id={f.id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        aria-required={required || undefined}
        className="field-input"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={f.id} hint={hint} errors={f.errors} />
    </div>
  );
}

/** Checkboxes sent as `name[]`; errors of `name` are shown under the legend. */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues,
  hint,
  className,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValues: string[];
  hint?: string;
  className?: string;
}) {
  const f = useField(name, hint);
  return (
    <fieldset className={className} aria-describedby={f.describedBy}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={f.id} hint={hint} errors={f.errors} />
      <ul className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${f.id}-${o.value}`}
              name={`${name}[]`}
              value={o.value}
              defaultChecked={defaultValues.includes(o.value)}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={`${f.id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A translatable text: Finnish, Swedish and English inputs named `<base>Fi`, `<base>Sv`, `<base>En`. */
export function LocalizedFields({
  base,
  legend,
  defaults,
  multiline,
  required,
  hint,
}: {
  base: string;
  legend: string;
  defaults?: { fi?: string; sv?: string; en?: string } | null;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
}) {
  const t = useTranslations("forms");
  const Field = multiline ? TextArea : TextField;
  return (
    <fieldset className="border-2 border-line p-4">
      <legend className="px-1 font-bold">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? <p className="field-hint mb-2">{hint}</p> : null}
      <div className="flex flex-col gap-3">
        <Field name={`${base}Fi`} label={t("inFinnish")} defaultValue={defaults?.fi} required={required} lang="fi" />
        <Field name={`${base}Sv`} label={t("inSwedish")} defaultValue={defaults?.sv} lang="sv" hint={required ? t("svNeededToPublish") : undefined} />
        <Field name={`${base}En`} label={t("inEnglish")} defaultValue={defaults?.en} lang="en" />
      </div>
    </fieldset>
  );
}

function RequiredMark() {
  const t = useTranslations("forms");
  return (
    <span className="ml-1 text-error">
      <span aria-hidden="true">*</span>
      <span className="sr-only"> ({t("required")})</span>
    </span>
  );
}
