import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { strategyPeriods } from "../../schema";

/** Every period's id and name, oldest first (choices in forms). */
export async function periodOptions(db: Db | Tx) {
  return db.select({ id: strategyPeriods.id, name: strategyPeriods.name }).from(strategyPeriods).orderBy(asc(strategyPeriods.startYear));
}

/** A period that is not archived, or null. */
export async function getLivePeriod(db: Db | Tx, id: string) {
  const [period] = await db.select().from(strategyPeriods).where(and(eq(strategyPeriods.id, id), isNull(strategyPeriods.archivedAt)));
  return period ?? null;
}
