"use server";

import { lockRespondent, RESPONSE_ENTITY, roundQuestionIds, saveResponse } from "@/db/queries/evaluation/write";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { answerInput } from "@/lib/advocacy/schemas";

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
  load: (tx, input) => lockRespondent(tx, input.respondentId),
  // Someone else's questionnaire is refused, whatever the caller's role.
  authorize: (actor, item) => item.respondent.userId === actor.id,
  run: async ({ tx, actor, input, item, audit }) => {
    const { respondent } = item;
    if (item.roundStatus === "closed") throw new ActionError("invalid", { key: "errors.roundClosed" });
    if (item.roundStatus !== "open") throw new ActionError("invalid", { key: "errors.roundNotOpen" });
    if (respondent.status === "submitted") throw new ActionError("invalid", { key: "errors.alreadySubmitted" });

    const questions = await roundQuestionIds(tx, respondent.roundId);
    const questionIds = new Set(questions);
    for (const id of Object.keys(input.answers)) {
      if (!questionIds.has(id)) throw new ActionError("invalid", { key: "errors.unknownItem" });
    }
    if (input.intent === "submit") {
      const missing: FieldErrors = {};
      for (const id of questions) if (!input.answers[id]?.score) missing[`answers.${id}.score`] = [{ key: "errors.score" }];
      if (Object.keys(missing).length) throw new ActionError("invalid", { key: "errors.scoresMissing" }, missing);
    }

    const submit = input.intent === "submit";
    const updated = await saveResponse(tx, respondent.id, input.version, submit, input.answers);
    if (!updated) {
      throw new ActionError("conflict", { key: "errors.answersChangedElsewhere" }, undefined, { by: actor.name, at: respondent.updatedAt.toISOString() });
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
});
