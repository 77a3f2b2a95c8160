import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, indicators, measures, priorities, progressUpdates, strategyPeriods, units } from "../../schema";
import { publicIds, publicWhere } from "../public/visibility";
import type { GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, PeriodSnapshot, PrioritySnapshot, ProgressUpdateSnapshot } from "./snapshots";
import { isUuid } from "@/lib/ids";
import { withComputedValues } from "./computations";

/**
 * The public site's reads of single strategy items: published snapshots
 * only, every row chosen by the one visibility rule (../public/visibility:
 * published, not archived, every parent up to the period public), lists and
 * counts included. Nothing here selects a working-copy column.
 *//** Links in snapshots (a measure's priorities, an indicator's measures and priorities) to items that are not public are dropped. */
async function withPublicLinks<T extends { priorityIds?: string[]; measureIds?: string[] }>(db: Db, items: T[]): Promise<T[]> {
  const [p, m] = await Promise.all([publicIds(db, "priority", items.flatMap((i) => i.priorityIds ?? [])), publicIds(db, "measure", items.flatMap((i) => i.measureIds ?? []))]);
  return items.map((i) => ({
    ...i,
    ...(i.priorityIds ? { priorityIds: i.priorityIds.filter((id) => p.has(id)) } : {}),
    ...(i.measureIds ? { measureIds: i.measureIds.filter((id) => m.has(id)) } : {}),
  }));
}

async function publishedPeriod(db: Db, id: string) {
  const [p] = await db.select({ id: strategyPeriods.id, s: strategyPeriods.published }).from(strategyPeriods).where(and(eq(strategyPeriods.id, id), publicWhere.period()));
  return p ? { id: p.id, ...(p.s as PeriodSnapshot) } : null;
}

async function publishedGoal(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [g] = await db.select({ id: goals.id, s: goals.published }).from(goals).where(and(eq(goals.id, id), publicWhere.goal()));
  if (!g) return null;
  const goal = { id: g.id, ...(g.s as GoalSnapshot) };
  const period = await publishedPeriod(db, goal.periodId);
  return period ? { goal, period } : null;
}

async function publishedMeasuresOfGoal(db: Db, goalId: string) {
  const rows = await db.select({ id: measures.id, s: measures.published, isDemo: measures.isDemo }).from(measures).where(and(publicWhere.measure(), sql`${measures.published}->>'goalId' = ${goalId}`));
  return withPublicLinks(db, rows.map((r) => ({ id: r.id, ...(r.s as MeasureSnapshot), isDemo: r.isDemo })).sort((a, b) => a.sortOrder - b.sortOrder));
}

