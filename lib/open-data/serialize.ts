import type { PublicGoal, PublicIndicator, PublicMeasure, PublicPeriod, PublicPriority, PublicStrategy, PublicUpdate } from "@/db/queries/public/strategy";
import type { LocalizedText } from "@/db/schema/common";
import type { PublicReport } from "@/lib/public/content";
import { publicLinks } from "@/lib/public/links";
import type { ReportMeasure } from "@/lib/strategy/rounds";
import { statusCounts } from "@/lib/public/progress";
import { checkedStatus, isStale, lateReason } from "@/lib/strategy/flags";
import { rollUpProgress } from "@/lib/strategy/rollup";

/**
 * The open data's records (API version 1): built from the published
 * snapshots only, with the texts in all three languages as published (no
 * Finnish fallback filled in), and a link to the item on the site. Adding a
 * field is allowed within v1; renaming or removing one needs v2.
 */
const text = (t: LocalizedText | null | undefined) => (t ? { fi: t.fi, sv: t.sv ?? null, en: t.en ?? null } : null);

export type SiteUrl = (path: string) => string;

/** The day statuses are checked against and how long a measure may go without an update (lib/strategy/flags). */
export type Clock = { today: string; staleAfterDays: number };

export function periodRecord(p: PublicPeriod) {
  return { id: p.id, name: text(p.name), startYear: p.startYear, endYear: p.endYear, publishedAt: p.publishedAt };
}

export function goalRecord(g: PublicGoal, data: PublicStrategy, url: SiteUrl, clock: Clock) {
  const measures = data.measures.filter((m) => m.goalId === g.id);
  return {
    id: g.id,
    periodId: g.periodId,
    scope: g.scope,
    title: text(g.title),
    description: text(g.description),
    progress: rollUpProgress(measures),
    measureCount: measures.length,
    measuresByStatus: Object.fromEntries(statusCounts(measures, clock.today).map((c) => [c.status, c.count])),
    priorityIds: data.priorities.filter((p) => p.goalId === g.id).map((p) => p.id),
    url: url(publicLinks.goal(g.id)),
    publishedAt: g.publishedAt,
  };
}

export function priorityRecord(p: PublicPriority, data: PublicStrategy, url: SiteUrl) {
  const measures = data.measures.filter((m) => m.priorityIds.includes(p.id));
  return {
    id: p.id,
    goalId: p.goalId,
    title: text(p.title),
    description: text(p.description),
    progress: rollUpProgress(measures),
    measureCount: measures.length,
    url: url(publicLinks.priority(p.id, p.goalId)),
    publishedAt: p.publishedAt,
  };
}

const latest = new WeakMap<PublicStrategy, Map<string, string>>();
/** Each measure's latest published update (data.updates is newest first), worked out once per loaded strategy. */
function latestUpdates(data: PublicStrategy) {
  let map = latest.get(data);
  if (!map) {
    map = new Map();
    for (const u of data.updates) if (!map.has(u.measureId)) map.set(u.measureId, u.date);
    latest.set(data, map);
  }
  return map;
}

export function measureRecord(m: PublicMeasure, data: PublicStrategy, url: SiteUrl, clock: Clock) {
  const unit = m.responsibleUnitId ? data.units.get(m.responsibleUnitId) : undefined;
  const late = lateReason(m, clock.today);
  const lastUpdate = latestUpdates(data).get(m.id) ?? null;
  return {
    id: m.id,
    goalId: m.goalId,
    priorityIds: m.priorityIds,
    title: text(m.title),
    description: text(m.description),
    /** What its editor reported. */
    status: m.status,
    /** The status checked against the dates: "late" when the due date or an unfinished milestone's date has passed. */
    checkedStatus: checkedStatus(m, clock.today),
    /** Why it is late: "reported", or the due date ("due") or milestone date ("milestone") that passed; null when not late. */
    late: late ? (late.kind === "reported" ? { reason: "reported" as const, date: null, precision: null } : { reason: late.kind, date: late.date, precision: late.precision }) : null,
    lastUpdate,
    stale: isStale({ status: m.status, lastUpdate, createdAt: m.publishedAt ? new Date(m.publishedAt) : new Date() }, clock.today, clock.staleAfterDays),
    progress: m.progress,
    weight: m.weight,
    startDate: m.startDate,
    startPrecision: m.startPrecision,
    dueDate: m.dueDate,
    duePrecision: m.duePrecision,
    responsibleUnit: m.responsibleUnitId && unit ? { id: m.responsibleUnitId, name: text(unit) } : null,
    milestones: m.milestones.map((s) => ({ id: s.id, title: text(s.title), dueDate: s.dueDate, duePrecision: s.duePrecision, state: s.state })),
    url: url(publicLinks.measure(m.id)),
    publishedAt: m.publishedAt,
  };
}

export function updateRecord(u: PublicUpdate) {
  return { id: u.id, measureId: u.measureId, date: u.date, body: text(u.body), publishedAt: u.publishedAt };
}

export function indicatorRecord(i: PublicIndicator, url: SiteUrl) {
  return {
    id: i.id,
    periodId: i.periodId,
    title: text(i.title),
    description: text(i.description),
    unit: text(i.unit),
    decimals: i.decimals,
    // A computed indicator's values are counted from published data when read; `unknown` is how many items were left out of a value because their amount is not known.
    values: i.values.map((v) => ({ date: v.date, value: v.value, ...("unknown" in v && typeof v.unknown === "number" ? { unknown: v.unknown } : {}) })),
    targets: i.targets,
    measureIds: i.measureIds,
    priorityIds: i.priorityIds,
    source: i.source ?? "manual",
    computation: i.source === "computed" ? (i.computation ?? null) : null,
    sourceName: i.sourceName ?? null,
    sourceUrl: i.sourceUrl ?? null,
    direction: i.direction ?? null,
    baseline: i.baselineValue != null && i.baselineDate ? { date: i.baselineDate, value: i.baselineValue } : null,
    url: url(publicLinks.indicator(i.id)),
    publishedAt: i.publishedAt,
  };
}

/** A published follow-up report (reporting round), without its measures (see `reportEntryRecord`). */
export function reportRecord(r: PublicReport, url: SiteUrl) {
  return {
    id: r.id,
    periodId: r.periodId,
    name: text(r.report.name),
    cutOffDate: r.cutOffDate,
    previousReportId: r.previous?.id ?? null,
    measureCount: r.measureCount,
    url: url(`/reports/${r.id}`),
    publishedAt: r.publishedAt,
  };
}

/** One measure's entry in a published follow-up report, as frozen at publication; "late" is checked against the cut-off date. */
export function reportEntryRecord(r: { id: string }, m: ReportMeasure) {
  return {
    id: `${r.id}:${m.id}`,
    reportId: r.id,
    measureId: m.id,
    goalId: m.goalId,
    priorityIds: m.priorityIds,
    title: text(m.title),
    narrative: text(m.narrative),
    status: m.status,
    checkedStatus: m.checkedStatus,
    late: m.late ? (m.late.kind === "reported" ? { reason: "reported" as const, date: null, precision: null } : { reason: m.late.kind, date: m.late.date, precision: m.late.precision }) : null,
    progress: m.progress,
    dueDate: m.dueDate,
    duePrecision: m.duePrecision,
    writtenAt: m.writtenAt,
  };
}
