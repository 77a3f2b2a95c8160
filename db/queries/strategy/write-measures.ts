import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { goals, measureContacts, measurePriorities, measures, milestones, priorities, units, users, type Measure } from "../../schema";
import { publicLinkKeys } from "../links/staff";
import type { AuditFn } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";
import { publishRow, versionedRows } from "@/lib/publishing";
import { measureSnapshot } from "./snapshots";

export type LoadedMeasure = Measure & { contactIds: string[]; priorityIds: string[]; periodId: string };

/** Ids joined by commas in SQL, apart again in JS (the same on both drivers), sorted. */
const idList = (text: string | null) => (text ? text.split(",").sort() : []);

/**
 * A measure locked for a write, with what the permission check and the
 * snapshot need, in one statement: every statement of a save waits its turn
 * on a busy server's event loop, so a save costs what its round trips cost
 * (issue 17).
 */
export async function loadMeasureForUpdate(tx: Tx, id: string): Promise<LoadedMeasure | null> {
  const [found] = await tx
    .select({
      row: measures,
      periodId: goals.periodId,
      contactIds: sql<string | null>`(select string_agg(${measureContacts.userId}::text, ',') from ${measureContacts} where ${measureContacts.measureId} = ${measures.id})`,
      priorityIds: sql<string | null>`(select string_agg(${measurePriorities.priorityId}::text, ',') from ${measurePriorities} where ${measurePriorities.measureId} = ${measures.id})`,
    })
    .from(measures)
    .leftJoin(goals, eq(goals.id, measures.goalId))
    .where(eq(measures.id, id))
    .for("update", { of: measures });
  if (!found) return null;
  return { ...found.row, periodId: found.periodId ?? "", contactIds: idList(found.contactIds), priorityIds: idList(found.priorityIds) };
}

/** As loadMeasureForUpdate, but an archived measure counts as not found (it can no longer be changed). */
export async function loadActiveMeasure(tx: Tx, id: string): Promise<LoadedMeasure | null> {
  const m = await loadMeasureForUpdate(tx, id);
  return m && !m.archivedAt ? m : null;
}

/**
 * Replace a measure's priority links and contact persons; `current` (the
 * sorted ids loaded with the measure's row lock) skips a set that is unchanged.
 */
export async function replaceMeasureLinks(tx: Tx, measureId: string, priorityIds: string[], contactIds: string[], current?: { priorityIds: string[]; contactIds: string[] }) {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!current || !same(current.priorityIds, priorityIds)) {
    await tx.delete(measurePriorities).where(eq(measurePriorities.measureId, measureId));
    if (priorityIds.length) await tx.insert(measurePriorities).values(priorityIds.map((priorityId) => ({ measureId, priorityId })));
  }
  if (!current || !same(current.contactIds, contactIds)) {
    await tx.delete(measureContacts).where(eq(measureContacts.measureId, measureId));
    if (contactIds.length) await tx.insert(measureContacts).values(contactIds.map((userId) => ({ measureId, userId })));
  }
}

/** Which of these ids are priorities (not archived) of the period that the goal belongs to. */
export async function prioritiesInGoalPeriod(tx: Tx, goalId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx
    .select({ id: priorities.id })
    .from(priorities)
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(and(inArray(priorities.id, ids), eq(goals.periodId, sql`(select ${goals.periodId} from ${goals} where ${goals.id} = ${goalId})`), isNull(priorities.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Does the unit exist. */
export async function unitExists(tx: Tx, unitId: string): Promise<boolean> {
  const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return Boolean(unit);
}

/** Which of these ids are active staff members (they can be contact persons). */
export async function staffUsers(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true), sql`${users.role} is not null`));
  return new Set(rows.map((r) => r.id));
}

export async function goalForWrite(tx: Tx, goalId: string) {
  const [goal] = await tx.select({ id: goals.id, periodId: goals.periodId, archivedAt: goals.archivedAt }).from(goals).where(eq(goals.id, goalId));
  return goal && !goal.archivedAt ? goal : null;
}

export async function nextMeasureSortOrder(tx: Tx, goalId: string): Promise<number> {
  const [row] = await tx.select({ max: sql<number>`coalesce(max(${measures.sortOrder}), -1)` }).from(measures).where(eq(measures.goalId, goalId));
  return Number(row?.max ?? -1) + 1;
}

/** The public snapshot of a measure as it is now (null for internal measures). */
export async function buildMeasureSnapshot(tx: Tx, measure: Measure) {
  if (measure.visibility !== "public") return null;
  const [links, ms, carriedBy] = await Promise.all([
    tx.select({ priorityId: measurePriorities.priorityId }).from(measurePriorities).where(eq(measurePriorities.measureId, measure.id)),
    tx.select().from(milestones).where(and(eq(milestones.measureId, measure.id), isNull(milestones.archivedAt))).orderBy(asc(milestones.sortOrder), asc(milestones.dueDate)),
    publicLinkKeys(tx, measure.id),
  ]);
  return measureSnapshot(
    measure,
    links.map((l) => l.priorityId).sort(),
    ms,
    carriedBy,
  );
}

/** The translatable texts of a measure snapshot that must have Finnish and Swedish. */
export function measureTexts(snapshot: NonNullable<Awaited<ReturnType<typeof buildMeasureSnapshot>>>) {
  const texts: Record<string, { fi: string; sv?: string; en?: string } | null> = { title: snapshot.title };
  if (snapshot.description?.fi) texts.description = snapshot.description;
  snapshot.milestones.forEach((m, i) => (texts[`milestone${i + 1}`] = m.title));
  return texts;
}

/** A new measure, last among its goal's measures, as a draft. */
export async function insertMeasure(tx: Tx, values: Omit<typeof measures.$inferInsert, "sortOrder" | "createdBy" | "updatedBy" | "reviewState">, actor: Actor) {
  const [row] = await tx
    .insert(measures)
    .values({ ...values, sortOrder: await nextMeasureSortOrder(tx, values.goalId), createdBy: actor.id, updatedBy: actor.id, reviewState: "draft" })
    .returning();
  if (!row) throw new Error("measure not created");
  return row;
}

const measureRows = versionedRows<Measure>(measures, "measure");
/** Save a measure's columns over its working copy (version-checked). */
export const saveMeasureRow = measureRows.save;
/** Archive a measure with the shared workflow (its history entry included). */
export const archiveMeasureRow = measureRows.archive;

/**
 * Publish a measure with the shared workflow: its public snapshot (with
 * milestones) replaces the published one; an internal measure publishes
 * "nothing public"; its Finnish and Swedish texts are required.
 */
export async function publishMeasureRow(ctx: { tx: Tx; actor: Actor; audit: AuditFn }, row: Measure, expectedVersion: number) {
  const snapshot = await buildMeasureSnapshot(ctx.tx, row);
  const texts = snapshot ? measureTexts(snapshot) : {};
  return publishRow({ ...ctx, table: measures, entityType: "measure", row, expectedVersion, snapshot, texts, requiredTexts: Object.keys(texts) });
}
