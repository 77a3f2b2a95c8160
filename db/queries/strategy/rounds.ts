import "server-only";
import { and, asc, count, desc, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { goals, measureContacts, measures, reportingRounds, roundEntries, strategyPeriods, units, type ReportingRound, type RoundEntry } from "../../schema";
import { fetchPage } from "@/lib/paging";
import { updateVersioned, type VersionedTable } from "@/lib/publishing";
import type { Actor } from "@/lib/permissions";
import type { RoundReport } from "@/lib/strategy/rounds";

/** Every round with its period and how many of its measures have been written (rounds are few: a handful per period). */
export async function listRounds(db: Db) {
  return db
    .select({
      id: reportingRounds.id,
      periodId: reportingRounds.periodId,
      periodName: strategyPeriods.name,
      name: reportingRounds.name,
      cutOffDate: reportingRounds.cutOffDate,
      state: reportingRounds.state,
      publishedAt: reportingRounds.publishedAt,
      entries: sql<number>`(select count(*)::int from round_entries e where e.round_id = ${reportingRounds.id})`,
      written: sql<number>`(select count(*)::int from round_entries e where e.round_id = ${reportingRounds.id} and e.written_at is not null)`,
    })
    .from(reportingRounds)
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, reportingRounds.periodId))
    .orderBy(asc(strategyPeriods.startYear), desc(reportingRounds.cutOffDate), desc(reportingRounds.createdAt));
}

export async function getRound(db: Db | Tx, id: string): Promise<ReportingRound | null> {
  const [r] = await db.select().from(reportingRounds).where(eq(reportingRounds.id, id));
  return r ?? null;
}

export async function lockRound(tx: Tx, id: string): Promise<ReportingRound | null> {
  const [r] = await tx.select().from(reportingRounds).where(eq(reportingRounds.id, id)).for("update");
  return r ?? null;
}

/** The period's latest round before this cut-off (the one a new round starts from). */
export async function previousRound(db: Db | Tx, periodId: string, cutOffDate: string, exceptId?: string) {
  const [r] = await db
    .select()
    .from(reportingRounds)
    .where(and(eq(reportingRounds.periodId, periodId), lt(reportingRounds.cutOffDate, cutOffDate), exceptId ? sql`${reportingRounds.id} <> ${exceptId}` : undefined))
    .orderBy(desc(reportingRounds.cutOffDate), desc(reportingRounds.createdAt))
    .limit(1);
  return r ?? null;
}

/**
 * Open a round: one entry for every measure of the period (not archived),
 * starting from the previous round's text, and the measure's current status
 * and progress. Nothing is "written" yet.
 */
export async function createRoundEntries(tx: Tx, round: ReportingRound) {
  const prev = round.previousRoundId;
  await tx.execute(sql`
    insert into round_entries (round_id, measure_id, narrative, status, progress)
    select ${round.id}, m.id, pe.narrative, m.status, m.progress
    from measures m
    join goals g on g.id = m.goal_id
    left join round_entries pe on pe.measure_id = m.id and pe.round_id = ${prev ?? sql`null`}::uuid
    where g.period_id = ${round.periodId} and g.archived_at is null and m.archived_at is null`);
}

export type EntryFilter = { missing?: boolean; mine?: boolean; page: number };

/** Who owns a measure: its unit or a contact person (as canEditOwned decides). */
const ownedBy = (actor: Actor): SQL =>
  or(
    actor.unitId ? eq(measures.responsibleUnitId, actor.unitId) : sql`false`,
    sql`exists (select 1 from ${measureContacts} c where c.measure_id = ${measures.id} and c.user_id = ${actor.id})`,
  )!;

/** One page of a round's entries with their measures, filtered in SQL. */
export async function roundEntriesPage(db: Db, roundId: string, f: EntryFilter, actor: Actor) {
  const where = and(eq(roundEntries.roundId, roundId), f.missing ? isNull(roundEntries.writtenAt) : undefined, f.mine ? ownedBy(actor) : undefined);
  return fetchPage(
    f.page,
    (limit, offset) =>
      db
        .select({
          id: roundEntries.id,
          version: roundEntries.version,
          narrative: roundEntries.narrative,
          status: roundEntries.status,
          progress: roundEntries.progress,
          writtenAt: roundEntries.writtenAt,
          measureId: measures.id,
          title: measures.title,
          unitId: measures.responsibleUnitId,
          unitName: units.name,
          contactIds: sql<string[]>`coalesce((select array_agg(c.user_id::text) from measure_contacts c where c.measure_id = ${measures.id}), '{}')`,
        })
        .from(roundEntries)
        .innerJoin(measures, eq(measures.id, roundEntries.measureId))
        .innerJoin(goals, eq(goals.id, measures.goalId))
        .leftJoin(units, eq(units.id, measures.responsibleUnitId))
        .where(where)
        .orderBy(asc(goals.sortOrder), asc(measures.sortOrder), asc(measures.id))
        .limit(limit)
        .offset(offset),
    async () => {
      const [r] = await db.select({ n: count() }).from(roundEntries).innerJoin(measures, eq(measures.id, roundEntries.measureId)).where(where);
      return Number(r?.n ?? 0);
    },
  );
}

