import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { briefingCommentaries, goals, strategyPeriods, users, type BriefingCommentary } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";

/** A briefing's commentaries by section, for one period and goal ("" = the whole period), with who wrote them last. */
export async function commentariesFor(db: Db, periodId: string, goalKey: string) {
  const rows = await db
    .select({ section: briefingCommentaries.section, body: briefingCommentaries.body, version: briefingCommentaries.version, updatedAt: briefingCommentaries.updatedAt, by: users.name })
    .from(briefingCommentaries)
    .leftJoin(users, eq(users.id, briefingCommentaries.updatedBy))
    .where(and(eq(briefingCommentaries.periodId, periodId), eq(briefingCommentaries.goalKey, goalKey)));
  return Object.fromEntries(rows.map((r) => [r.section, { body: r.body, version: r.version, updatedAt: r.updatedAt.toISOString(), by: r.by }]));
}
export type Commentaries = Awaited<ReturnType<typeof commentariesFor>>;

/** The commentary of one section, locked for the save. */
export async function lockCommentary(tx: Tx, key: { periodId: string; goalKey: string; section: string }): Promise<BriefingCommentary | null> {
  const [row] = await tx
    .select()
    .from(briefingCommentaries)
    .where(and(eq(briefingCommentaries.periodId, key.periodId), eq(briefingCommentaries.goalKey, key.goalKey), eq(briefingCommentaries.section, key.section)))
    .for("update");
  return row ?? null;
}

/** A section's first commentary; null when another save created it in the meantime. */
export async function insertCommentary(tx: Tx, values: { periodId: string; goalKey: string; section: string; body: string; updatedBy: string }) {
  const [row] = await tx.insert(briefingCommentaries).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** A section's commentary saved over `expectedVersion` (a conflict naming who saved last otherwise). */
export function updateCommentary(tx: Tx, id: string, expectedVersion: number, body: string, actor: Actor) {
  return updateVersioned<BriefingCommentary>(tx, briefingCommentaries, id, expectedVersion, { body }, actor);
}

/** The period a commentary is written for (not archived), and whether a goal is one of its live goals. */
export async function livePeriod(tx: Tx, id: string) {
  const [p] = await tx.select({ id: strategyPeriods.id }).from(strategyPeriods).where(and(eq(strategyPeriods.id, id), isNull(strategyPeriods.archivedAt)));
  return p;
}
export async function isLiveGoalOf(tx: Tx, goalId: string, periodId: string) {
  const [g] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, goalId), eq(goals.periodId, periodId), isNull(goals.archivedAt)));
  return !!g;
}
