import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, indicatorPoints, indicators, measures, priorities } from "../../schema";
import { indicatorLinks } from "./review";
import { withComputedValues } from "./computations";
import type { ComputedValue } from "@/lib/strategy/computed";

/** Indicators of every period with their points, for staff (working copies). */
export async function listIndicatorsForStaff(db: Db) {
  const rows = await db.select().from(indicators).where(isNull(indicators.archivedAt)).orderBy(asc(indicators.sortOrder));
  const points = await db.select().from(indicatorPoints).orderBy(asc(indicatorPoints.date));
  return rows.map((r) => ({ ...r, points: points.filter((p) => p.indicatorId === r.id) }));
}

export async function getIndicatorForStaff(db: Db, id: string) {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!row) return null;
  const [points, links] = await Promise.all([
    db.select().from(indicatorPoints).where(eq(indicatorPoints.indicatorId, id)).orderBy(asc(indicatorPoints.date), asc(indicatorPoints.kind)),
    indicatorLinks(db, id),
  ]);
  // A computed indicator's values, counted from the working copies (staff see what publishing would show once the items are published).
  const [computed] = await withComputedValues(db, "staff", [{ ...row, values: [] as { date: string; value: string }[] }]);
  return { ...row, points, ...links, computedValues: row.source === "computed" ? ((computed?.values ?? []) as ComputedValue[]) : null };
}

/** Measures and priorities of a period that an indicator can be linked to. */
export async function indicatorLinkOptions(db: Db, periodId: string) {
  const [ms, ps] = await Promise.all([
    db
      .select({ id: measures.id, title: measures.title })
      .from(measures)
      .innerJoin(goals, eq(goals.id, measures.goalId))
      .where(and(eq(goals.periodId, periodId), isNull(measures.archivedAt)))
      .orderBy(asc(goals.sortOrder), asc(measures.sortOrder)),
    db
      .select({ id: priorities.id, title: priorities.title })
      .from(priorities)
      .innerJoin(goals, eq(goals.id, priorities.goalId))
      .where(and(eq(goals.periodId, periodId), isNull(priorities.archivedAt)))
      .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder)),
  ]);
  return { measures: ms, priorities: ps };
}