/** How many entries are written and missing. */
export async function roundProgress(db: Db, roundId: string) {
  const [r] = await db
    .select({ total: count(), written: sql<number>`count(${roundEntries.writtenAt})::int` })
    .from(roundEntries)
    .where(eq(roundEntries.roundId, roundId));
  const total = Number(r?.total ?? 0);
  const written = Number(r?.written ?? 0);
  return { total, written, missing: total - written };
}

/** An entry with what the permission check needs (its measure's unit and contact persons), locked for a write. */
export async function loadEntryForUpdate(tx: Tx, id: string) {
  const [e] = await tx.select().from(roundEntries).where(eq(roundEntries.id, id)).for("update");
  if (!e) return null;
  const [[m], contacts, round] = await Promise.all([
    tx.select({ id: measures.id, goalId: measures.goalId, responsibleUnitId: measures.responsibleUnitId, archivedAt: measures.archivedAt }).from(measures).where(eq(measures.id, e.measureId)),
    tx.select({ userId: measureContacts.userId }).from(measureContacts).where(eq(measureContacts.measureId, e.measureId)),
    getRound(tx, e.roundId),
  ]);
  if (!m || !round) return null;
  return { entry: e, round, measure: { ...m, contactIds: contacts.map((c) => c.userId) } };
}

/** A measure's entry in a round, locked for a write (an import's round text); null when the measure has none in it. */
export async function lockMeasureEntry(tx: Tx, roundId: string, measureId: string): Promise<RoundEntry | null> {
  const [e] = await tx.select().from(roundEntries).where(and(eq(roundEntries.roundId, roundId), eq(roundEntries.measureId, measureId))).for("update");
  return e ?? null;
}

/** Published reports (the frozen snapshots), newest cut-off first. */
export async function publishedReports(db: Db) {
  const rows = await db
    .select({ id: reportingRounds.id, periodId: reportingRounds.periodId, cutOffDate: reportingRounds.cutOffDate, publishedAt: reportingRounds.publishedAt, report: reportingRounds.published })
    .from(reportingRounds)
    .where(eq(reportingRounds.state, "published"))
    .orderBy(desc(reportingRounds.cutOffDate), desc(reportingRounds.publishedAt));
  return rows.filter((r) => r.report).map((r) => ({ id: r.id, periodId: r.periodId, cutOffDate: r.cutOffDate, publishedAt: r.publishedAt?.toISOString() ?? null, report: r.report as unknown as RoundReport }));
}
export type PublishedReport = Awaited<ReturnType<typeof publishedReports>>[number];

// ---- the rounds' writes (app/[locale]/staff/strategy/rounds/actions.ts) ----

/** Open a round of a period; its entries are created by createRoundEntries. */
export async function insertRound(tx: Tx, values: Pick<typeof reportingRounds.$inferInsert, "periodId" | "name" | "cutOffDate" | "previousRoundId">, actor: Actor) {
  const [round] = await tx.insert(reportingRounds).values({ ...values, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!round) throw new Error("round not created");
  return round;
}

/** Save a round's state (close, reopen, publish with its frozen report), version-checked. */
export function saveRoundRow(tx: Tx, round: ReportingRound, expectedVersion: number, values: Partial<typeof reportingRounds.$inferInsert>, actor: Actor) {
  return updateVersioned<ReportingRound>(tx, reportingRounds as unknown as VersionedTable, round.id, expectedVersion, values, actor);
}

/** Save an entry's text, status and progress, version-checked. */
export function saveRoundEntryRow(tx: Tx, entry: RoundEntry, expectedVersion: number, values: Partial<typeof roundEntries.$inferInsert>, actor: Actor) {
  return updateVersioned<RoundEntry>(tx, roundEntries as unknown as VersionedTable, entry.id, expectedVersion, values, actor);
}

/** What each measure's editor wrote in the round (for the frozen report). */
export function roundEntriesForReport(db: Db | Tx, roundId: string) {
  return db
    .select({ measureId: roundEntries.measureId, narrative: roundEntries.narrative, status: roundEntries.status, progress: roundEntries.progress, writtenAt: roundEntries.writtenAt })
    .from(roundEntries)
    .where(eq(roundEntries.roundId, roundId));
}

/**
 * One entry of a round for its writing page: the entry, its measure (title,
 * unit, due date), the measure's contact persons and what was written for it
 * in the previous round; null when the entry is not the round's or the measure is gone.
 */
export async function roundEntryForPage(db: Db, roundId: string, entryId: string, previousRoundId: string | null) {
  const [entry] = await db.select().from(roundEntries).where(and(eq(roundEntries.id, entryId), eq(roundEntries.roundId, roundId)));
  if (!entry) return null;
  const [[measure], contacts, previous] = await Promise.all([
    db.select({ id: measures.id, title: measures.title, unitId: measures.responsibleUnitId, dueDate: measures.dueDate, duePrecision: measures.duePrecision }).from(measures).where(eq(measures.id, entry.measureId)),
    db.select({ userId: measureContacts.userId }).from(measureContacts).where(eq(measureContacts.measureId, entry.measureId)),
    previousRoundId ? db.select({ narrative: roundEntries.narrative }).from(roundEntries).where(and(eq(roundEntries.roundId, previousRoundId), eq(roundEntries.measureId, entry.measureId))) : Promise.resolve([]),
  ]);
  if (!measure) return null;
  return { entry, measure, contactIds: contacts.map((c) => c.userId), previousNarrative: previous[0]?.narrative ?? null };
}
