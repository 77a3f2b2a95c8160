import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, measureContacts, measures, strategyPeriods, users } from "../../schema";

/** Measures with their working copies and internal fields, for staff. */
export async function listMeasuresForStaff(db: Db) {
  const rows = await db
    .select({
      id: measures.id,
      goalId: measures.goalId,
      goalTitle: goals.title,
      periodName: strategyPeriods.name,
      title: measures.title,
      status: measures.status,
      progress: measures.progress,
      dueDate: measures.dueDate,
      duePrecision: measures.duePrecision,
      responsibleUnitId: measures.responsibleUnitId,
      visibility: measures.visibility,
      internalNotes: measures.internalNotes,
      reviewState: measures.reviewState,
    })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
    .where(isNull(measures.archivedAt))
    .orderBy(asc(strategyPeriods.sortOrder), asc(goals.sortOrder), asc(measures.sortOrder));
  const contacts = rows.length
    ? await db
        .select({ measureId: measureContacts.measureId, userId: users.id, name: users.name })
        .from(measureContacts)
        .innerJoin(users, eq(users.id, measureContacts.userId))
        .where(and(inArray(measureContacts.measureId, rows.map((r) => r.id))))
    : [];
  return rows.map((r) => ({ ...r, contacts: contacts.filter((c) => c.measureId === r.id) }));
}
