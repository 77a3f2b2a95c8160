import "server-only";
import { and, asc, count, desc, eq, ne } from "drizzle-orm";
import type { Db } from "../../client";
import { evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds, goals, priorities, users } from "../../schema";
import { resultsGate } from "./results";

/** Rounds with their answering progress (for coordinators and the round list). */
export async function listRounds(db: Db) {
  const rounds = await db
    .select({
      id: evaluationRounds.id,
      name: evaluationRounds.name,
      status: evaluationRounds.status,
      opensOn: evaluationRounds.opensOn,
      closesOn: evaluationRounds.closesOn,
      anonymous: evaluationRounds.anonymous,
      closedAt: evaluationRounds.closedAt,
    })
    .from(evaluationRounds)
    .orderBy(desc(evaluationRounds.opensOn), desc(evaluationRounds.createdAt));
  const counts = await db
    .select({ roundId: evaluationRespondents.roundId, status: evaluationRespondents.status, n: count() })
    .from(evaluationRespondents)
    .groupBy(evaluationRespondents.roundId, evaluationRespondents.status);
  return rounds.map((r) => {
    const mine = counts.filter((c) => c.roundId === r.id);
    return { ...r, respondents: mine.reduce((s, c) => s + c.n, 0), submitted: mine.find((c) => c.status === "submitted")?.n ?? 0 };
  });
}

export async function getRound(db: Db, id: string) {
  const [round] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, id));
  return round ?? null;
}

export async function roundQuestions(db: Db, roundId: string) {
  return db
    .select({ id: evaluationQuestions.id, priorityId: evaluationQuestions.priorityId, title: priorities.title, goalTitle: goals.title })
    .from(evaluationQuestions)
    .innerJoin(priorities, eq(priorities.id, evaluationQuestions.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(eq(evaluationQuestions.roundId, roundId))
    .orderBy(asc(evaluationQuestions.sortOrder));
}

/**
 * Who was asked and whether they have answered, for the coordinator who
 * follows the round (and reminds). Never carries the answers themselves.
 * Whether each has answered (status, time) is null while the results are
 * hidden (`resultsGate`: round open, fewer than the minimum submitted).
 */
export async function roundRespondents(db: Db, roundId: string) {
  const [rows, gate] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, role: users.role, status: evaluationRespondents.status, submittedAt: evaluationRespondents.submittedAt })
      .from(evaluationRespondents)
      .innerJoin(users, eq(users.id, evaluationRespondents.userId))
      .where(eq(evaluationRespondents.roundId, roundId))
      .orderBy(asc(users.name)),
    resultsGate(db, roundId),
  ]);
  if (gate?.visible) return rows;
  return rows.map((r) => ({ ...r, status: null, submittedAt: null }));
}

/** People who may be chosen as respondents: active accounts whose role may answer. */
export async function listPossibleRespondents(db: Db) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
  return rows.filter((u) => u.role !== null);
}

/** The rounds a person is asked to answer, with their own status. */
export async function myQuestionnaires(db: Db, userId: string) {
  return db
    .select({
      respondentId: evaluationRespondents.id,
      status: evaluationRespondents.status,
      roundId: evaluationRounds.id,
      name: evaluationRounds.name,
      roundStatus: evaluationRounds.status,
      closesOn: evaluationRounds.closesOn,
      anonymous: evaluationRounds.anonymous,
    })
    .from(evaluationRespondents)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRespondents.roundId))
    .where(and(eq(evaluationRespondents.userId, userId), ne(evaluationRounds.status, "draft")))
    .orderBy(desc(evaluationRounds.closesOn));
}

/**
 * Open rounds still waiting for this person's answer, with the closing date
 * (for reminders and calendar feeds).
 */
export async function pendingQuestionnairesFor(db: Db, userId: string) {
  const rows = await myQuestionnaires(db, userId);
  return rows.filter((r) => r.roundStatus === "open" && r.status !== "submitted");
}

/** One person's own questionnaire in a round: never anyone else's answers. */
export async function getQuestionnaire(db: Db, roundId: string, userId: string) {
  const [respondent] = await db
    .select({ id: evaluationRespondents.id, status: evaluationRespondents.status, version: evaluationRespondents.version, submittedAt: evaluationRespondents.submittedAt })
    .from(evaluationRespondents)
    .where(and(eq(evaluationRespondents.roundId, roundId), eq(evaluationRespondents.userId, userId)));
  if (!respondent) return null;
  const answers = await db
    .select({ questionId: evaluationAnswers.questionId, score: evaluationAnswers.score, needs: evaluationAnswers.developmentNeeds })
    .from(evaluationAnswers)
    .where(eq(evaluationAnswers.respondentId, respondent.id));
  return { respondent, answers: new Map(answers.map((a) => [a.questionId, a])) };
}
