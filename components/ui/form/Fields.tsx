"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFormContext } from "./context";
import { useMessageText } from "./useActionMessages";

/**
 * The one form kit. A field is given its errors (`errors`) or, inside an
 * ActionFormBody, finds them in the form's last result by its `name`.
 * Standalone fields keep their own bottom margin; inside an ActionFormBody
 * the form lays out the spacing.
 */
type Common = { name: string; label: string; errors?: string[]; hint?: string; required?: boolean; id?: string; className?: string };

function describedBy(id: string, errors: string[], hint?: string) {
  return [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The id, errors and wrapper class of one field. */
function useField(props: Pick<Common, "name" | "errors" | "id" | "className" | "hint">) {
  const ctx = useFormContext();
  const text = useMessageText();
  const id = props.id ?? (ctx ? `${ctx.idPrefix}-${props.name}` : `f-${props.name}`);
  const errors = props.errors ?? (ctx?.state && !ctx.state.ok ? (ctx.state.fields?.[props.name] ?? []).map(text) : []);
  const wrapper = props.className ?? (ctx ? undefined : "mb-4");
  return { id, errors, wrapper, aria: { "aria-invalid": errors.length ? true : undefined, "aria-describedby": describedBy(id, errors, props.hint) } };
}

function RequiredMark() {
  return <span aria-hidden="true"> *</span>;
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

/** Label, hint and errors around an input; errors are tied to it for screen readers. */
export function FieldShell({ id, label, errors, hint, required, className, children }: { id: string; label: string; errors?: string[]; hint?: string; required?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <RequiredMark /> : null}
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

type TextProps = Common & {
  defaultValue?: string | number | null;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "text";
  maxLength?: number;
  lang?: string;
  /** Render a textarea (same as TextArea). */
  multiline?: boolean;
  rows?: number;
};

// Required is announced with aria-required, not the browser's own check: the
// server's translated message is the one the user should see.
export function TextField(props: TextProps) {
  return props.multiline ? <TextArea {...props} /> : <TextInput {...props} />;
}

/** A text field's frame (label, hint, errors) around its control, which gets the attributes both kinds share. */
function TextShell({ props, control }: { props: Omit<TextProps, "multiline" | "type" | "inputMode">; control: (shared: Record<string, unknown>) => ReactNode }) {
  const f = useField(props);
  const shared = { id: f.id, name: props.name, lang: props.lang, maxLength: props.maxLength, defaultValue: props.defaultValue ?? "", "aria-required": props.required || undefined, className: "field-input", ...f.aria };
  return (
    <FieldShell id={f.id} label={props.label} required={props.required} className={f.wrapper ?? ""}>
      {control(shared)}
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
    </FieldShell>
  );
}

function TextInput(props: TextProps) {
  return <TextShell props={props} control={(shared) => <input {...shared} type={props.type ?? "text"} inputMode={props.inputMode} autoComplete={props.autoComplete} />} />;
}

export function TextArea(props: Omit<TextProps, "multiline" | "type" | "inputMode">) {
  return <TextShell props={props} control={(shared) => <textarea {...shared} rows={props.rows ?? 4} />} />;
}

/** A file chooser (sent with the form as multipart data; the server checks size and type by content). */
export function FileField(props: Common & { accept?: string }) {
  const f = useField(props);
  return (
    <FieldShell id={f.id} label={props.label} required={props.required} className={f.wrapper ?? ""}>
      <input id={f.id} name={props.name} type="file" accept={props.accept} aria-required={props.required || undefined} className="field-input" {...f.aria} />
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
    </FieldShell>
  );
}

/** A select; `empty` adds a first option with the value "" (e.g. "– choose –"). */
export function SelectField(props: Common & { options: { value: string; label: string }[]; defaultValue?: string | number | null; empty?: string }) {
  const f = useField(props);
  return (
    <FieldShell id={f.id} label={props.label} required={props.required} className={f.wrapper ?? ""}>
      <select id={f.id} name={props.name} defaultValue={props.defaultValue ?? ""} aria-required={props.required || undefined} className="field-input" {...f.aria}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
    </FieldShell>
  );
}

/**
 * Who sees a reviewed item (its `visibility`): "public" or "internal", in the
 * order `first` gives; the labels are the area's words for the two.
 */
export function VisibilityField(props: { label: string; hint?: string; defaultValue: "public" | "internal"; labels: { public: string; internal: string }; first?: "public" | "internal" }) {
  const order = props.first === "internal" ? (["internal", "public"] as const) : (["public", "internal"] as const);
  return <SelectField name="visibility" label={props.label} hint={props.hint} defaultValue={props.defaultValue} options={order.map((v) => ({ value: v, label: props.labels[v] }))} />;
}

/** Checkboxes sent as `name[]`; errors of `name` are shown under the legend. An option's `group` is shown under its label. */
export function CheckboxGroup(
  props: Omit<Common, "label" | "required"> & { legend: string; options: { value: string; label: string; group?: string }[]; defaultValues: string[]; columns?: 1 | 2 },
) {
  const f = useField(props);
  return (
    <fieldset className={f.wrapper} aria-describedby={f.aria["aria-describedby"]}>
      <legend className="field-label">{props.legend}</legend>
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
      <ul className={props.columns === 2 ? "mt-1 grid gap-1 sm:grid-cols-2" : "mt-1 flex flex-col gap-1"}>
        {props.options.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input type="checkbox" id={`${f.id}-${o.value}`} name={`${props.name}[]`} value={o.value} defaultChecked={props.defaultValues.includes(o.value)} className="mt-1 h-5 w-5" />
            <label htmlFor={`${f.id}-${o.value}`}>
              {o.label}
              {o.group ? <span className="block text-body-s text-muted">{o.group}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Radio buttons, e.g. a 1–5 score; errors of `name` are shown under the legend. */
export function RadioGroup(props: Omit<Common, "label"> & { legend: string; options: { value: string; label: string }[]; defaultValue?: string | null }) {
  const f = useField(props);
  return (
    <fieldset className={f.wrapper} aria-describedby={f.aria["aria-describedby"]} >
      <legend className="field-label">
        {props.legend}
        {props.required ? <RequiredMark /> : null}
      </legend>
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
      <div className="mt-1 flex flex-wrap gap-4">
        {props.options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={props.name} value={o.value} defaultChecked={props.defaultValue === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A single checkbox (sent as "on" when ticked). */
export function CheckboxField(props: Omit<Common, "required"> & { defaultChecked?: boolean }) {
  const f = useField({ ...props, className: "" });
  return (
    <div className={props.className ?? "flex min-h-[44px] flex-wrap items-center gap-2"}>
      <input id={f.id} name={props.name} type="checkbox" defaultChecked={props.defaultChecked} className="h-5 w-5" {...f.aria} />
      <label htmlFor={f.id}>{props.label}</label>
      <FieldMessages id={f.id} hint={props.hint} errors={f.errors} />
    </div>
  );
}

/**
 * A translatable text: Finnish, Swedish and English inputs named `<base>Fi`,
 * `<base>Sv`, `<base>En`. Errors of the text as a whole (`<base>`, e.g. a
 * translation missing for publishing) are shown under the legend.
 */
export function LocalizedFields({
  base,
  legend,
  defaults,
  multiline,
  required,
  hint,
  errors,
}: {
  base: string;
  legend: string;
  defaults?: { fi?: string; sv?: string; en?: string } | null;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  errors?: string[];
}) {
  const t = useTranslations("forms");
  const f = useField({ name: base, hint, errors });
  const Field = multiline ? TextArea : TextField;
  return (
    <fieldset className="border-2 border-line p-4" aria-describedby={f.aria["aria-describedby"]}>
      <legend className="px-1 font-bold">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint || f.errors.length ? (
        <div className="mb-2">
          <FieldMessages id={f.id} hint={hint} errors={f.errors} />
        </div>
      ) : null}
      <div className="flex flex-col gap-3">
        <Field name={`${base}Fi`} label={t("inFinnish")} defaultValue={defaults?.fi} required={required} lang="fi" className="" />
        <Field name={`${base}Sv`} label={t("inSwedish")} defaultValue={defaults?.sv} lang="sv" hint={required ? t("svNeededToPublish") : undefined} className="" />
        <Field name={`${base}En`} label={t("inEnglish")} defaultValue={defaults?.en} lang="en" className="" />
      </div>
    </fieldset>
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

type SearchOption = { value: string; label: string };

/**
 * Choosing one item out of tens of thousands: a search-as-you-type
 * combobox (the ARIA 1.2 combobox pattern with a list box). The text typed is
 * sent to `source` (a GET address answering `{ options: [{ value, label }],
 * more }`) as `&q=`; arrows move in the list, Enter chooses, Escape closes.
 * The chosen item's id is sent as `name` (a hidden input), so the action sees
 * what a select would have sent.
 */
export function SearchField(props: Common & { source: string; placeholder?: string }) {
  const f = useField(props);
  const t = useTranslations("forms.search");
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  const [options, setOptions] = useState<SearchOption[]>([]);
  const [more, setMore] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "loading" | "done" | "error">("idle");
  const asked = useRef(0);
  const listId = `${f.id}-list`;
  const form = useFormContext();
  // A successful save empties the form: forget the choice too (checked while rendering, not in an effect).
  const [seen, setSeen] = useState(form?.state);
  if (form?.state !== seen) {
    setSeen(form?.state);
    if (form?.state?.ok) {
      setChosen(null);
      setText("");
      setOptions([]);
      setOpen(false);
      setState("idle");
    }
  }
  const typed = (value: string) => {
    setText(value);
    setChosen(null);
    if (!value.trim()) {
      setOptions([]);
      setOpen(false);
      setState("idle");
    } else setState("loading");
  };
  useEffect(() => {
    const q = text.trim();
    if (chosen || !q) return;
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${props.source}${props.source.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { options: SearchOption[]; more: boolean };
        if (n !== asked.current) return;
        setOptions(body.options);
        setMore(body.more);
        setActive(-1);
        setOpen(true);
        setState("done");
      } catch {
        if (n === asked.current) setState("error");
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, chosen, props.source]);
  const choose = (o: SearchOption) => {
    setChosen(o);
    setText(o.label);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((a) => (options.length ? (a + 1) % options.length : -1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (options.length ? (a <= 0 ? options.length - 1 : a - 1) : -1));
    } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape") {
      if (open) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const status =
    state === "loading" ? t("searching") : state === "error" ? t("failed") : state === "done" && !chosen ? (options.length ? (more ? t("more", { count: options.length }) : t("results", { count: options.length })) : t("none")) : chosen ? t("chosen", { label: chosen.label }) : "";
  const hintId = `${f.id}-search-hint`;
  return (
    <FieldShell id={f.id} label={props.label} required={props.required} className={f.wrapper ?? ""}>
      <p id={hintId} className="field-hint">
        {props.hint ?? t("hint")}
      </p>
      <div className="relative">
        <input
          id={f.id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-required={props.required || undefined}
          aria-invalid={f.aria["aria-invalid"]}
          aria-describedby={[hintId, f.errors.length ? `${f.id}-error` : null].filter(Boolean).join(" ")}
          placeholder={props.placeholder}
          className="field-input"
          value={text}
          onChange={(e) => typed(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => options.length && !chosen && setOpen(true)}
        />
        <input type="hidden" name={props.name} value={chosen?.value ?? ""} />
        <ul id={listId} role="listbox" aria-label={props.label} hidden={!(open && options.length > 0)} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto border border-black bg-white shadow">
          {options.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-coat text-white" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.label}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="mt-1 text-body-s text-muted">
        {status}
      </p>
      {f.errors.length ? (
        <p id={`${f.id}-error`} className="field-error">
          {f.errors.join(" ")}
        </p>
      ) : null}
    </FieldShell>
  );
}

/**
 * Which item a form saves and the version it was read at (`updateVersioned`
 * refuses a save over a newer version), as hidden fields; nothing for a new
 * item. `idName` when the action calls the id something else (`networkId`).
 */
export function ItemVersion({ item, idName = "id" }: { item: { id: string; version: number } | null | undefined; idName?: string }) {
  if (!item) return null;
  return (
    <>
      <input type="hidden" name={idName} value={item.id} />
      <input type="hidden" name="version" value={item.version} />
    </>
  );
}

/**
 * The save buttons of a form for a reviewed item: someone who may publish
 * gets "save draft" and "save and publish" (`publishField` tells the action);
 * anyone else one button that saves for review.
 */
export function PublishButtons({
  canPublish,
  pending,
  saveLabel,
  publishLabel,
  saveField,
  publishField = { name: "intent", value: "publish" },
}: {
  canPublish: boolean;
  pending: boolean;
  saveLabel: string;
  publishLabel: string;
  saveField?: { name: string; value: string };
  publishField?: { name: string; value: string };
}) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name={saveField?.name} value={saveField?.value} className={canPublish ? "btn btn-secondary" : "btn"} disabled={pending}>
        {saveLabel}
      </button>
      {canPublish ? (
        <button type="submit" name={publishField.name} value={publishField.value} className="btn" disabled={pending}>
          {publishLabel}
        </button>
      ) : null}
    </div>
  );
}
