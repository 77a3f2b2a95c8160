import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advocacyActivities, evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds, goals, governmentAsks, priorities } from "@/db/schema";

/**
 * Advocacy and internal-evaluation figures for the dashboard, as SQL
 * aggregates over the period's (or goal's) priorities. Archived items are
 * left out; internal ones count (the dashboard is for staff).
 */
export type AreaScope = { periodId: string; goalId?: string };

const prioritiesIn = (scope: AreaScope) =>
  and(eq(goals.periodId, scope.periodId), isNull(goals.archivedAt), isNull(priorities.archivedAt), scope.goalId ? eq(goals.id, scope.goalId) : undefined);

/** Government-programme asks per priority, counted by outcome. */
export async function askOutcomesByPriority(db: Db, scope: AreaScope) {
  const n = (outcome: string) => sql<number>`count(*) filter (where ${governmentAsks.outcome} = ${outcome})::int`;
  return db
    .select({
      priorityId: priorities.id,
      goalId: goals.id,
      title: priorities.title,
      total: sql<number>`count(*)::int`,
      adopted: n("adopted"),
      partly: n("partly"),
      notAdopted: n("not_adopted"),
      pending: n("pending"),
    })
    .from(governmentAsks)
    .innerJoin(priorities, eq(priorities.id, governmentAsks.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(and(prioritiesIn(scope), isNull(governmentAsks.archivedAt)))
    .groupBy(priorities.id, goals.id)
    .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder));
}

/** Statements given (dated up to today) and statements overdue (deadline passed, not given, not declined). */
export async function statementFigures(db: Db, scope: AreaScope, today: string) {
  const [row] = await db
    .select({
      given: sql<number>`count(*) filter (where ${advocacyActivities.date} is not null and ${advocacyActivities.date} <= ${today}::date)::int`,
      overdue: sql<number>`count(*) filter (where ${advocacyActivities.date} is null and not ${advocacyActivities.declined} and ${advocacyActivities.deadline} < ${today}::date)::int`,
    })
    .from(advocacyActivities)
    .innerJoin(priorities, eq(priorities.id, advocacyActivities.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(and(prioritiesIn(scope), eq(advocacyActivities.type, "statement"), isNull(advocacyActivities.archivedAt)));
  return { given: row?.given ?? 0, overdue: row?.overdue ?? 0 };
}

/** The latest closed evaluation rounds (at most `limit`), oldest first, that asked about the scope's priorities. */
export async function recentClosedRounds(db: Db, scope: AreaScope, limit = 4) {
  const rows = await db
    .selectDistinct({ id: evaluationRounds.id, name: evaluationRounds.name, closedAt: evaluationRounds.closedAt })
    .from(evaluationRounds)
    .innerJoin(evaluationQuestions, eq(evaluationQuestions.roundId, evaluationRounds.id))
    .innerJoin(priorities, eq(priorities.id, evaluationQuestions.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(and(eq(evaluationRounds.status, "closed"), prioritiesIn(scope)))
    .orderBy(desc(evaluationRounds.closedAt), desc(evaluationRounds.id))
    .limit(limit);
  return rows.reverse();
}

/** Mean score (1–5) and number of answers per priority in these rounds: submitted questionnaires only. */
export async function scoresByPriority(db: Db, scope: AreaScope, roundIds: string[]) {
  if (!roundIds.length) return [];
  return db
    .select({
      roundId: evaluationQuestions.roundId,
      priorityId: priorities.id,
      goalId: goals.id,
      title: priorities.title,
      answers: sql<number>`count(${evaluationAnswers.score})::int`,
      /** Sum of the scores: the mean is sum / answers. */
      sum: sql<number>`coalesce(sum(${evaluationAnswers.score}), 0)::int`,
    })
    .from(evaluationQuestions)
    .innerJoin(priorities, eq(priorities.id, evaluationQuestions.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .leftJoin(evaluationRespondents, and(eq(evaluationRespondents.roundId, evaluationQuestions.roundId), eq(evaluationRespondents.status, "submitted")))
    .leftJoin(
      evaluationAnswers,
      and(eq(evaluationAnswers.questionId, evaluationQuestions.id), eq(evaluationAnswers.respondentId, evaluationRespondents.id), isNotNull(evaluationAnswers.score)),
    )
    .where(and(prioritiesIn(scope), inArray(evaluationQuestions.roundId, roundIds)))
    .groupBy(evaluationQuestions.roundId, priorities.id, goals.id)
    .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder));
}

/** Every advocacy and evaluation figure of the dashboard at once. */
export async function advocacyFigures(db: Db, scope: AreaScope, today: string) {
  const [asks, statements, rounds] = await Promise.all([askOutcomesByPriority(db, scope), statementFigures(db, scope, today), recentClosedRounds(db, scope)]);
  const scores = await scoresByPriority(db, scope, rounds.map((r) => r.id));
  return { asks, statements, rounds, scores };
}
export type AdvocacyFigures = Awaited<ReturnType<typeof advocacyFigures>>;

/**
 * Consultation deadlines for the briefing: statements of the scope's
 * priorities not given and not declined whose deadline falls between today
 * and `until` (the nearest first; at most `limit`, with how many in all).
 */
export async function upcomingConsultations(db: Db, scope: AreaScope & { today: string; until: string }, limit: number) {
  const rows = await db
    .select({
      id: advocacyActivities.id,
      title: advocacyActivities.title,
      ministry: advocacyActivities.ministry,
      deadline: sql<string>`${advocacyActivities.deadline}::text`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(advocacyActivities)
    .innerJoin(priorities, eq(priorities.id, advocacyActivities.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(
      and(
        prioritiesIn(scope),
        eq(advocacyActivities.type, "statement"),
        isNull(advocacyActivities.archivedAt),
        isNull(advocacyActivities.date),
        sql`not ${advocacyActivities.declined}`,
        sql`${advocacyActivities.deadline} between ${scope.today}::date and ${scope.until}::date`,
      ),
    )
    .orderBy(asc(advocacyActivities.deadline), asc(advocacyActivities.id))
    .limit(limit);
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...r }) => r) };
}
