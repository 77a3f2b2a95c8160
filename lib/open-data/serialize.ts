import type { PublicGoal, PublicIndicator, PublicMeasure, PublicPeriod, PublicPriority, PublicStrategy, PublicUpdate } from "@/db/queries/public/strategy";
import type { LocalizedText } from "@/db/schema/common";
import { publicLinks } from "@/lib/public/links";
import { statusCounts } from "@/lib/public/progress";
import { rollUpProgress } from "@/lib/strategy/rollup";

/**
 * The open data's records (API version 1): built from the published
 * snapshots only, with the texts in all three languages as published (no
 * Finnish fallback filled in), and a link to the item on the site. Adding a
 * field is allowed within v1; renaming or removing one needs v2.
 */
const text = (t: LocalizedText | null | undefined) => (t ? { fi: t.fi, sv: t.sv ?? null, en: t.en ?? null } : null);

export type SiteUrl = (path: string) => string;

export function periodRecord(p: PublicPeriod) {
  return { id: p.id, name: text(p.name), startYear: p.startYear, endYear: p.endYear, publishedAt: p.publishedAt };
}

export function goalRecord(g: PublicGoal, data: PublicStrategy, url: SiteUrl) {
  const measures = data.measures.filter((m) => m.goalId === g.id);
  return {
    id: g.id,
    periodId: g.periodId,
    scope: g.scope,
    title: text(g.title),
    description: text(g.description),
    progress: rollUpProgress(measures),
    measureCount: measures.length,
    measuresByStatus: Object.fromEntries(statusCounts(measures).map((c) => [c.status, c.count])),
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

export function measureRecord(m: PublicMeasure, data: PublicStrategy, url: SiteUrl) {
  const unit = m.responsibleUnitId ? data.units.get(m.responsibleUnitId) : undefined;
  return {
    id: m.id,
    goalId: m.goalId,
    priorityIds: m.priorityIds,
    title: text(m.title),
    description: text(m.description),
    status: m.status,
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
    values: i.values,
    targets: i.targets,
    measureIds: i.measureIds,
    priorityIds: i.priorityIds,
    url: url(publicLinks.indicator(i.id)),
    publishedAt: i.publishedAt,
  };
}
