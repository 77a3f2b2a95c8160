import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeasureFilterForm } from "@/components/strategy/MeasureFilterForm";
import { MeasureFlags } from "@/components/strategy/MeasureFlags";
import { StrategySubnav } from "@/components/strategy/StrategySubnav";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getDb } from "@/db/client";
import { getUnitNames } from "@/db/queries/strategy/public";
import { listMeasuresForStaffFilters, strategyOutline } from "@/db/queries/strategy/staff-list";
import { requirePage } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { applyFilters, parseFilters } from "@/lib/strategy/filters";
import { todayInHelsinki } from "@/lib/strategy/flags";
import { measureStatuses } from "@/lib/strategy/measure-input";

/** Staff list of measures with filters in the URL, late/stale flags and internal fields. */
export default async function StaffStrategy({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePage(locale, "internal.read");
  const filters = parseFilters(await searchParams);
  const t = await getTranslations("staff");
  const tList = await getTranslations("strategyList");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [rows, unitRows, outline] = await Promise.all([listMeasuresForStaffFilters(db), getUnitNames(db), strategyOutline(db)]);
  const unitName = new Map(unitRows.map((u) => [u.id, pick(u.name, locale)]));
  const goalName = new Map(outline.goals.map((g) => [g.id, pick(g.title, locale)]));
  const shown = applyFilters(rows, filters, todayInHelsinki(), env().STALE_AFTER_DAYS);
  const lateCount = shown.filter((m) => m.late).length;
  const staleCount = shown.filter((m) => m.stale).length;
  return (
    <>
      <StrategySubnav current="measures" />
      <h1 className="mb-4 text-heading-l font-bold">{t("overview")}</h1>
      <MeasureFilterForm
        filters={filters}
        goals={outline.goals.map((g) => ({ value: g.id, label: pick(g.title, locale) }))}
        priorities={outline.priorities.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${goalName.get(p.goalId) ?? ""})` }))}
        units={unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }))}
        statuses={measureStatuses.map((s) => ({ value: s, label: tStatus(s) }))}
      />
      <p className="mb-3" role="status">
        {tList("count", { count: shown.length, total: rows.length })} {tList("flagCounts", { late: lateCount, stale: staleCount })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-body-s">
          <caption className="sr-only">{t("overview")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{tList("measure")}</th>
              <th scope="col" className="p-2">{tCommon("status")}</th>
              <th scope="col" className="p-2">{tCommon("progress")}</th>
              <th scope="col" className="p-2">{tCommon("due")}</th>
              <th scope="col" className="p-2">{tCommon("unit")}</th>
              <th scope="col" className="p-2">{t("contacts")}</th>
              <th scope="col" className="p-2">{t("reviewState")}</th>
              <th scope="col" className="p-2">{t("internalNotes")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-semibold">
                  <Link href={`/staff/strategy/measures/${m.id}`}>{pick(m.title, locale)}</Link>
                  <span className="block font-normal text-muted">{goalName.get(m.goalId)}</span>
                  {m.visibility === "internal" ? <span className="mr-2 bg-silver-light px-1 font-normal">{t("internal")}</span> : null}
                  {canEditOwned(user, { unitId: m.responsibleUnitId, contactIds: m.contacts.map((c) => c.userId) }, "strategy.manage", "strategy.editOwn") ? (
                    <span className="bg-engel-light px-1 text-body-s font-normal">{t("yourMeasure")}</span>
                  ) : null}
                </th>
                <td className="p-2">
                  <div className="flex flex-col items-start gap-1">
                    <StatusBadge status={m.status} label={tStatus(m.status)} />
                    <MeasureFlags late={m.late} stale={m.stale} />
                  </div>
                </td>
                <td className="p-2"><ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} /></td>
                <td className="p-2">{m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}</td>
                <td className="p-2">{m.responsibleUnitId ? unitName.get(m.responsibleUnitId) : ""}</td>
                <td className="p-2">{m.contacts.map((c) => c.name).join(", ")}</td>
                <td className="p-2">{t(m.reviewState)}</td>
                <td className="max-w-xs p-2">{m.internalNotes && m.internalNotes.length > 160 ? `${m.internalNotes.slice(0, 160)}…` : m.internalNotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p className="mt-3">{tList("noResults")}</p> : null}
    </>
  );
}