async function publishedPrioritiesOfGoal(db: Db, goalId: string) {
  const rows = await db.select({ id: priorities.id, s: priorities.published }).from(priorities).where(and(publicWhere.priority(), sql`${priorities.published}->>'goalId' = ${goalId}`));
  return rows.map((r) => ({ id: r.id, ...(r.s as PrioritySnapshot) })).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Published indicators linked to any of these measures or priorities. */
async function publishedIndicatorsFor(db: Db, link: { measureIds?: string[]; priorityIds?: string[] }) {
  const rows = await db.select({ id: indicators.id, s: indicators.published, isDemo: indicators.isDemo }).from(indicators).where(publicWhere.indicator());
  const linked = rows
    .map((r) => ({ id: r.id, ...(r.s as IndicatorSnapshot), isDemo: r.isDemo }))
    .filter((i) => i.measureIds.some((id) => link.measureIds?.includes(id)) || i.priorityIds.some((id) => link.priorityIds?.includes(id)))
    .sort((a, b) => a.sortOrder - b.sortOrder);
  return withPublicLinks(db, await withComputedValues(db, "public", linked));
}

export async function getPublicGoal(db: Db, id: string) {
  const found = await publishedGoal(db, id);
  if (!found) return null;
  const [prioritiesList, measuresList] = await Promise.all([publishedPrioritiesOfGoal(db, id), publishedMeasuresOfGoal(db, id)]);
  return { ...found, priorities: prioritiesList, measures: measuresList };
}

export async function getPublicPriority(db: Db, goalId: string, id: string) {
  if (!isUuid(id)) return null;
  const found = await publishedGoal(db, goalId);
  if (!found) return null;
  const [p] = await db.select({ id: priorities.id, s: priorities.published }).from(priorities).where(and(eq(priorities.id, id), publicWhere.priority()));
  if (!p || (p.s as PrioritySnapshot).goalId !== goalId) return null;
  const priority = { id: p.id, ...(p.s as PrioritySnapshot) };
  // Measures of any goal of the period may serve this priority.
  const rows = await db.select({ id: measures.id, s: measures.published, isDemo: measures.isDemo }).from(measures).where(and(publicWhere.measure(), sql`${measures.published}->'priorityIds' ? ${id}`));
  const measuresList = await withPublicLinks(db, rows.map((r) => ({ id: r.id, ...(r.s as MeasureSnapshot), isDemo: r.isDemo })).sort((a, b) => a.sortOrder - b.sortOrder));
  const indicatorsList = await publishedIndicatorsFor(db, { priorityIds: [id] });
  return { ...found, priority, measures: measuresList, indicators: indicatorsList };
}

export async function getPublicMeasure(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [m] = await db.select({ id: measures.id, s: measures.published, publishedAt: measures.publishedAt, isDemo: measures.isDemo }).from(measures).where(and(eq(measures.id, id), publicWhere.measure()));
  if (!m) return null;
  const [measure] = await withPublicLinks(db, [{ id: m.id, ...(m.s as MeasureSnapshot), isDemo: m.isDemo }]);
  if (!measure) return null;
  const found = await publishedGoal(db, measure.goalId);
  if (!found) return null;
  const [priorityRows, updateRows, indicatorsList, unitRows] = await Promise.all([
    measure.priorityIds.length
      ? db.select({ id: priorities.id, s: priorities.published }).from(priorities).where(and(inArray(priorities.id, measure.priorityIds), publicWhere.priority()))
      : Promise.resolve([]),
    db.select({ id: progressUpdates.id, s: progressUpdates.published, isDemo: progressUpdates.isDemo }).from(progressUpdates).where(and(eq(progressUpdates.measureId, id), publicWhere.progressUpdate())),
    publishedIndicatorsFor(db, { measureIds: [id] }),
    measure.responsibleUnitId ? db.select({ name: units.name }).from(units).where(eq(units.id, measure.responsibleUnitId)) : Promise.resolve([]),
  ]);
  const updates = updateRows.map((u) => ({ id: u.id, ...(u.s as ProgressUpdateSnapshot), isDemo: u.isDemo })).sort((a, b) => b.date.localeCompare(a.date));
  return {
    ...found,
    measure: { ...measure, milestones: measure.milestones ?? [] },
    priorities: priorityRows.map((p) => ({ id: p.id, ...(p.s as PrioritySnapshot) })),
    updates,
    /** When the public last heard of the measure: its latest published update, else its publication. */
    lastUpdate: updates[0]?.date ?? null,
    publishedAt: m.publishedAt,
    indicators: indicatorsList,
    unitName: unitRows[0]?.name ?? null,
  };
}

export async function getPublicIndicator(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [i] = await db.select({ id: indicators.id, s: indicators.published, isDemo: indicators.isDemo }).from(indicators).where(and(eq(indicators.id, id), publicWhere.indicator()));
  if (!i) return null;
  const [indicator] = await withPublicLinks(db, await withComputedValues(db, "public", [{ id: i.id, ...(i.s as IndicatorSnapshot), isDemo: i.isDemo }]));
  if (!indicator) return null;
  const period = await publishedPeriod(db, indicator.periodId);
  if (!period) return null;
  const [ms, ps] = await Promise.all([
    indicator.measureIds.length ? db.select({ id: measures.id, s: measures.published, isDemo: measures.isDemo }).from(measures).where(and(inArray(measures.id, indicator.measureIds), publicWhere.measure())) : Promise.resolve([]),
    indicator.priorityIds.length ? db.select({ id: priorities.id, s: priorities.published }).from(priorities).where(and(inArray(priorities.id, indicator.priorityIds), publicWhere.priority())) : Promise.resolve([]),
  ]);
  return {
    indicator,
    period,
    measures: ms.map((m) => ({ id: m.id, ...(m.s as MeasureSnapshot), isDemo: m.isDemo })),
    priorities: ps.map((p) => ({ id: p.id, ...(p.s as PrioritySnapshot) })),
  };
}
