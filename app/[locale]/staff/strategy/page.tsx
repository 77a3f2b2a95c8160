import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { MeasureFlags, measureFlagLabels } from "@/components/strategy/MeasureFlags";
import { Subnav } from "@/components/ui/Subnav";
import { DataTable } from "@/components/ui/DataTable";
import { FilterChecks, FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getUnitNames } from "@/db/queries/strategy/public";
import { strategyOutline } from "@/db/queries/strategy/staff-list";
import { measureSorts, pageMeasuresForStaff } from "@/db/queries/strategy/staff-page";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { env } from "@/lib/env";
import { labelOnce } from "@/lib/i18n/labels";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { plainQuery, requestedPage, requestedSort, sortParam } from "@/lib/paging";
import { can, canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { parseFilters } from "@/lib/strategy/filters";
import { measureStatuses } from "@/lib/strategy/measure-input";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

const PATH = "/staff/strategy";

/** Staff list of measures: filtered, flagged, sorted and paged in SQL; every filter and page in the URL. */
export default async function StaffStrategy({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const sort = requestedSort(sp.sort, measureSorts, { key: "order", desc: false });
  const t = await getTranslations("staff");
  const tList = await getTranslations("strategyList");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const opts = { page: requestedPage(sp.page), sort, locale, today: todayInHelsinki(), staleAfterDays: env().STALE_AFTER_DAYS };
  const listPage = () => cachedUntilWrite(`staff-measures:${JSON.stringify([filters, opts])}`, () => pageMeasuresForStaff(db, filters, opts));
  const [list, unitRows, outline, flagLabels] = await Promise.all([
    listPage(),
    // The same for every reader and small: kept until the next write like the page's rows (four round trips less per request).
    cachedUntilWrite("unit-names", () => getUnitNames(db)),
    cachedUntilWrite("strategy-outline", () => strategyOutline(db)),
    measureFlagLabels(),
  ]);
  const unitName = new Map(unitRows.map((u) => [u.id, pick(u.name, locale)]));
  const goalName = new Map(outline.goals.map((g) => [g.id, pick(g.title, locale)]));
  const query = plainQuery(sp);
  // Each row's words are looked up once for the page, not once per row; a row links with a plain anchor (DataTable).
  const statusLabel = labelOnce((s: (typeof list.rows)[number]["status"]) => tStatus(s));
  const review = labelOnce((s: (typeof list.rows)[number]["reviewState"]) => t(s));
  const internal = t("internal");
  const yours = t("yourMeasure");
  const progress = `${tCommon("progress")}: `;
  const noDate = tCommon("noDate");
  const measuresPath = getPathname({ href: "/staff/strategy/measures", locale });
  return (
    <>
      <Subnav area="strategy" current="measures" />
      <h1 className="mb-4 text-heading-l font-bold">{t("overview")}</h1>
      <ExportLinks kinds={["measures", "progress-updates"]} show={can(user.role, "export.read")} />
      <FilterForm label={tList("filtersLabel")} clearHref={PATH} sort={sort.key === "order" && !sort.desc ? undefined : sortParam(sort)}>
        <FilterText name="q" label={tList("search")} value={filters.q} hint={tList("searchHint")} wide />
        <FilterSelect name="goal" label={tList("goal")} value={filters.goal} options={outline.goals.map((g) => ({ value: g.id, label: pick(g.title, locale) }))} />
        <FilterSelect name="priority" label={tList("priority")} value={filters.priority} options={outline.priorities.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${goalName.get(p.goalId) ?? ""})` }))} />
        <FilterSelect name="status" label={tList("status")} value={filters.status} options={measureStatuses.map((s) => ({ value: s, label: tStatus(s) }))} />
        <FilterSelect name="unit" label={tList("unit")} value={filters.unit} options={unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }))} />
        <FilterChecks legend={tList("flags")} items={[{ name: "late", label: tList("onlyLate"), checked: !!filters.late }, { name: "stale", label: tList("onlyStale"), checked: !!filters.stale }]} />
      </FilterForm>
      <p className="mb-3">
        {tList("count", { count: list.total, total: list.all })} {tList("flagCounts", { late: list.late, stale: list.stale })}
      </p>
      <DataTable
        caption={t("overview")}
        rows={list.rows}
        rowKey={(m) => m.id}
        sort={sort}
        path={PATH}
        query={query}
        empty={tList("noResults")}
        columns={[
          {
            key: "measure",
            header: tList("measure"),
            sortKey: "title",
            rowHeader: true,
            cell: (m) => (
              <>
                <a href={`${measuresPath}/${m.id}`}>{pick(m.title, locale)}</a>
                <span className="sub">{goalName.get(m.goalId)}</span>
                {m.visibility === "internal" ? <span className="tag mr-2">{internal}</span> : null}
                {canEditOwned(user, { unitId: m.responsibleUnitId, contactIds: m.contacts.map((c) => c.userId) }, "strategy.manage", "strategy.editOwn") ? <span className="tag tag-mine">{yours}</span> : null}
              </>
            ),
          },
          {
            key: "status",
            header: tCommon("status"),
            sortKey: "status",
            cell: (m) => (
              <div className="stack">
                <StatusBadge status={m.status} label={statusLabel(m.status)} />
                <MeasureFlags late={m.late} stale={m.stale} labels={flagLabels} />
              </div>
            ),
          },
          { key: "progress", header: tCommon("progress"), sortKey: "progress", cell: (m) => <ProgressBar value={m.progress} label={progress + pick(m.title, locale)} /> },
          { key: "due", header: tCommon("due"), sortKey: "due", cell: (m) => (m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : noDate) },
          { key: "unit", header: tCommon("unit"), cell: (m) => (m.responsibleUnitId ? unitName.get(m.responsibleUnitId) : "") },
          { key: "contacts", header: t("contacts"), cell: (m) => m.contacts.map((c) => c.name).join(", ") },
          { key: "review", header: t("reviewState"), cell: (m) => review(m.reviewState) },
          { key: "notes", header: t("internalNotes"), className: "max-w-xs", cell: (m) => (m.internalNotes && m.internalNotes.length > 160 ? `${m.internalNotes.slice(0, 160)}…` : m.internalNotes) },
        ]}
      />
      <Pager path={PATH} query={query} page={list.page} pages={list.pages} total={list.total} from={list.from} to={list.to} />
    </>
  );
}
