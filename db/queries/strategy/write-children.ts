import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { measures, milestones, progressUpdates, type Milestone, type ProgressUpdate } from "../../schema";
import type { Actor } from "@/lib/permissions";
import { versionedRows } from "@/lib/publishing";
import { touchReviewed } from "./touch";
import { loadActiveMeasure, type LoadedMeasure } from "./write-measures";

/**
 * A milestone belongs to its measure: changing one changes the measure that
 * will be published. The measure's version goes up (so a reviewer never
 * publishes something they did not see) and it waits for review again.
 * `expectedVersion`: the version a form on the measure's own page was based on.
 */
export const touchMeasure = (tx: Tx, measure: LoadedMeasure, actor: Actor, expectedVersion?: number): Promise<number> => touchReviewed(tx, measures, measure, actor, expectedVersion);

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

const milestoneRows = versionedRows<Milestone>(milestones, "milestone");
/** Change a milestone if it is still at `expectedVersion` (or archive it: `{ archivedAt }`); otherwise the conflict (who and when). */
export const saveMilestone = (tx: Tx, milestone: Milestone, expectedVersion: number, values: Partial<MilestoneValues> & { archivedAt?: Date }, actor: Actor) =>
  milestoneRows.save(tx, milestone, expectedVersion, values, actor);

/** A new progress update of a measure. */
export async function insertProgressUpdate(tx: Tx, values: Omit<typeof progressUpdates.$inferInsert, "createdBy" | "updatedBy" | "authorId">, actor: Actor) {
  const [row] = await tx
    .insert(progressUpdates)
    .values({ ...values, authorId: actor.id, createdBy: actor.id, updatedBy: actor.id })
    .returning();
  if (!row) throw new Error("update not created");
  return row;
}

const updateRows = versionedRows<ProgressUpdate>(progressUpdates, "progress_update");
export const saveProgressUpdate = updateRows.save;
export const archiveProgressUpdateRow = updateRows.archive;
