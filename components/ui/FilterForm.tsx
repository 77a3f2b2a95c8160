import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * The one filter form of every list: a plain GET form, so the result is a URL
 * that can be shared, bookmarked and kept by the language switcher. Filtering
 * always starts again from the first page; the sort order is kept.
 */
export async function FilterForm({ label, clearHref, sort, children }: { label: string; clearHref: string; sort?: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form method="get" role="search" aria-label={label} className="mb-6 border-2 border-line p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">{t("filter")}</button>
        <Link href={clearHref}>{t("clear")}</Link>
      </div>
    </form>
  );
}

type Option = { value: string; label: string; lang?: string };

/**
 * A choice among options ("All" first, or `emptyLabel` for what the empty choice means, e.g. the default order).
 * Its id is `<idPrefix>-<name>` ("filter-" in a FilterForm; a page's own search form names its own).
 */
export async function FilterSelect({ name, label, value, options, emptyLabel, idPrefix = "filter" }: { name: string; label: string; value: string | undefined; options: Option[]; emptyLabel?: string; idPrefix?: string }) {
  const t = await getTranslations("common");
  return (
    <div>
      <label htmlFor={`${idPrefix}-${name}`} className="field-label">{label}</label>
      <select id={`${idPrefix}-${name}`} name={name} defaultValue={value ?? ""} className="field-input">
        <option value="">{emptyLabel ?? t("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Free text (searched in SQL), with an optional hint. */
export function FilterText({ name, label, value, hint, wide }: { name: string; label: string; value: string | undefined; hint?: string; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2 lg:col-span-3" : undefined}>
      <label htmlFor={`filter-${name}`} className="field-label">{label}</label>
      <input id={`filter-${name}`} name={name} type="search" defaultValue={value ?? ""} aria-describedby={hint ? `filter-${name}-hint` : undefined} className="field-input" />
      {hint ? <p id={`filter-${name}-hint`} className="field-hint">{hint}</p> : null}
    </div>
  );
}

/** A calendar day (`YYYY-MM-DD`). */
export function FilterDate({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="field-label">{label}</label>
      <input id={`filter-${name}`} name={name} type="date" defaultValue={value ?? ""} className="field-input" />
    </div>
  );
}

/** Yes/no filters under one legend (each sends `name=1` when ticked). */
export function FilterChecks({ legend, items }: { legend: string; items: { name: string; label: string; checked: boolean }[] }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="field-label">{legend}</legend>
      {items.map((i) => (
        <label key={i.name} className="flex items-center gap-2">
          <input type="checkbox" name={i.name} value="1" defaultChecked={i.checked} className="h-5 w-5" /> {i.label}
        </label>
      ))}
    </fieldset>
  );
}
