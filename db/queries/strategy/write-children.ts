import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { measures, milestones, progressUpdates, users, type Milestone, type ProgressUpdate } from "../../schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";
import { archiveRow, updateVersioned, type PublishableTable, type VersionedTable } from "@/lib/publishing";
import { reviewStateAfterSave } from "@/lib/strategy/review-state";
import { loadActiveMeasure, type LoadedMeasure } from "./write-measures";

/**
 * A milestone belongs to its measure: changing one changes the measure that
 * will be published. The measure's version goes up (so a reviewer never
 * publishes something they did not see) and it waits for review again.
 */
export async function touchMeasure(tx: Tx, measure: LoadedMeasure, actor: Actor): Promise<number> {
  const reviewState = reviewStateAfterSave(actor, measure, measure.visibility === "public");
  const [row] = await tx
    .update(measures)
    .set({ version: sql`${measures.version} + 1`, reviewState, updatedAt: new Date(), updatedBy: actor.id })
    .where(eq(measures.id, measure.id))
    .returning({ version: measures.version });
  return row?.version ?? measure.version + 1;
}

export async function loadMilestoneWithMeasure(tx: Tx, id: string): Promise<{ milestone: Milestone; measure: LoadedMeasure } | null> {
  const [ms] = await tx.select().from(milestones).where(and(eq(milestones.id, id), isNull(milestones.archivedAt))).for("update");
  if (!ms) return null;
  const measure = await loadActiveMeasure(tx, ms.measureId);
  return measure ? { milestone: ms, measure } : null;
}

export async function nextMilestoneSortOrder(tx: Tx, measureId: string) {
  const [row] = await tx.select({ max: sql<number>`coalesce(max(${milestones.sortOrder}), -1)` }).from(milestones).where(eq(milestones.measureId, measureId));
  return Number(row?.max ?? -1) + 1;
}

export async function loadUpdateWithMeasure(tx: Tx, id: string): Promise<{ update: ProgressUpdate; measure: LoadedMeasure } | null> {
  const [u] = await tx.select().from(progressUpdates).where(and(eq(progressUpdates.id, id), isNull(progressUpdates.archivedAt))).for("update");
  if (!u) return null;
  const measure = await loadActiveMeasure(tx, u.measureId);
  return measure ? { update: u, measure } : null;
}

export const milestoneFields = (m: Pick<Milestone, "title" | "dueDate" | "duePrecision" | "state">) => ({
  title: m.title,
  dueDate: m.dueDate,
  duePrecision: m.duePrecision,
  state: m.state,
});

type MilestoneValues = Pick<typeof milestones.$inferInsert, "title" | "dueDate" | "duePrecision" | "state">;

/** A new milestone, last among the measure's. */
export async function insertMilestone(tx: Tx, measureId: string, values: MilestoneValues, actor: Actor) {
  const [row] = await tx
    .insert(milestones)
    .values({ ...values, measureId, sortOrder: await nextMilestoneSortOrder(tx, measureId), createdBy: actor.id, updatedBy: actor.id })
    .returning();
  if (!row) throw new Error("milestone not created");
  return row;
}

/** Change a milestone if it is still at `expectedVersion` (or archive it: `{ archivedAt }`); otherwise the conflict (who and when). */
export async function saveMilestone(tx: Tx, milestone: Milestone, expectedVersion: number, values: Partial<MilestoneValues> & { archivedAt?: Date }, actor: Actor) {
  const [row] = await tx
    .update(milestones)
    .set({ ...values, version: sql`${milestones.version} + 1`, updatedAt: new Date(), updatedBy: actor.id })
    .where(and(eq(milestones.id, milestone.id), eq(milestones.version, expectedVersion)))
    .returning();
  if (!row) throw await milestoneConflict(tx, milestone);
  return row;
}

/** The milestone changed since the form was opened: who and when. */
async function milestoneConflict(tx: Tx, milestone: { updatedAt: Date; updatedBy: string | null }) {
  // The row was locked when loaded, so what we read is current; the form was based on an older version.
  const [u] = milestone.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, milestone.updatedBy)) : [];
  const at = milestone.updatedAt.toISOString();
  return new ActionError("conflict", { key: "errors.conflict", params: { name: u?.name ?? "?", at } }, undefined, { by: u?.name ?? null, at });
}

/** A new progress update of a measure. */
export async function insertProgressUpdate(tx: Tx, values: Omit<typeof progressUpdates.$inferInsert, "createdBy" | "updatedBy" | "authorId">, actor: Actor) {
  const [row] = await tx
    .insert(progressUpdates)
    .values({ ...values, authorId: actor.id, createdBy: actor.id, updatedBy: actor.id })
    .returning();
  if (!row) throw new Error("update not created");
  return row;
}

export function saveProgressUpdate(tx: Tx, update: ProgressUpdate, expectedVersion: number, values: Record<string, unknown>, actor: Actor) {
  return updateVersioned(tx, progressUpdates as unknown as VersionedTable, update.id, expectedVersion, values, actor);
}

export function archiveProgressUpdateRow(tx: Tx, update: ProgressUpdate, expectedVersion: number, actor: Actor, audit: AuditFn) {
  return archiveRow({ tx, table: progressUpdates as unknown as PublishableTable, entityType: "progress_update", row: update, expectedVersion, actor, audit });
}
