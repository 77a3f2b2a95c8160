import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { goals, indicatorMeasures, indicatorPoints, indicatorPriorities, indicators, measures, priorities, type Indicator } from "../../schema";
import type { Actor } from "@/lib/permissions";
import { versionedRows } from "@/lib/publishing";
import { indicatorLinks } from "./review";
import { touchReviewed } from "./touch";

export type LoadedIndicator = Indicator & { measureIds: string[]; priorityIds: string[] };

export async function loadActiveIndicator(tx: Tx, id: string): Promise<LoadedIndicator | null> {
  const [row] = await tx.select().from(indicators).where(and(eq(indicators.id, id), isNull(indicators.archivedAt))).for("update");
  if (!row) return null;
  return { ...row, ...(await indicatorLinks(tx, id)) };
}

export async function replaceIndicatorLinks(tx: Tx, indicatorId: string, measureIds: string[], priorityIds: string[]) {
  await tx.delete(indicatorMeasures).where(eq(indicatorMeasures.indicatorId, indicatorId));
  if (measureIds.length) await tx.insert(indicatorMeasures).values(measureIds.map((measureId) => ({ indicatorId, measureId })));
  await tx.delete(indicatorPriorities).where(eq(indicatorPriorities.indicatorId, indicatorId));
  if (priorityIds.length) await tx.insert(indicatorPriorities).values(priorityIds.map((priorityId) => ({ indicatorId, priorityId })));
}

/** Which of these measures / priorities belong to the period. */
export async function linksInPeriod(tx: Tx, periodId: string, measureIds: string[], priorityIds: string[]) {
  const [ms, ps] = await Promise.all([
    measureIds.length
      ? tx.select({ id: measures.id }).from(measures).innerJoin(goals, eq(goals.id, measures.goalId)).where(and(inArray(measures.id, measureIds), eq(goals.periodId, periodId)))
      : [],
    priorityIds.length
      ? tx.select({ id: priorities.id }).from(priorities).innerJoin(goals, eq(goals.id, priorities.goalId)).where(and(inArray(priorities.id, priorityIds), eq(goals.periodId, periodId)))
      : [],
  ]);
  return { measures: new Set(ms.map((r) => r.id)), priorities: new Set(ps.map((r) => r.id)) };
}

/** A value changed: the indicator to be published changes too (version up, back to review). */
export const touchIndicator = (tx: Tx, indicator: LoadedIndicator, actor: Actor): Promise<number> => touchReviewed(tx, indicators, indicator, actor);

export async function findPoint(tx: Tx, indicatorId: string, kind: "actual" | "target", date: string) {
  const [p] = await tx.select().from(indicatorPoints).where(and(eq(indicatorPoints.indicatorId, indicatorId), eq(indicatorPoints.kind, kind), eq(indicatorPoints.date, date)));
  return p ?? null;
}

export async function loadPointWithIndicator(tx: Tx, id: string) {
  const [p] = await tx.select().from(indicatorPoints).where(eq(indicatorPoints.id, id));
  if (!p) return null;
  const indicator = await loadActiveIndicator(tx, p.indicatorId);
  return indicator ? { point: p, indicator } : null;
}

/** A new indicator, last among its period's. */
export async function insertIndicator(tx: Tx, values: Omit<typeof indicators.$inferInsert, "sortOrder" | "createdBy" | "updatedBy">, actor: Actor) {
  const [{ next } = { next: 0 }] = await tx.select({ next: sql<number>`coalesce(max(${indicators.sortOrder}), -1) + 1` }).from(indicators).where(eq(indicators.periodId, values.periodId));
  const [row] = await tx.insert(indicators).values({ ...values, sortOrder: Number(next), createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!row) throw new Error("indicator not created");
  return row;
}

const indicatorRows = versionedRows<LoadedIndicator>(indicators, "indicator");
/** Save an indicator's columns over its working copy (version-checked). */
export const saveIndicatorRow = indicatorRows.save;
/** Archive an indicator with the shared workflow (its history entry included). */
export const archiveIndicatorRow = indicatorRows.archive;

/** Record a value or target: replace the one `existing` for the same date, or add it. */
export async function savePointValue(tx: Tx, existing: { id: string } | null, point: { indicatorId: string; kind: "actual" | "target"; date: string; value: string }, actor: Actor) {
  if (existing) await tx.update(indicatorPoints).set({ value: point.value, updatedAt: new Date() }).where(eq(indicatorPoints.id, existing.id));
  else await tx.insert(indicatorPoints).values({ ...point, createdBy: actor.id });
}

export async function deletePointRow(tx: Tx, id: string) {
  await tx.delete(indicatorPoints).where(eq(indicatorPoints.id, id));
}
