import "server-only";
import { isNotNull } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, measures, priorities, strategyPeriods } from "../../schema";

export type ArchivedKind = "period" | "goal" | "priority" | "measure";

/** Archived periods, goals, priorities and measures for the staff tree's "show archived" view, most recently archived first. */
export async function archivedStrategyItems(db: Db) {
  const [periodRows, goalRows, priorityRows, measureRows] = await Promise.all([
    db.select({ id: strategyPeriods.id, title: strategyPeriods.name, version: strategyPeriods.version, archivedAt: strategyPeriods.archivedAt }).from(strategyPeriods).where(isNotNull(strategyPeriods.archivedAt)),
    db.select({ id: goals.id, title: goals.title, version: goals.version, archivedAt: goals.archivedAt }).from(goals).where(isNotNull(goals.archivedAt)),
    db.select({ id: priorities.id, title: priorities.title, version: priorities.version, archivedAt: priorities.archivedAt }).from(priorities).where(isNotNull(priorities.archivedAt)),
    db.select({ id: measures.id, title: measures.title, version: measures.version, archivedAt: measures.archivedAt }).from(measures).where(isNotNull(measures.archivedAt)),
  ]);
  const tag = <R extends object>(kind: ArchivedKind, rows: R[]) => rows.map((r) => ({ ...r, kind }));
  return [...tag("period", periodRows), ...tag("goal", goalRows), ...tag("priority", priorityRows), ...tag("measure", measureRows)].sort(
    (a, b) => (b.archivedAt?.getTime() ?? 0) - (a.archivedAt?.getTime() ?? 0),
  );
}
export type ArchivedStrategyItem = Awaited<ReturnType<typeof archivedStrategyItems>>[number];
