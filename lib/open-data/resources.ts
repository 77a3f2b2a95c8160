import "server-only";
import type { ExportColumn } from "@/lib/import-export/table";
import { publicAreas, publicReports, publicStrategy } from "@/lib/public/content";
import { env } from "@/lib/env";
import { advocacyActionRecord, advocacyAskRecord, euProjectRecord, networkRecord } from "./serialize-areas";
import { goalRecord, indicatorRecord, measureRecord, periodRecord, priorityRecord, reportEntryRecord, reportRecord, updateRecord, type SiteUrl } from "./serialize";
import { todayInHelsinki } from "@/lib/dates";
import { getDb } from "@/db/client";
import { reportEntriesPage } from "@/db/queries/strategy/report-read";
import { isUuid } from "@/lib/ids";

/**
 * The open-data resources of API v1: each a list (JSON and CSV) and its
 * items by id. A resource reads only published content (lib/public/content).
 * An area adds its resource here once its public snapshots exist.
 */
type Rec = Record<string, unknown> & { id: string };
/** Statuses are checked against today's date in Helsinki when the list is read. */
const clock = () => ({ today: todayInHelsinki(), staleAfterDays: env().STALE_AFTER_DAYS });
export type Resource<R extends Rec = Rec> = {
  /** OpenAPI schema name of one record. */
  schema: string;
  list: (url: SiteUrl) => Promise<R[]>;
  /** Equality filters from the query string (shareable URLs like ?goal=…&status=…). */
  filters: Record<string, (row: R, value: string) => boolean>;
  csv: ExportColumn<R>[];
  /**
   * A list too long to send whole (a report of 5 000 measures per round) is
   * read a page at a time in SQL: `?page=` (from 1) and `?pageSize=` (up to
   * `maxSize`), filters applied in the query. `list` is then not used for it.
   */
  paged?: { size: number; maxSize: number; page: (url: SiteUrl, filters: Record<string, string>, limit: number, offset: number) => Promise<{ rows: R[]; total: number }>; item: (url: SiteUrl, id: string) => Promise<R | null> };
};

type LText = { fi: string; sv: string | null; en: string | null } | null;
const langs = (name: string, get: (r: never) => LText): ExportColumn<never>[] =>
  (["fi", "sv", "en"] as const).map((l) => ({ header: `${name}_${l}`, value: (r: never) => get(r)?.[l] ?? null }));

function resource<R extends Rec>(r: Resource<R>): Resource {
  return r as unknown as Resource;
}

type Goal = ReturnType<typeof goalRecord>;
type Priority = ReturnType<typeof priorityRecord>;
type Measure = ReturnType<typeof measureRecord>;
type Update = ReturnType<typeof updateRecord>;
type Indicator = ReturnType<typeof indicatorRecord>;
type Period = ReturnType<typeof periodRecord>;

type EuProject = ReturnType<typeof euProjectRecord>;
type NetworkRec = ReturnType<typeof networkRecord>;
type Action = ReturnType<typeof advocacyActionRecord>;
type Ask = ReturnType<typeof advocacyAskRecord>;

/** The ids of the public priorities: links from the other areas to anything else are dropped. */
const publicPriorityIds = async () => new Set((await publicStrategy()).priorities.map((p) => p.id));

