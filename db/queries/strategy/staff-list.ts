import "server-only";
import { and, asc, eq, inArray, isNull, max } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, measureContacts, measurePriorities, measures, milestones, priorities, progressUpdates, strategyPeriods, users } from "../../schema";

/** Every active measure with what the staff list shows and filters on (internal fields included). */
export async function listMeasuresForStaffFilters(db: Db) {
  const rows = await db
    .select({
      id: measures.id,
      goalId: measures.goalId,
      periodId: goals.periodId,
      title: measures.title,
      description: measures.description,
      status: measures.status,
      progress: measures.progress,
      weight: measures.weight,
      dueDate: measures.dueDate,
      duePrecision: measures.duePrecision,
      responsibleUnitId: measures.responsibleUnitId,
      visibility: measures.visibility,
      internalNotes: measures.internalNotes,
      reviewState: measures.reviewState,
      createdAt: measures.createdAt,
    })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
    .where(and(isNull(measures.archivedAt), isNull(goals.archivedAt)))
    .orderBy(asc(strategyPeriods.sortOrder), asc(goals.sortOrder), asc(measures.sortOrder));
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [contacts, links, ms, lastUpdates] = await Promise.all([
    db
      .select({ measureId: measureContacts.measureId, userId: users.id, name: users.name })
      .from(measureContacts)
      .innerJoin(users, eq(users.id, measureContacts.userId))
      .where(inArray(measureContacts.measureId, ids)),
    db
      .select({ measureId: measurePriorities.measureId, priorityId: measurePriorities.priorityId })
      .from(measurePriorities)
      .innerJoin(priorities, eq(priorities.id, measurePriorities.priorityId))
      .where(and(inArray(measurePriorities.measureId, ids), isNull(priorities.archivedAt))),
    db
      .select({ measureId: milestones.measureId, dueDate: milestones.dueDate, duePrecision: milestones.duePrecision, state: milestones.state })
      .from(milestones)
      .where(and(inArray(milestones.measureId, ids), isNull(milestones.archivedAt))),
    db
      .select({ measureId: progressUpdates.measureId, last: max(progressUpdates.date) })
      .from(progressUpdates)
      .where(and(inArray(progressUpdates.measureId, ids), isNull(progressUpdates.archivedAt)))
      .groupBy(progressUpdates.measureId),
  ]);
  const group = <T extends { measureId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const x of list) map.set(x.measureId, [...(map.get(x.measureId) ?? []), x]);
    return map;
  };
  const c = group(contacts);
  const l = group(links);
  const m = group(ms);
  const u = new Map(lastUpdates.map((x) => [x.measureId, x.last]));
  return rows.map((r) => ({
    ...r,
    contacts: (c.get(r.id) ?? []).map(({ userId, name }) => ({ userId, name })),
    priorityIds: (l.get(r.id) ?? []).map((x) => x.priorityId),
    milestones: m.get(r.id) ?? [],
    lastUpdate: u.get(r.id) ?? null,
  }));
}
export type StaffListMeasure = Awaited<ReturnType<typeof listMeasuresForStaffFilters>>[number];

/** Goals and priorities of every period (for filters and the tree), not archived. */
export async function strategyOutline(db: Db) {
  const [periodRows, goalRows, priorityRows] = await Promise.all([
    db.select({ id: strategyPeriods.id, name: strategyPeriods.name, startYear: strategyPeriods.startYear, endYear: strategyPeriods.endYear, reviewState: strategyPeriods.reviewState }).from(strategyPeriods).where(isNull(strategyPeriods.archivedAt)).orderBy(asc(strategyPeriods.sortOrder), asc(strategyPeriods.startYear)),
    db.select({ id: goals.id, periodId: goals.periodId, title: goals.title, reviewState: goals.reviewState }).from(goals).where(isNull(goals.archivedAt)).orderBy(asc(goals.sortOrder)),
    db.select({ id: priorities.id, goalId: priorities.goalId, title: priorities.title, reviewState: priorities.reviewState }).from(priorities).where(isNull(priorities.archivedAt)).orderBy(asc(priorities.sortOrder)),
  ]);
  return { periods: periodRows, goals: goalRows, priorities: priorityRows };
}
