import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { goals, priorities, strategyPeriods } from "../../schema";

/** The staff pages' reads of periods, goals and priorities (their writes: write-structure.ts). */

/** Every period's id and name, oldest first (choices in forms, names in the history). */
export async function periodOptions(db: Db | Tx) {
  return db.select({ id: strategyPeriods.id, name: strategyPeriods.name }).from(strategyPeriods).orderBy(asc(strategyPeriods.startYear));
}

/** A period that is not archived, or null. */
export async function getLivePeriod(db: Db | Tx, id: string) {
  const [period] = await db.select().from(strategyPeriods).where(and(eq(strategyPeriods.id, id), isNull(strategyPeriods.archivedAt)));
  return period ?? null;
}

/** A goal that is not archived, or null. */
export async function getLiveGoal(db: Db | Tx, id: string) {
  const [goal] = await db.select().from(goals).where(and(eq(goals.id, id), isNull(goals.archivedAt)));
  return goal ?? null;
}

/** A priority that is not archived, or null. */
export async function getLivePriority(db: Db | Tx, id: string) {
  const [priority] = await db.select().from(priorities).where(and(eq(priorities.id, id), isNull(priorities.archivedAt)));
  return priority ?? null;
}

/** Every goal's id and title (names in the history). */
export async function goalTitles(db: Db | Tx) {
  return db.select({ id: goals.id, title: goals.title }).from(goals);
}
