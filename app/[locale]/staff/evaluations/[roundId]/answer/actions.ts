"use server";

import { and, eq, ne, sql } from "drizzle-orm";
import { evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { answerInput } from "@/lib/advocacy/schemas";
import { RESPONSE_ENTITY } from "@/lib/evaluation/rounds";

/**
 * A respondent saves their questionnaire as a draft or submits it. Only their
 * own questionnaire, only while the round is open, only once. The history
 * records that they saved or submitted, never the scores or texts, so that an
 * anonymous round stays anonymous to anyone reading the history.
 */
export const answerRound = defineAction({
  name: "evaluation.answer",
  input: answerInput,
  requires: ["evaluation.answer"],
  load: async (tx, input) => {
    const [row] = await tx
      .select({ respondent: evaluationRespondents, roundStatus: evaluationRounds.status })
      .from(evaluationRespondents)
      .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRespondents.roundId))
      .where(eq(evaluationRespondents.id, input.respondentId))
      .for("update", { of: evaluationRespondents });
    return row ?? null;
  },
  // Someone else's questionnaire is refused, whatever the caller's role.
  authorize: (actor, item) => item.respondent.userId === actor.id,
  run: async ({ tx, actor, input, item, audit }) => {
    const { respondent } = item;
    if (item.roundStatus === "closed") throw new ActionError("invalid", { key: "errors.roundClosed" });
    if (item.roundStatus !== "open") throw new ActionError("invalid", { key: "errors.roundNotOpen" });
    if (respondent.status === "submitted") throw new ActionError("invalid", { key: "errors.alreadySubmitted" });

    const questions = await tx
      .select({ id: evaluationQuestions.id })
      .from(evaluationQuestions)
      .where(eq(evaluationQuestions.roundId, respondent.roundId));
    const questionIds = new Set(questions.map((q) => q.id));
    for (const id of Object.keys(input.answers)) {
      if (!questionIds.has(id)) throw new ActionError("invalid", { key: "errors.unknownItem" });
    }
    if (input.intent === "submit") {
      const missing: FieldErrors = {};
      for (const q of questions) if (!input.answers[q.id]?.score) missing[`answers.${q.id}.score`] = [{ key: "errors.score" }];
      if (Object.keys(missing).length) throw new ActionError("invalid", { key: "errors.scoresMissing" }, missing);
    }

    // The version guards against a draft saved from two tabs; the status
    // condition makes a second submission impossible even when two arrive at once.
    const submit = input.intent === "submit";
    const [updated] = await tx
      .update(evaluationRespondents)
      .set({
        status: submit ? "submitted" : "draft",
        submittedAt: submit ? new Date() : null,
        version: sql`${evaluationRespondents.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(evaluationRespondents.id, respondent.id),
          eq(evaluationRespondents.version, input.version),
          ne(evaluationRespondents.status, "submitted"),
        ),
      )
      .returning();
    if (!updated) {
      throw new ActionError("conflict", { key: "errors.answersChangedElsewhere" }, undefined, { by: actor.name, at: respondent.updatedAt.toISOString() });
    }
    for (const [questionId, answer] of Object.entries(input.answers)) {
      await tx
        .insert(evaluationAnswers)
        .values({ respondentId: respondent.id, questionId, score: answer.score, developmentNeeds: answer.needs })
        .onConflictDoUpdate({
          target: [evaluationAnswers.respondentId, evaluationAnswers.questionId],
          set: { score: answer.score, developmentNeeds: answer.needs, updatedAt: new Date() },
        });
    }
    await audit({
      entityType: RESPONSE_ENTITY,
      entityId: respondent.id,
      action: submit ? "submit" : "save_draft",
      version: updated.version,
      after: { answered: Object.values(input.answers).filter((a) => a.score !== null).length, of: questions.length },
    });
    return { version: updated.version, status: updated.status, roundId: respondent.roundId };
  },
  revalidate: (_input, data) => ({ paths: ["/staff/evaluations", `/staff/evaluations/${data.roundId}`, `/staff/evaluations/${data.roundId}/answer`, "/staff"] }),
});
