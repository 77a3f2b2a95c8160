import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import {
  auditLog,
  goals,
  indicatorMeasures,
  indicators,
  measureContacts,
  measurePriorities,
  measures,
  milestones,
  priorities,
  progressUpdates,
  strategyPeriods,
  units,
  users,
} from "../../schema";

/** A measure with everything its staff page shows (working copy, internal fields included). */
export async function getMeasureForStaff(db: Db, id: string) {
  const [m] = await db.select().from(measures).where(eq(measures.id, id));
  if (!m) return null;
  const [goal] = await db
    .select({ id: goals.id, title: goals.title, periodId: goals.periodId, periodName: strategyPeriods.name })
    .from(goals)
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
    .where(eq(goals.id, m.goalId));
  const [contacts, links, ms, updates, inds, updatedBy] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(measureContacts)
      .innerJoin(users, eq(users.id, measureContacts.userId))
      .where(eq(measureContacts.measureId, id))
      .orderBy(asc(users.name)),
    db
      .select({ id: priorities.id, title: priorities.title, goalId: priorities.goalId })
      .from(measurePriorities)
      .innerJoin(priorities, eq(priorities.id, measurePriorities.priorityId))
      .where(eq(measurePriorities.measureId, id))
      .orderBy(asc(priorities.sortOrder)),
    db.select().from(milestones).where(and(eq(milestones.measureId, id), isNull(milestones.archivedAt))).orderBy(asc(milestones.sortOrder), asc(milestones.dueDate)),
    db
      .select({
        id: progressUpdates.id,
        date: progressUpdates.date,
        body: progressUpdates.body,
        visibility: progressUpdates.visibility,
        reviewState: progressUpdates.reviewState,
        reviewComment: progressUpdates.reviewComment,
        version: progressUpdates.version,
        authorId: progressUpdates.authorId,
        authorName: users.name,
        published: progressUpdates.published,
        createdAt: progressUpdates.createdAt,
      })
      .from(progressUpdates)
      .leftJoin(users, eq(users.id, progressUpdates.authorId))
      .where(and(eq(progressUpdates.measureId, id), isNull(progressUpdates.archivedAt)))
      .orderBy(desc(progressUpdates.date), desc(progressUpdates.createdAt)),
    db
      .select({ id: indicators.id, title: indicators.title })
      .from(indicatorMeasures)
      .innerJoin(indicators, eq(indicators.id, indicatorMeasures.indicatorId))
      .where(and(eq(indicatorMeasures.measureId, id), isNull(indicators.archivedAt))),
    m.updatedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, m.updatedBy)) : Promise.resolve([]),
  ]);
  return { ...m, goal: goal ?? null, contacts, priorities: links, milestones: ms, updates, indicators: inds, updatedByName: updatedBy[0]?.name ?? null };
}
export type StaffMeasure = NonNullable<Awaited<ReturnType<typeof getMeasureForStaff>>>;

/** What the measure form offers: goals and priorities of the period, units, staff members. */
export async function getMeasureFormOptions(db: Db, periodId: string) {
  const [goalRows, priorityRows, unitRows, staff] = await Promise.all([
    db.select({ id: goals.id, title: goals.title }).from(goals).where(and(eq(goals.periodId, periodId), isNull(goals.archivedAt))).orderBy(asc(goals.sortOrder)),
    db
      .select({ id: priorities.id, title: priorities.title, goalId: priorities.goalId })
      .from(priorities)
      .innerJoin(goals, eq(goals.id, priorities.goalId))
      .where(and(eq(goals.periodId, periodId), isNull(priorities.archivedAt), isNull(goals.archivedAt)))
      .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder)),
    db.select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.code)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), sql`${users.role} is not null`))
      .orderBy(asc(users.name)),
  ]);
  return { goals: goalRows, priorities: priorityRows, units: unitRows, staff };
}

/** Ids of goals that belong to a period (to check a link stays within it). */
export async function goalIdsOfPeriod(db: Db, periodId: string) {
  const rows = await db.select({ id: goals.id }).from(goals).where(eq(goals.periodId, periodId));
  return rows.map((r) => r.id);
}

export async function milestonesOf(db: Db, measureIds: string[]) {
  if (!measureIds.length) return [];
  return db.select().from(milestones).where(and(inArray(milestones.measureId, measureIds), isNull(milestones.archivedAt)));
}

/**
 * A measure's history for staff, with its progress updates' own history
 * (written, changed, published, returned) woven in by time; an update's
 * entries carry the action `progress_update.<action>`.
 */
export async function measureHistoryForStaff(db: Db, measureId: string, updateIds: string[]) {
  const own = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "measure"), eq(auditLog.entityId, measureId)));
  const ofUpdates = updateIds.length
    ? await db.select().from(auditLog).where(and(eq(auditLog.entityType, "progress_update"), inArray(auditLog.entityId, updateIds)))
    : [];
  return [...own, ...ofUpdates.map((e) => ({ ...e, action: `progress_update.${e.action}` }))].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
}
