"use server";

import {
  bumpRound,
  checkPriorities,
  checkRespondents,
  insertRound,
  lockRound,
  ROUND_ENTITY,
  setQuestions,
  syncQuestions,
  syncRespondents,
} from "@/db/queries/evaluation/write";
import { defineAction } from "@/lib/actions/define-action";
import { stepActions } from "@/lib/actions/step-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { createRoundInput, roundStepInput, updateRoundInput } from "@/lib/advocacy/schemas";
import { changedFields } from "@/lib/publishing";

const roundFields = ["name", "periodId", "opensOn", "closesOn", "anonymous", "minAnswers"] as const;

/** A coordinator prepares a round: name, answering period, priorities to rate, respondents. */
export const createRound = defineAction({
  name: "evaluation.createRound",
  input: createRoundInput,
  requires: ["evaluation.manage"],
  run: async ({ tx, actor, input, audit }) => {
    await checkPriorities(tx, input.priorityIds);
    await checkRespondents(tx, input.respondentIds);
    const round = await insertRound(
      tx,
      { name: input.name, periodId: input.periodId, opensOn: input.opensOn, closesOn: input.closesOn, anonymous: input.anonymous, minAnswers: input.minAnswers },
      actor,
    );
    await setQuestions(tx, round.id, input.priorityIds);
    await syncRespondents(tx, round.id, input.respondentIds);
    await audit({
      entityType: ROUND_ENTITY,
      entityId: round.id,
      action: "create",
      version: round.version,
      after: { ...Object.fromEntries(roundFields.map((f) => [f, round[f]])), priorityIds: input.priorityIds, respondentIds: input.respondentIds },
    });
    return { id: round.id, version: round.version };
  },
});

/** Edit a round. A closed round is final; an open one keeps its questions. */
export const updateRound = defineAction({
  name: "evaluation.updateRound",
  input: updateRoundInput,
  requires: ["evaluation.manage"],
  load: (tx, input) => lockRound(tx, input.id),
  run: async ({ tx, actor, input, item: round, audit }) => {
    if (round.status === "closed") throw new ActionError("invalid", { key: "errors.roundClosed" });
    // Once answers may have come in, who may see what is fixed: anonymity and the minimum of answers.
    if (round.status !== "draft" && input.anonymous !== round.anonymous) throw invalidField("anonymous", "anonymityFixed");
    if (round.status !== "draft" && input.minAnswers !== round.minAnswers) throw invalidField("minAnswers", "minAnswersFixed");
    await checkPriorities(tx, input.priorityIds);
    await checkRespondents(tx, input.respondentIds);
    const updated = await bumpRound(
      tx,
      round,
      input.version,
      { name: input.name, periodId: input.periodId, opensOn: input.opensOn, closesOn: input.closesOn, anonymous: input.anonymous, minAnswers: input.minAnswers },
      actor,
    );
    const questionsChanged = await syncQuestions(tx, round, input.priorityIds);
    const people = await syncRespondents(tx, round.id, input.respondentIds);
    const diff = changedFields(round, updated, [...roundFields]);
    await audit({
      entityType: ROUND_ENTITY,
      entityId: round.id,
      action: "update",
      version: updated.version,
      before: diff.before,
      after: { ...diff.after, ...(questionsChanged ? { priorityIds: input.priorityIds } : {}), respondentsAdded: people.added, respondentsRemoved: people.removed },
    });
    return { id: round.id, version: updated.version };
  },
});

/** A round's steps: a coordinator opens and closes it; each locks the round and checks its version. */
const roundStep = stepActions({ requires: ["evaluation.manage"], load: lockRound, input: roundStepInput });

/**
 * Move a round from one status to the next (stamping when); a round in another
 * status is refused with the key for its status (`closed`, or the other one).
 */
const moveRound = (action: "open" | "close", from: "draft" | "open", to: "open" | "closed", stamp: "openedAt" | "closedAt", otherKey: string) =>
  roundStep(`evaluation.${action}Round`, async ({ tx, actor, input, item: round, audit }) => {
    if (round.status !== from) throw new ActionError("invalid", { key: round.status === "closed" ? "errors.roundClosed" : otherKey });
    const updated = await bumpRound(tx, round, input.version, { status: to, [stamp]: new Date() }, actor);
    await audit({ entityType: ROUND_ENTITY, entityId: round.id, action, version: updated.version, before: { status: from }, after: { status: to } });
    return { id: round.id, version: updated.version };
  });

/** Open a prepared round: respondents can answer from now on. */
export const openRound = moveRound("open", "draft", "open", "openedAt", "errors.roundAlreadyOpen");

/** Close a round: no more answers; only submitted questionnaires count in the results. */
export const closeRound = moveRound("close", "open", "closed", "closedAt", "errors.roundNotOpen");