export const resources: Record<string, Resource> = {
  periods: resource<Period>({
    schema: "Period",
    list: async () => (await publicStrategy()).periods.map(periodRecord),
    filters: {},
    csv: [{ header: "id", value: (r) => r.id }, ...(langs("name", (r: Period) => r.name) as ExportColumn<Period>[]), { header: "start_year", type: "number", value: (r) => r.startYear }, { header: "end_year", type: "number", value: (r) => r.endYear }],
  }),
  goals: resource<Goal>({
    schema: "Goal",
    list: async (url) => {
      const data = await publicStrategy();
      return data.goals.map((g) => goalRecord(g, data, url, clock()));
    },
    filters: { period: (r, v) => r.periodId === v, scope: (r, v) => r.scope === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "period_id", value: (r) => r.periodId },
      { header: "scope", value: (r) => r.scope },
      ...(langs("title", (r: Goal) => r.title) as ExportColumn<Goal>[]),
      ...(langs("description", (r: Goal) => r.description) as ExportColumn<Goal>[]),
      { header: "progress", type: "number", value: (r) => r.progress },
      { header: "measure_count", type: "number", value: (r) => r.measureCount },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  priorities: resource<Priority>({
    schema: "Priority",
    list: async (url) => {
      const data = await publicStrategy();
      return data.priorities.map((p) => priorityRecord(p, data, url));
    },
    filters: { goal: (r, v) => r.goalId === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "goal_id", value: (r) => r.goalId },
      ...(langs("title", (r: Priority) => r.title) as ExportColumn<Priority>[]),
      ...(langs("description", (r: Priority) => r.description) as ExportColumn<Priority>[]),
      { header: "progress", type: "number", value: (r) => r.progress },
      { header: "measure_count", type: "number", value: (r) => r.measureCount },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  measures: resource<Measure>({
    schema: "Measure",
    list: async (url) => {
      const data = await publicStrategy();
      const now = clock();
      return data.measures.map((m) => measureRecord(m, data, url, now));
    },
    filters: { goal: (r, v) => r.goalId === v, priority: (r, v) => r.priorityIds.includes(v), status: (r, v) => r.status === v, checkedStatus: (r, v) => r.checkedStatus === v, late: (r, v) => (v === "true" ? r.late !== null : v === "false" ? r.late === null : false), unit: (r, v) => r.responsibleUnit?.id === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "goal_id", value: (r) => r.goalId },
      { header: "priority_ids", value: (r) => r.priorityIds.join(" ") },
      ...(langs("title", (r: Measure) => r.title) as ExportColumn<Measure>[]),
      ...(langs("description", (r: Measure) => r.description) as ExportColumn<Measure>[]),
      { header: "status", value: (r) => r.status },
      { header: "checked_status", value: (r) => r.checkedStatus },
      { header: "late_reason", value: (r) => r.late?.reason ?? null },
      { header: "late_date", type: "date", value: (r) => r.late?.date ?? null },
      { header: "last_update", type: "date", value: (r) => r.lastUpdate },
      { header: "stale", value: (r) => String(r.stale) },
      { header: "progress", type: "number", value: (r) => r.progress },
      { header: "weight", type: "number", value: (r) => r.weight },
      { header: "start_date", type: "date", value: (r) => r.startDate },
      { header: "start_precision", value: (r) => r.startPrecision },
      { header: "due_date", type: "date", value: (r) => r.dueDate },
      { header: "due_precision", value: (r) => r.duePrecision },
      { header: "responsible_unit_id", value: (r) => r.responsibleUnit?.id },
      { header: "responsible_unit_fi", value: (r) => r.responsibleUnit?.name?.fi },
      { header: "milestone_count", type: "number", value: (r) => r.milestones.length },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  "progress-updates": resource<Update>({
    schema: "ProgressUpdate",
    list: async () => (await publicStrategy()).updates.map(updateRecord),
    filters: { measure: (r, v) => r.measureId === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "measure_id", value: (r) => r.measureId },
      { header: "date", type: "date", value: (r) => r.date },
      ...(langs("body", (r: Update) => r.body) as ExportColumn<Update>[]),
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  indicators: resource<Indicator>({
    schema: "Indicator",
    list: async (url) => (await publicStrategy()).indicators.map((i) => indicatorRecord(i, url)),
    filters: { period: (r, v) => r.periodId === v, priority: (r, v) => r.priorityIds.includes(v), measure: (r, v) => r.measureIds.includes(v) },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "period_id", value: (r) => r.periodId },
      ...(langs("title", (r: Indicator) => r.title) as ExportColumn<Indicator>[]),
      ...(langs("unit", (r: Indicator) => r.unit) as ExportColumn<Indicator>[]),
      // One row per indicator: the values as "date=value" pairs, latest last (the JSON has them as a list).
      { header: "values", value: (r) => r.values.map((v) => `${v.date}=${v.value}`).join(" ") },
      { header: "targets", value: (r) => r.targets.map((v) => `${v.date}=${v.value}`).join(" ") },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  "indicator-values": resource<{ id: string; indicatorId: string; kind: "actual" | "target"; date: string; value: string; unknown?: number }>({
    schema: "IndicatorValue",
    list: async () =>
      (await publicStrategy()).indicators.flatMap((i) => [
        ...i.values.map((v) => ({ id: `${i.id}:actual:${v.date}`, indicatorId: i.id, kind: "actual" as const, date: v.date, value: v.value, ...("unknown" in v && typeof v.unknown === "number" ? { unknown: v.unknown } : {}) })),
        ...i.targets.map((v) => ({ id: `${i.id}:target:${v.date}`, indicatorId: i.id, kind: "target" as const, date: v.date, value: v.value })),
      ]),
    filters: { indicator: (r, v) => r.indicatorId === v, kind: (r, v) => r.kind === v },
    csv: [
      { header: "indicator_id", value: (r) => r.indicatorId },
      { header: "kind", value: (r) => r.kind },
      { header: "date", type: "date", value: (r) => r.date },
      // Exact decimal as stored (e.g. "1250000.0000"), never a rounded float.
      { header: "value", value: (r) => r.value },
      { header: "unknown", type: "number", value: (r) => r.unknown ?? null },
    ],
  }),
  "eu-projects": resource<EuProject>({
    schema: "EuProject",
    list: async (url) => {
      const [areas, priorities] = await Promise.all([publicAreas(), publicPriorityIds()]);
      return areas.projects.map((p) => euProjectRecord(p, areas, priorities, url));
    },
    filters: {
      programme: (r, v) => r.programme?.id === v || r.programme?.code === v,
      status: (r, v) => r.status === v,
      role: (r, v) => r.role === v,
      priority: (r, v) => r.priorities.some((p) => p.priorityId === v),
    },
    csv: [
      { header: "id", value: (r) => r.id },
      ...(langs("name", (r: EuProject) => r.name) as ExportColumn<EuProject>[]),
      { header: "acronym", value: (r) => r.acronym },
      ...(langs("summary", (r: EuProject) => r.summary) as ExportColumn<EuProject>[]),
      { header: "programme_id", value: (r) => r.programme?.id },
      { header: "programme_code", value: (r) => r.programme?.code },
      { header: "status", value: (r) => r.status },
      { header: "role", value: (r) => r.role },
      // Exact decimal euros as text ("1250000.50"), never a rounded float.
      { header: "eu_contribution_eur", value: (r) => r.euContribution },
      // At their precision ("2017", "2017-06", "2017-06-01"): text, so a spreadsheet does not widen them to a full date.
      { header: "start_date", value: (r) => r.startDate },
      { header: "start_precision", value: (r) => r.startPrecision },
      { header: "end_date", value: (r) => r.endDate },
      { header: "end_precision", value: (r) => r.endPrecision },
      { header: "is_demo", value: (r) => (r.isDemo ? "true" : "false") },
      // "priority id:strength" pairs, strongest first (the JSON has them as a list).
      { header: "priorities", value: (r) => r.priorities.map((p) => `${p.priorityId}:${p.strength}`).join(" ") },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  networks: resource<NetworkRec>({
    schema: "Network",
    list: async (url) => {
      const [areas, priorities] = await Promise.all([publicAreas(), publicPriorityIds()]);
      return areas.networks.map((n) => networkRecord(n, priorities, url));
    },
    filters: { type: (r, v) => r.type === v, status: (r, v) => r.status === v, priority: (r, v) => r.priorityIds.includes(v), country: (r, v) => r.countryCode === v.toUpperCase() },
    csv: [
      { header: "id", value: (r) => r.id },
      ...(langs("name", (r: NetworkRec) => r.name) as ExportColumn<NetworkRec>[]),
      ...(langs("description", (r: NetworkRec) => r.description) as ExportColumn<NetworkRec>[]),
      { header: "type", value: (r) => r.type },
      { header: "website", value: (r) => r.website },
      { header: "country_code", value: (r) => r.countryCode },
      { header: "status", value: (r) => r.status },
      // At its precision ("1994", "2022-06", "2022-06-15"): text, so a spreadsheet does not widen it to a full date.
      { header: "status_since", value: (r) => r.statusSince },
      { header: "status_since_precision", value: (r) => r.statusSincePrecision },
      { header: "annual_fee", value: (r) => r.annualFee },
      { header: "fee_currency", value: (r) => r.feeCurrency },
      // Helsinki's roles in Finnish, "role, body term" separated by "; " — the networks import's form (the JSON has them in three languages).
      {
        header: "roles_fi",
        value: (r) =>
          r.roles
            .map((x) => `${x.title?.fi ?? ""}${x.body?.fi ? `, ${x.body.fi}` : ""}${x.startDate || x.endDate ? ` ${x.startDate ?? ""}–${x.endDate ?? ""}` : ""}`)
            .join("; "),
      },
      { header: "priority_ids", value: (r) => r.priorityIds.join(" ") },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  "advocacy-actions": resource<Action>({
    schema: "AdvocacyAction",
    list: async (url) => (await publicAreas()).actions.map((a) => advocacyActionRecord(a, url)),
    filters: { type: (r, v) => r.type === v, priority: (r, v) => r.priorityId === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "type", value: (r) => r.type },
      { header: "priority_id", value: (r) => r.priorityId },
      ...(langs("title", (r: Action) => r.title) as ExportColumn<Action>[]),
      ...(langs("summary", (r: Action) => r.summary) as ExportColumn<Action>[]),
      { header: "date", type: "date", value: (r) => r.date },
      { header: "audience", value: (r) => r.audience },
      { header: "consultation", value: (r) => r.consultation },
      { header: "ministry", value: (r) => r.ministry },
      { header: "deadline", type: "date", value: (r) => r.deadline },
      { header: "links", value: (r) => r.links.map((l) => l.url).join(" ") },
      ...(langs("outcome", (r: Action) => r.outcome) as ExportColumn<Action>[]),
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
  "advocacy-asks": resource<Ask>({
    schema: "AdvocacyAsk",
    list: async (url) => (await publicAreas()).asks.map((a) => advocacyAskRecord(a, url)),
    filters: { outcome: (r, v) => r.outcome === v, priority: (r, v) => r.priorityId === v, year: (r, v) => String(r.programmeYear) === v },
    csv: [
      { header: "id", value: (r) => r.id },
      { header: "programme_year", type: "number", value: (r) => r.programmeYear },
      { header: "priority_id", value: (r) => r.priorityId },
      ...(langs("wording", (r: Ask) => r.wording) as ExportColumn<Ask>[]),
      ...(langs("justification", (r: Ask) => r.justification) as ExportColumn<Ask>[]),
      ...(langs("target", (r: Ask) => r.target) as ExportColumn<Ask>[]),
      { header: "outcome", value: (r) => r.outcome },
      ...(langs("evidence", (r: Ask) => r.evidence) as ExportColumn<Ask>[]),
      { header: "evidence_ref", value: (r) => r.evidenceRef },
      { header: "url", value: (r) => r.url },
      { header: "published_at", value: (r) => r.publishedAt },
    ],
  }),
};

// Follow-up reports (issue 12): the published reporting rounds and their measures' entries, frozen at publication.
type Report = ReturnType<typeof reportRecord>;
type ReportEntry = ReturnType<typeof reportEntryRecord>;
resources.reports = resource<Report>({
  schema: "Report",
  list: async (url) => (await publicReports()).map((r) => reportRecord(r, url)),
  filters: { period: (r, v) => r.periodId === v },
  csv: [
    { header: "id", value: (r) => r.id },
    { header: "period_id", value: (r) => r.periodId },
    ...(langs("name", (r: Report) => r.name) as ExportColumn<Report>[]),
    { header: "cut_off_date", type: "date", value: (r) => r.cutOffDate },
    { header: "previous_report_id", value: (r) => r.previousReportId },
    { header: "measure_count", type: "number", value: (r) => r.measureCount },
    { header: "url", value: (r) => r.url },
    { header: "published_at", value: (r) => r.publishedAt },
  ],
});
/** The entries of the public reports only (a report whose period is not public now is left out). */
async function reportEntries(filters: Record<string, string>, limit: number, offset: number) {
  const shown = new Set((await publicReports()).map((r) => r.id));
  if (filters.report && !shown.has(filters.report)) return { rows: [], total: 0 };
  const { rows, total } = await reportEntriesPage(await getDb(), { ...filters, reportIds: [...shown] }, limit, offset);
  return { rows: rows.map((r) => reportEntryRecord({ id: r.reportId }, r.measure)), total };
}
resources["report-entries"] = resource<ReportEntry>({
  schema: "ReportEntry",
  list: async () => (await reportEntries({}, 1_000_000, 0)).rows,
  paged: {
    size: 500,
    maxSize: 1000,
    page: (_url, filters, limit, offset) => reportEntries(filters, limit, offset),
    item: async (_url, id) => {
      const [report, measure] = id.split(":");
      if (!report || !measure || !isUuid(report) || !isUuid(measure)) return null;
      return (await reportEntries({ report, measure }, 1, 0)).rows[0] ?? null;
    },
  },
  filters: { report: (r, v) => r.reportId === v, measure: (r, v) => r.measureId === v, goal: (r, v) => r.goalId === v, checkedStatus: (r, v) => r.checkedStatus === v },
  csv: [
    { header: "report_id", value: (r) => r.reportId },
    { header: "measure_id", value: (r) => r.measureId },
    { header: "goal_id", value: (r) => r.goalId },
    ...(langs("title", (r: ReportEntry) => r.title) as ExportColumn<ReportEntry>[]),
    ...(langs("narrative", (r: ReportEntry) => r.narrative) as ExportColumn<ReportEntry>[]),
    { header: "status", value: (r) => r.status },
    { header: "checked_status", value: (r) => r.checkedStatus },
    { header: "late_reason", value: (r) => r.late?.reason ?? null },
    { header: "progress", type: "number", value: (r) => r.progress },
    { header: "due_date", type: "date", value: (r) => r.dueDate },
    { header: "due_precision", value: (r) => r.duePrecision },
    { header: "written_at", value: (r) => r.writtenAt },
  ],
});

export const resourceNames = Object.keys(resources);
