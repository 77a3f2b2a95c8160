import { getTranslations } from "next-intl/server";
import type { MeasureFilters } from "@/lib/strategy/filters";
import { Link } from "@/lib/i18n/navigation";

type Option = { value: string; label: string };

/** Filters as a plain GET form: the result is a URL that can be shared and survives a language switch. */
export async function MeasureFilterForm({ filters, goals, priorities, units, statuses }: { filters: MeasureFilters; goals: Option[]; priorities: Option[]; units: Option[]; statuses: Option[] }) {
  const t = await getTranslations("strategyList");
  const tCommon = await getTranslations("common");
  const select = (name: keyof MeasureFilters, label: string, options: Option[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="field-label">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={String(filters[name] ?? "")} className="field-input">
        <option value="">{tCommon("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="mb-6 border-2 border-line p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="filter-q" className="field-label">{t("search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} aria-describedby="filter-q-hint" className="field-input" />
          <p id="filter-q-hint" className="field-hint">{t("searchHint")}</p>
        </div>
        {select("goal", t("goal"), goals)}
        {select("priority", t("priority"), priorities)}
        {select("status", t("status"), statuses)}
        {select("unit", t("unit"), units)}
        <fieldset className="flex flex-col gap-2">
          <legend className="field-label">{t("flags")}</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="late" value="1" defaultChecked={filters.late} className="h-5 w-5" /> {t("onlyLate")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="stale" value="1" defaultChecked={filters.stale} className="h-5 w-5" /> {t("onlyStale")}
          </label>
        </fieldset>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">{tCommon("filter")}</button>
        <Link href="/staff/strategy">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
