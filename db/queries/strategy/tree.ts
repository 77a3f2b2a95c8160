import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, measurePriorities, measures, priorities } from "../../schema";

/**
 * Roll-up in SQL — the same rule as `rollUpProgress` (lib/strategy/rollup.ts):
 * the weighted mean of the measures' progress (weight 1 where none is set),
 * cancelled measures not counted; null when nothing counts.
 */
const rollUp = sql<number | null>`round(sum(${measures.progress} * (case when ${measures.weight} > 0 then ${measures.weight} else 1 end)) filter (where ${measures.status} <> 'cancelled')::numeric / nullif(sum(case when ${measures.weight} > 0 then ${measures.weight} else 1 end) filter (where ${measures.status} <> 'cancelled'), 0))::int`;

/** Per goal: its active measures' count and roll-up (one grouped query, not the rows). */
export async function goalRollUps(db: Db) {
  const rows = await db
    .select({ goalId: measures.goalId, measures: sql<number>`count(*)::int`, progress: rollUp })
    .from(measures)
    .where(isNull(measures.archivedAt))
    .groupBy(measures.goalId);
  return new Map(rows.map((r) => [r.goalId, r]));
}

/** Per priority of one goal: the roll-up of the active measures linked to it. */
export async function priorityRollUps(db: Db, goalId: string) {
  const rows = await db
    .select({ priorityId: measurePriorities.priorityId, measures: sql<number>`count(*)::int`, progress: rollUp })
    .from(measurePriorities)
    .innerJoin(priorities, eq(priorities.id, measurePriorities.priorityId))
    .innerJoin(measures, eq(measures.id, measurePriorities.measureId))
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .where(and(eq(priorities.goalId, goalId), isNull(measures.archivedAt), isNull(goals.archivedAt)))
    .groupBy(measurePriorities.priorityId);
  return new Map(rows.map((r) => [r.priorityId, r]));
}
