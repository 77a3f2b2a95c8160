import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { fundingFormOptions, listProjectsForStaff, PAGE_SIZE, type ProjectFilters, type StaffProjectRow } from "@/db/queries/funding/projects";
import { labelOnce } from "@/lib/i18n/labels";
import { mayEditProject } from "@/lib/funding/project-write";
import { statuses, type ProjectStatus } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money";
import { todayInHelsinki } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { staffPage } from "@/lib/auth/staff-page";
import { DataTable } from "@/components/ui/DataTable";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { pageWithin, plainQuery } from "@/lib/paging";

const PATH = "/staff/funding/projects";
const flags = ["unaligned", "overdue", "findings", "highRisk", "pending", "demo"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ProjectList({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const sp = await searchParams;
  const id = (v: string | undefined) => (v && isUuid(v) ? v : undefined);
  const filters: ProjectFilters = {
    q: one(sp.q)?.slice(0, 100),
    programmeId: id(one(sp.programme)),
    status: statuses.includes(one(sp.status) as ProjectStatus) ? (one(sp.status) as ProjectStatus) : undefined,
    unitId: id(one(sp.unit)),
    priorityId: id(one(sp.priority)),
    flag: flags.includes(one(sp.flag) as (typeof flags)[number]) ? (one(sp.flag) as ProjectFilters["flag"]) : undefined,
    archived: one(sp.archived) === "1",
  };
  const page = Math.max(1, Math.min(10_000, Number(one(sp.page)) || 1));
  const today = todayInHelsinki();
  const [found, options] = await Promise.all([listProjectsForStaff(db, filters, today, page), fundingFormOptions(db, { people: false })]);
  // A page past the end (a stale link) shows the first page.
  const { rows, total } = found.rows.length === 0 && page > 1 && found.total > 0 ? await listProjectsForStaff(db, filters, today, 1) : found;
  const programmeName = new Map(options.programmes.map((p) => [p.id, pick(p.name, locale)]));
  const unitName = new Map(options.units.map((u) => [u.id, u.code]));
  const { page: shown, pages } = pageWithin(page, total, PAGE_SIZE);
  const from = total === 0 ? 0 : (shown - 1) * PAGE_SIZE + 1;
  const query = plainQuery(sp);
  // Row links are plain anchors (no client component per row) and every label is looked up once per page, not per row.
  const base = getPathname({ href: PATH, locale });
  const demo = t("demo");
  const youCanEdit = t("list.youCanEdit");
  const notKnown = t("detail.notKnown");
  const unaligned = t("list.flags.unaligned");
  const statusLabel = labelOnce((s: ProjectStatus) => t(`status.${s}`));
  const reviewLabel = labelOnce((s: StaffProjectRow["reviewState"]) => t(`reviewState.${s}`));
  const riskLabel = labelOnce((l: StaffProjectRow["riskLevel"]) => t("detail.risk", { level: t(`risk.${l}`) }));
  const strengthLabel = labelOnce((n: number) => t("list.strength", { n }));
  const overdueLabel = labelOnce((n: number) => t("list.overdueN", { n }));
  const findingsLabel = labelOnce((n: number) => t("list.findingsN", { n }));
  // Many projects start or end on the same day (a programme's or a year's); each date is formatted once per page.
  const day = labelOnce((key: string) => {
    const [date, precision] = key.split("|") as [string, StaffProjectRow["startPrecision"]];
    return date === "null" ? "" : formatFlexibleDate(date, precision, locale);
  });
  const list = (items: { id: string; label: string }[]) => items.map((i) => ({ value: i.id, label: i.label }));
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("list.title")}</h1>
      <FundingNav user={user} current="projects" locale={locale} />
      <FilterForm label={t("list.filters")} clearHref={PATH}>
        <FilterText name="q" label={t("list.search")} value={filters.q} />
        <FilterSelect name="programme" label={t("fields.programme")} value={filters.programmeId} options={list(options.programmes.map((p) => ({ id: p.id, label: pick(p.name, locale) })))} />
        <FilterSelect name="status" label={t("fields.status")} value={filters.status} options={list(statuses.map((s) => ({ id: s, label: t(`status.${s}`) })))} />
        <FilterSelect name="unit" label={t("fields.unit")} value={filters.unitId} options={list(options.units.map((u) => ({ id: u.id, label: pick(u.name, locale) })))} />
        <FilterSelect name="priority" label={t("list.priority")} value={filters.priorityId} options={list(options.priorities.map((p) => ({ id: p.id, label: pick(p.title, locale) })))} />
        <FilterSelect name="flag" label={t("list.flag")} value={filters.flag} options={list(flags.map((f) => ({ id: f, label: t(`list.flags.${f}`) })))} />
      </FilterForm>
      <p className="mb-2">{t("list.count", { total })}</p>
      <DataTable
        caption={t("list.title")}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            key: "project",
            header: t("list.project"),
            rowHeader: true,
            cell: (r) => (
              <>
                <a href={`${base}/${r.id}`}>{r.acronym ? `${r.acronym} – ${pick(r.name, locale)}` : pick(r.name, locale)}</a>
                {r.isDemo ? <span className="ml-2 bg-engel-light px-1 font-normal">{demo}</span> : null}
                {mayEditProject(user, r) ? <span className="ml-2 bg-fog-light px-1 font-normal">{youCanEdit}</span> : null}
              </>
            ),
          },
          { key: "programme", header: t("fields.programme"), cell: (r) => programmeName.get(r.programmeId) },
          { key: "status", header: t("fields.status"), cell: (r) => statusLabel(r.status) },
          { key: "eu", header: t("fields.euContribution"), className: "text-right whitespace-nowrap", cell: (r) => formatMoney(r.euContributionCents, locale, { unknown: notKnown }) },
          {
            key: "dates",
            header: t("list.dates"),
            className: "whitespace-nowrap",
            cell: (r) => (r.startDate || r.endDate ? `${day(`${r.startDate}|${r.startPrecision}`) || "…"} – ${day(`${r.endDate}|${r.endPrecision}`) || "…"}` : ""),
          },
          { key: "unit", header: t("fields.unit"), cell: (r) => (r.responsibleUnitId ? unitName.get(r.responsibleUnitId) : "") },
          {
            key: "alignment",
            header: t("list.alignment"),
            cell: (r) => (r.maxStrength && r.maxStrength >= 1 ? strengthLabel(r.maxStrength) : <strong className="text-error">{unaligned}</strong>),
          },
          {
            key: "flag",
            header: t("list.flag"),
            cell: (r) =>
              r.overdueReports > 0 || r.openFindings > 0 || r.riskLevel !== "low" ? (
                <ul>
                  {r.overdueReports > 0 ? <li className="font-semibold text-error">{overdueLabel(r.overdueReports)}</li> : null}
                  {r.openFindings > 0 ? <li className="font-semibold">{findingsLabel(r.openFindings)}</li> : null}
                  {r.riskLevel !== "low" ? <li>{riskLabel(r.riskLevel)}</li> : null}
                </ul>
              ) : null,
          },
          { key: "review", header: t("list.review"), cell: (r) => reviewLabel(r.reviewState) },
        ]}
      />
      <Pager path={PATH} query={query} page={shown} pages={pages} total={total} from={from} to={from === 0 ? 0 : from + rows.length - 1} label={t("list.pages")} />
    </>
  );
}
