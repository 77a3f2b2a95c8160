import "server-only";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { env } from "@/lib/env";
import type { Db } from "../../client";
import { evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds, users } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { summarizeScores, type ScoreSummary } from "@/lib/advocacy/stats";

export type FreeText = { text: string; name: string | null };
export type PriorityResult = { questionId: string; priorityId: string; summary: ScoreSummary; freeTexts: FreeText[] };

export type ResultsGate = { visible: boolean; status: "draft" | "open" | "closed"; submitted: number; minimum: number };

/**
 * May a round's results and the list of who has answered be shown? Only once
 * the round is closed or at least `minimum` people have submitted (the
 * round's own minimum, else EVALUATION_MIN_ANSWERS, default 5): with fewer,
 * running results next to who answered would tell a coordinator one person's
 * scores. Every read of results or answering status goes through this.
 */
export async function resultsGate(db: Db, roundId: string): Promise<ResultsGate | null> {
  const [[row], [count]] = await Promise.all([
    db.select({ status: evaluationRounds.status, minAnswers: evaluationRounds.minAnswers }).from(evaluationRounds).where(eq(evaluationRounds.id, roundId)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(evaluationRespondents)
      .where(and(eq(evaluationRespondents.roundId, roundId), eq(evaluationRespondents.status, "submitted"))),
  ]);
  if (!row) return null;
  const minimum = row.minAnswers ?? env().EVALUATION_MIN_ANSWERS;
  const submitted = Number(count?.n ?? 0);
  return { visible: row.status === "closed" || submitted >= minimum, status: row.status, submitted, minimum };
}

/**
 * A round's results per priority (none while `resultsGate` hides them), from submitted questionnaires only (drafts
 * never count). Free texts only when asked for (coordinators and admins);
 * names only when the round is not anonymous — in an anonymous round names
 * are not even read, and the texts are put in alphabetical order so that their
 * order cannot point at a person either.
 */
export async function roundResults(db: Db, roundId: string, options: { freeTexts: boolean }): Promise<PriorityResult[]> {
  const [round] = await db.select({ anonymous: evaluationRounds.anonymous }).from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
  if (!round) return [];
  if (!(await resultsGate(db, roundId))?.visible) return [];
  const questions = await db
    .select({ id: evaluationQuestions.id, priorityId: evaluationQuestions.priorityId })
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.roundId, roundId))
    .orderBy(asc(evaluationQuestions.sortOrder));
  const submitted = and(eq(evaluationRespondents.roundId, roundId), eq(evaluationRespondents.status, "submitted"));
  const scores = await db
    .select({ questionId: evaluationAnswers.questionId, score: evaluationAnswers.score })
    .from(evaluationAnswers)
    .innerJoin(evaluationRespondents, eq(evaluationRespondents.id, evaluationAnswers.respondentId))
    .where(and(submitted, isNotNull(evaluationAnswers.score)));
  let texts: { questionId: string; text: string | null; name: string | null }[] = [];
  if (options.freeTexts) {
    texts = round.anonymous
      ? (
          await db
            .select({ questionId: evaluationAnswers.questionId, text: evaluationAnswers.developmentNeeds })
            .from(evaluationAnswers)
            .innerJoin(evaluationRespondents, eq(evaluationRespondents.id, evaluationAnswers.respondentId))
            .where(and(submitted, isNotNull(evaluationAnswers.developmentNeeds)))
        ).map((t) => ({ ...t, name: null }))
      : await db
          .select({ questionId: evaluationAnswers.questionId, text: evaluationAnswers.developmentNeeds, name: users.name })
          .from(evaluationAnswers)
          .innerJoin(evaluationRespondents, eq(evaluationRespondents.id, evaluationAnswers.respondentId))
          .innerJoin(users, eq(users.id, evaluationRespondents.userId))
          .where(and(submitted, isNotNull(evaluationAnswers.developmentNeeds)));
  }
  return questions.map((q) => ({
    questionId: q.id,
    priorityId: q.priorityId,
    summary: summarizeScores(scores.filter((s) => s.questionId === q.id).map((s) => s.score as number)),
    freeTexts: texts
      .filter((t) => t.questionId === q.id && t.text)
      .map((t) => ({ text: t.text as string, name: t.name }))
      .sort((a, b) => (round.anonymous ? a.text.localeCompare(b.text) : (a.name ?? "").localeCompare(b.name ?? ""))),
  }));
}

export type RoundPoint = { roundId: string; name: LocalizedText; closedAt: Date; summary: ScoreSummary };

/** Closed rounds' results for these priorities, oldest first: the comparison over rounds. */
export async function closedRoundHistory(db: Db, priorityIds: string[]): Promise<Map<string, RoundPoint[]>> {
  const out = new Map<string, RoundPoint[]>();
  if (!priorityIds.length) return out;
  const rows = await db
    .select({
      roundId: evaluationRounds.id,
      name: evaluationRounds.name,
      closedAt: evaluationRounds.closedAt,
      priorityId: evaluationQuestions.priorityId,
      questionId: evaluationQuestions.id,
    })
    .from(evaluationQuestions)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationQuestions.roundId))
    .where(and(eq(evaluationRounds.status, "closed"), inArray(evaluationQuestions.priorityId, priorityIds)))
    .orderBy(asc(evaluationRounds.closedAt));
  if (!rows.length) return out;
  const scores = await db
    .select({ questionId: evaluationAnswers.questionId, score: evaluationAnswers.score })
    .from(evaluationAnswers)
    .innerJoin(evaluationRespondents, eq(evaluationRespondents.id, evaluationAnswers.respondentId))
    .where(
      and(
        eq(evaluationRespondents.status, "submitted"),
        isNotNull(evaluationAnswers.score),
        inArray(evaluationAnswers.questionId, rows.map((r) => r.questionId)),
      ),
    );
  for (const r of rows) {
    const list = out.get(r.priorityId) ?? [];
    list.push({
      roundId: r.roundId,
      name: r.name,
      closedAt: r.closedAt ?? new Date(0),
      summary: summarizeScores(scores.filter((s) => s.questionId === r.questionId).map((s) => s.score as number)),
    });
    out.set(r.priorityId, list);
  }
  return out;
}

/** The most recent closed round's result for a priority (the priority page). */
export async function latestResultFor(db: Db, priorityId: string): Promise<RoundPoint | null> {
  const history = (await closedRoundHistory(db, [priorityId])).get(priorityId) ?? [];
  return history.at(-1) ?? null;
}
