import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advocacyActivities, goals, governmentAsks, indicatorPoints, indicators, measurePriorities, measures, priorities, progressUpdates, reportingRounds, roundEntries, units, users } from "@/db/schema";
import type { AdvocacyActionExportRow, AskExportRow, IndicatorValueExportRow, MeasureExportRow, ProgressUpdateExportRow, StaffExportKind } from "@/lib/exports/staff";

/**
 * The rows of the staff exports (lib/exports/staff.ts): the staff's working
 * copy (drafts and internal notes included, archived items left out), in the
 * order of the staff lists.
 */
async function measureRows(db: Db): Promise<MeasureExportRow[]> {
  const rows = await db
    .select({ m: measures, goal: goals.title, unitCode: units.code })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .leftJoin(units, eq(units.id, measures.responsibleUnitId))
    .where(isNull(measures.archivedAt))
    .orderBy(asc(goals.sortOrder), asc(measures.sortOrder), asc(measures.id));
  const [links, entries] = await Promise.all([
    db.select({ measureId: measurePriorities.measureId, title: priorities.title }).from(measurePriorities).innerJoin(priorities, eq(priorities.id, measurePriorities.priorityId)).orderBy(asc(priorities.sortOrder)),
    // Each measure's latest written round text (newest cut-off first), one row per measure in SQL.
    db
      .selectDistinctOn([roundEntries.measureId], { measureId: roundEntries.measureId, name: reportingRounds.name, cutOffDate: reportingRounds.cutOffDate, status: roundEntries.status, progress: roundEntries.progress, narrative: roundEntries.narrative, writtenAt: roundEntries.writtenAt })
      .from(roundEntries)
      .innerJoin(reportingRounds, eq(reportingRounds.id, roundEntries.roundId))
      .where(isNotNull(roundEntries.writtenAt))
      .orderBy(asc(roundEntries.measureId), desc(reportingRounds.cutOffDate), desc(roundEntries.writtenAt)),
  ]);
  const prioritiesOf = new Map<string, MeasureExportRow["priorities"]>();
  for (const l of links) prioritiesOf.set(l.measureId, [...(prioritiesOf.get(l.measureId) ?? []), l.title]);
  const latest = new Map(entries.map((e) => [e.measureId, e]));
  return rows.map(({ m, goal, unitCode }) => {
    const e = latest.get(m.id);
    return {
      id: m.id,
      goal,
      priorities: prioritiesOf.get(m.id) ?? [],
      title: m.title,
      description: m.description,
      status: m.status,
      progress: m.progress,
      startDate: m.startDate,
      dueDate: m.dueDate,
      duePrecision: m.duePrecision,
      unitCode,
      weight: m.weight,
      visibility: m.visibility,
      internalNotes: m.internalNotes,
      round: e ? { name: e.name, cutOffDate: e.cutOffDate, status: e.status, progress: e.progress, narrative: e.narrative, writtenAt: e.writtenAt ? e.writtenAt.toISOString().slice(0, 10) : null } : null,
    };
  });
}

async function progressUpdateRows(db: Db): Promise<ProgressUpdateExportRow[]> {
  const rows = await db
    .select({ u: progressUpdates, measureTitle: measures.title, author: users.email })
    .from(progressUpdates)
    .innerJoin(measures, eq(measures.id, progressUpdates.measureId))
    .leftJoin(users, eq(users.id, progressUpdates.authorId))
    .where(and(isNull(progressUpdates.archivedAt), isNull(measures.archivedAt)))
    .orderBy(desc(progressUpdates.date), asc(progressUpdates.id));
  return rows.map(({ u, measureTitle, author }) => ({ id: u.id, measureId: u.measureId, measureTitle, date: u.date, body: u.body, visibility: u.visibility, author }));
}

async function advocacyActionRows(db: Db): Promise<AdvocacyActionExportRow[]> {
  const rows = await db
    .select({ a: advocacyActivities, priority: priorities.title, responsible: users.email })
    .from(advocacyActivities)
    .innerJoin(priorities, eq(priorities.id, advocacyActivities.priorityId))
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(isNull(advocacyActivities.archivedAt))
    .orderBy(desc(advocacyActivities.date), asc(advocacyActivities.id));
  // The whole working copy: the kind's columns (lib/exports/staff.ts) pick what the file holds.
  return rows.map(({ a, priority, responsible }) => ({ ...a, priority, responsible }));
}

async function askRows(db: Db): Promise<AskExportRow[]> {
  const rows = await db
    .select({ a: governmentAsks, priority: priorities.title })
    .from(governmentAsks)
    .innerJoin(priorities, eq(priorities.id, governmentAsks.priorityId))
    .where(isNull(governmentAsks.archivedAt))
    .orderBy(desc(governmentAsks.programmeYear), asc(governmentAsks.sortOrder), asc(governmentAsks.id));
  return rows.map(({ a, priority }) => ({ ...a, priority }));
}

async function indicatorValueRows(db: Db): Promise<IndicatorValueExportRow[]> {
  return db
    .select({ indicatorId: indicatorPoints.indicatorId, indicator: indicators.title, kind: indicatorPoints.kind, date: indicatorPoints.date, value: indicatorPoints.value, note: indicatorPoints.note })
    .from(indicatorPoints)
    .innerJoin(indicators, eq(indicators.id, indicatorPoints.indicatorId))
    .where(isNull(indicators.archivedAt))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id), asc(indicatorPoints.kind), asc(indicatorPoints.date));
}

export const staffExportRows = { measures: measureRows, "progress-updates": progressUpdateRows, "advocacy-actions": advocacyActionRows, asks: askRows, "indicator-values": indicatorValueRows } satisfies Record<StaffExportKind, (db: Db) => Promise<unknown[]>>;
