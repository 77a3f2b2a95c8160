import "server-only";
import type { ExportColumn } from "@/lib/import-export/table";
import { publicAreas, publicReports, publicStrategy } from "@/lib/public/content";
import { env } from "@/lib/env";
import { advocacyActionRecord, advocacyAskRecord, euProjectRecord, networkRecord } from "./serialize-areas";
import { goalRecord, indicatorRecord, measureRecord, periodRecord, priorityRecord, reportEntryRecord, reportRecord, updateRecord, type SiteUrl } from "./serialize";
import { todayInHelsinki } from "@/lib/dates";
import { fieldColumns, langColumns } from "./columns";
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


function resource<R extends Rec>(r: Resource<R>): Resource {
  return r as unknown as Resource;
}

type Goal = ReturnType<typeof goalRecord>;
type Priority = ReturnType<typeof priorityRecord>;
type Measure = ReturnType<typeof measureRecord>;
type Update = ReturnType<typeof updateRecord>;
type Indicator = ReturnType<typeof indicatorRecord>;
type Period = ReturnType<typeof periodRecord>;
type IndicatorValue = { id: string; indicatorId: string; kind: "actual" | "target"; date: string; value: string; unknown?: number };

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
    csv: [...fieldColumns<Period>("id"), ...langColumns<Period>("name"), ...fieldColumns<Period>(["startYear", "number"], ["endYear", "number"])],
  }),
  goals: resource<Goal>({
    schema: "Goal",
    list: async (url) => {
      const data = await publicStrategy();
      return data.goals.map((g) => goalRecord(g, data, url, clock()));
    },
    filters: { period: (r, v) => r.periodId === v, scope: (r, v) => r.scope === v },
    csv: [...fieldColumns<Goal>("id", "periodId", "scope"), ...langColumns<Goal>("title", "description"), ...fieldColumns<Goal>(["progress", "number"], ["measureCount", "number"], "url", "publishedAt")],
  }),
  priorities: resource<Priority>({
    schema: "Priority",
    list: async (url) => {
      const data = await publicStrategy();
      return data.priorities.map((p) => priorityRecord(p, data, url));
    },
    filters: { goal: (r, v) => r.goalId === v },
    csv: [...fieldColumns<Priority>("id", "goalId"), ...langColumns<Priority>("title", "description"), ...fieldColumns<Priority>(["progress", "number"], ["measureCount", "number"], "url", "publishedAt")],
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
      ...fieldColumns<Measure>("id", "goalId"),
      { header: "priority_ids", value: (r) => r.priorityIds.join(" ") },
      ...langColumns<Measure>("title", "description"),
      ...fieldColumns<Measure>("status", "checkedStatus"),
      { header: "late_reason", value: (r) => r.late?.reason ?? null },
      { header: "late_date", type: "date", value: (r) => r.late?.date ?? null },
      ...fieldColumns<Measure>(["lastUpdate", "date"]),
      { header: "stale", value: (r) => String(r.stale) },
      ...fieldColumns<Measure>(["progress", "number"], ["weight", "number"], ["startDate", "date"], "startPrecision", ["dueDate", "date"], "duePrecision"),
      { header: "responsible_unit_id", value: (r) => r.responsibleUnit?.id },
      { header: "responsible_unit_fi", value: (r) => r.responsibleUnit?.name?.fi },
      { header: "milestone_count", type: "number", value: (r) => r.milestones.length },
      ...fieldColumns<Measure>("url", "publishedAt"),
    ],
  }),
  "progress-updates": resource<Update>({
    schema: "ProgressUpdate",
    list: async () => (await publicStrategy()).updates.map(updateRecord),
    filters: { measure: (r, v) => r.measureId === v },
    csv: [...fieldColumns<Update>("id", "measureId", ["date", "date"]), ...langColumns<Update>("body"), ...fieldColumns<Update>("publishedAt")],
  }),
  indicators: resource<Indicator>({
    schema: "Indicator",
    list: async (url) => (await publicStrategy()).indicators.map((i) => indicatorRecord(i, url)),
    filters: { period: (r, v) => r.periodId === v, priority: (r, v) => r.priorityIds.includes(v), measure: (r, v) => r.measureIds.includes(v) },
    csv: [
      ...fieldColumns<Indicator>("id", "periodId"),
      ...langColumns<Indicator>("title", "unit"),
      // One row per indicator: the values as "date=value" pairs, latest last (the JSON has them as a list).
      { header: "values", value: (r) => r.values.map((v) => `${v.date}=${v.value}`).join(" ") },
      { header: "targets", value: (r) => r.targets.map((v) => `${v.date}=${v.value}`).join(" ") },
      ...fieldColumns<Indicator>("url", "publishedAt"),
    ],
  }),
  "indicator-values": resource<IndicatorValue>({
    schema: "IndicatorValue",
    list: async () =>
      (await publicStrategy()).indicators.flatMap((i) => [
        ...i.values.map((v) => ({ id: `${i.id}:actual:${v.date}`, indicatorId: i.id, kind: "actual" as const, date: v.date, value: v.value, ...("unknown" in v && typeof v.unknown === "number" ? { unknown: v.unknown } : {}) })),
        ...i.targets.map((v) => ({ id: `${i.id}:target:${v.date}`, indicatorId: i.id, kind: "target" as const, date: v.date, value: v.value })),
      ]),
    filters: { indicator: (r, v) => r.indicatorId === v, kind: (r, v) => r.kind === v },
    // value: the exact decimal as stored (e.g. "1250000.0000"), never a rounded float.
    csv: [...fieldColumns<IndicatorValue>("indicatorId", "kind", ["date", "date"], "value"), { header: "unknown", type: "number", value: (r) => r.unknown ?? null }],
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
      ...fieldColumns<EuProject>("id"),
      ...langColumns<EuProject>("name"),
      ...fieldColumns<EuProject>("acronym"),
      ...langColumns<EuProject>("summary"),
      { header: "programme_id", value: (r) => r.programme?.id },
      { header: "programme_code", value: (r) => r.programme?.code },
      ...fieldColumns<EuProject>("status", "role"),
      // Exact decimal euros as text ("1250000.50"), never a rounded float.
      { header: "eu_contribution_eur", value: (r) => r.euContribution },
      // At their precision ("2017", "2017-06", "2017-06-01"): text, so a spreadsheet does not widen them to a full date.
      ...fieldColumns<EuProject>("startDate", "startPrecision", "endDate", "endPrecision"),
      { header: "is_demo", value: (r) => (r.isDemo ? "true" : "false") },
      // "priority id:strength" pairs, strongest first (the JSON has them as a list).
      { header: "priorities", value: (r) => r.priorities.map((p) => `${p.priorityId}:${p.strength}`).join(" ") },
      ...fieldColumns<EuProject>("url", "publishedAt"),
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
      ...fieldColumns<NetworkRec>("id"),
      ...langColumns<NetworkRec>("name", "description"),
      // status_since at its precision ("1994", "2022-06", "2022-06-15"): text, so a spreadsheet does not widen it to a full date.
      ...fieldColumns<NetworkRec>("type", "website", "countryCode", "status", "statusSince", "statusSincePrecision", "annualFee", "feeCurrency"),
      // Helsinki's roles in Finnish, "role, body term" separated by "; " — the networks import's form (the JSON has them in three languages).
      {
        header: "roles_fi",
        value: (r) =>
          r.roles
            .map((x) => `${x.title?.fi ?? ""}${x.body?.fi ? `, ${x.body.fi}` : ""}${x.startDate || x.endDate ? ` ${x.startDate ?? ""}–${x.endDate ?? ""}` : ""}`)
            .join("; "),
      },
      { header: "priority_ids", value: (r) => r.priorityIds.join(" ") },
      ...fieldColumns<NetworkRec>("url", "publishedAt"),
    ],
  }),
  "advocacy-actions": resource<Action>({
    schema: "AdvocacyAction",
    list: async (url) => (await publicAreas()).actions.map((a) => advocacyActionRecord(a, url)),
    filters: { type: (r, v) => r.type === v, priority: (r, v) => r.priorityId === v },
    csv: [
      ...fieldColumns<Action>("id", "type", "priorityId"),
      ...langColumns<Action>("title", "summary"),
      ...fieldColumns<Action>(["date", "date"], "audience", "consultation", "ministry", ["deadline", "date"]),
      { header: "links", value: (r) => r.links.map((l) => l.url).join(" ") },
      ...langColumns<Action>("outcome"),
      ...fieldColumns<Action>("url", "publishedAt"),
    ],
  }),
  "advocacy-asks": resource<Ask>({
    schema: "AdvocacyAsk",
    list: async (url) => (await publicAreas()).asks.map((a) => advocacyAskRecord(a, url)),
    filters: { outcome: (r, v) => r.outcome === v, priority: (r, v) => r.priorityId === v, year: (r, v) => String(r.programmeYear) === v },
    csv: [
      ...fieldColumns<Ask>("id", ["programmeYear", "number"], "priorityId"),
      ...langColumns<Ask>("wording", "justification", "target"),
      ...fieldColumns<Ask>("outcome"),
      ...langColumns<Ask>("evidence"),
      ...fieldColumns<Ask>("evidenceRef", "url", "publishedAt"),
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
  csv: [...fieldColumns<Report>("id", "periodId"), ...langColumns<Report>("name"), ...fieldColumns<Report>(["cutOffDate", "date"], "previousReportId", ["measureCount", "number"], "url", "publishedAt")],
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
    ...fieldColumns<ReportEntry>("reportId", "measureId", "goalId"),
    ...langColumns<ReportEntry>("title", "narrative"),
    ...fieldColumns<ReportEntry>("status", "checkedStatus"),
    { header: "late_reason", value: (r) => r.late?.reason ?? null },
    ...fieldColumns<ReportEntry>(["progress", "number"], ["dueDate", "date"], "duePrecision", "writtenAt"),
  ],
});

export const resourceNames = Object.keys(resources);
