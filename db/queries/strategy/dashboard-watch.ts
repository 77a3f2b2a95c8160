import "server-only";
import { and, asc, desc, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, measures, reportingRounds, roundEntries } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { Precision } from "@/lib/strategy/dates";
import { effectiveEndSql, firstOpenMilestoneEndSql, FINISHED_STATUSES, lateSql } from "@/lib/strategy/flags";

/**
 * The executive briefing's lists of measures: late, at risk, and what
 * changed since a date or since a reporting round. Each list is one SQL
 * query that returns the first `limit` rows and, with a window function,
 * how many there are in all — never the whole period's measures. "Late" is
 * the one rule of lib/strategy/flags.ts (its SQL form).
 */
export type WatchScope = { periodId: string; goalId?: string; today: string };

export type WatchMeasure = {
  id: string;
  title: LocalizedText;
  status: string;
  progress: number;
  dueDate: string | null;
  duePrecision: Precision;
  /** The end of the earliest unfinished, dated milestone (a day), or null. */
  milestoneEnd: string | null;
};
export type WatchList<T> = { total: number; items: T[] };

const milestoneEnd = firstOpenMilestoneEndSql(sql`${measures.id}`);
const dueEnd = effectiveEndSql(sql`${measures.dueDate}`, sql`${measures.duePrecision}`);
const finished = sql.raw(FINISHED_STATUSES.map((s) => `'${s}'`).join(", "));
const live = (scope: WatchScope) =>
  and(eq(goals.periodId, scope.periodId), isNull(goals.archivedAt), scope.goalId ? eq(goals.id, scope.goalId) : undefined, isNull(measures.archivedAt));
const lateNow = (today: string, status: SQL = sql`${measures.status}`) =>
  lateSql({ id: sql`${measures.id}`, status, dueDate: sql`${measures.dueDate}`, duePrecision: sql`${measures.duePrecision}` }, today);

const fields = {
  id: measures.id,
  title: measures.title,
  status: sql<string>`${measures.status}::text`,
  progress: measures.progress,
  dueDate: measures.dueDate,
  duePrecision: measures.duePrecision,
  milestoneEnd: sql<string | null>`${milestoneEnd}::text`,
  total: sql<number>`(count(*) over ())::int`,
};

async function listOf(rows: Promise<(WatchMeasure & { total: number })[]>): Promise<WatchList<WatchMeasure>> {
  const r = await rows;
  return { total: r[0]?.total ?? 0, items: r.map(({ total: _total, ...m }) => m) };
}

/** Late measures, the longest overdue first (those only reported late last). */
export async function lateMeasures(db: Db, scope: WatchScope, limit: number) {
  const passed = sql`least(case when ${dueEnd} < ${scope.today}::date then ${dueEnd} end, case when ${milestoneEnd} < ${scope.today}::date then ${milestoneEnd} end)`;
  return listOf(
    db
      .select(fields)
      .from(measures)
      .innerJoin(goals, eq(goals.id, measures.goalId))
      .where(and(live(scope), lateNow(scope.today)))
      .orderBy(sql`${passed} asc nulls last`, asc(goals.sortOrder), asc(measures.sortOrder), asc(measures.id))
      .limit(limit),
  );
}

/**
 * At risk: unfinished and not late yet, but the due date or an unfinished
 * milestone's date falls within the next `days` days. The nearest first.
 */
export async function atRiskMeasures(db: Db, scope: WatchScope & { until: string }, limit: number) {
  const within = (end: SQL) => sql`(${end} >= ${scope.today}::date and ${end} <= ${scope.until}::date)`;
  const next = sql`least(case when ${within(dueEnd)} then ${dueEnd} end, case when ${within(milestoneEnd)} then ${milestoneEnd} end)`;
  return listOf(
    db
      .select(fields)
      .from(measures)
      .innerJoin(goals, eq(goals.id, measures.goalId))
      .where(and(live(scope), sql`${measures.status} not in (${finished})`, sql`not ${lateNow(scope.today)}`, sql`${next} is not null`))
      .orderBy(sql`${next} asc`, asc(goals.sortOrder), asc(measures.sortOrder), asc(measures.id))
      .limit(limit),
  );
}

/** What "changed since" compares with: a chosen day, or a reporting round (its entries at its cut-off date). */
export type Baseline = { kind: "date"; date: string } | { kind: "round"; roundId: string; cutOffDate: string };
export const changeKinds = ["new", "progressed", "newlyLate", "completed"] as const;
export type ChangeKind = (typeof changeKinds)[number];

/**
 * What changed since the baseline, in the kinds of the follow-up report's
 * "changed since the previous round" (lib/strategy/rounds.ts `roundChanges`):
 * - since a round: measures not in the round (new), whose progress is now
 *   higher than the round's (progressed), late today but not at the round's
 *   cut-off with the status reported in the round (newly late), completed
 *   now but not in the round (completed);
 * - since a day: measures created after it (new), with a progress update
 *   dated after it (progressed), late today but not on that day (newly late),
 *   marked completed after it (completed, from the change history).
 */
export async function changesSince(db: Db, scope: WatchScope, baseline: Baseline, limit: number): Promise<Record<ChangeKind, WatchList<WatchMeasure>>> {
  const run = (where: SQL | undefined, joinRound: boolean) => {
    const q = db.select(fields).from(measures).innerJoin(goals, eq(goals.id, measures.goalId));
    const joined = joinRound && baseline.kind === "round" ? q.leftJoin(roundEntries, and(eq(roundEntries.measureId, measures.id), eq(roundEntries.roundId, baseline.roundId))) : q;
    return listOf(joined.where(and(live(scope), where)).orderBy(asc(goals.sortOrder), asc(measures.sortOrder), asc(measures.id)).limit(limit));
  };
  if (baseline.kind === "round") {
    const [created, progressed, newlyLate, completed] = await Promise.all([
      run(sql`${roundEntries.id} is null`, true),
      run(sql`${roundEntries.id} is not null and ${measures.progress} > ${roundEntries.progress}`, true),
      run(sql`${roundEntries.id} is not null and ${lateNow(scope.today)} and not ${lateNow(baseline.cutOffDate, sql`${roundEntries.status}`)}`, true),
      run(sql`${roundEntries.id} is not null and ${measures.status} = 'completed' and ${roundEntries.status} <> 'completed'`, true),
    ]);
    return { new: created, progressed, newlyLate, completed };
  }
  const d = baseline.date;
  const [created, progressed, newlyLate, completed] = await Promise.all([
    run(sql`(${measures.createdAt} at time zone 'Europe/Helsinki')::date > ${d}::date`, false),
    run(sql`exists (select 1 from progress_updates pu where pu.measure_id = ${measures.id} and pu.archived_at is null and pu.date > ${d}::date and pu.date <= ${scope.today}::date)`, false),
    run(sql`${lateNow(scope.today)} and not ${lateNow(d)}`, false),
    run(
      sql`${measures.status} = 'completed' and exists (select 1 from audit_log a where a.entity_type = 'measure' and a.entity_id = ${measures.id}
        and (a.at at time zone 'Europe/Helsinki')::date > ${d}::date and a.after->>'status' = 'completed')`,
      false,
    ),
  ]);
  return { new: created, progressed, newlyLate, completed };
}

/** The period's reporting rounds whose cut-off has come (newest first): the choices for "changed since". */
export async function roundsForBaseline(db: Db, periodId: string, today: string) {
  return db
    .select({ id: reportingRounds.id, name: reportingRounds.name, cutOffDate: reportingRounds.cutOffDate, state: sql<string>`${reportingRounds.state}::text` })
    .from(reportingRounds)
    .where(and(eq(reportingRounds.periodId, periodId), lte(reportingRounds.cutOffDate, today)))
    .orderBy(desc(reportingRounds.cutOffDate), desc(reportingRounds.createdAt))
    .limit(20);
}
