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

/** Open a prepared round: respondents can answer from now on. */
export const openRound = defineAction({
  name: "evaluation.openRound",
  input: roundStepInput,
  requires: ["evaluation.manage"],
  load: (tx, input) => lockRound(tx, input.id),
  run: async ({ tx, actor, input, item: round, audit }) => {
    if (round.status !== "draft") throw new ActionError("invalid", { key: round.status === "closed" ? "errors.roundClosed" : "errors.roundAlreadyOpen" });
    const updated = await bumpRound(tx, round, input.version, { status: "open", openedAt: new Date() }, actor);
    await audit({ entityType: ROUND_ENTITY, entityId: round.id, action: "open", version: updated.version, before: { status: "draft" }, after: { status: "open" } });
    return { id: round.id, version: updated.version };
  },
});

/** Close a round: no more answers; only submitted questionnaires count in the results. */
export const closeRound = defineAction({
  name: "evaluation.closeRound",
  input: roundStepInput,
  requires: ["evaluation.manage"],
  load: (tx, input) => lockRound(tx, input.id),
  run: async ({ tx, actor, input, item: round, audit }) => {
    if (round.status !== "open") throw new ActionError("invalid", { key: round.status === "closed" ? "errors.roundClosed" : "errors.roundNotOpen" });
    const updated = await bumpRound(tx, round, input.version, { status: "closed", closedAt: new Date() }, actor);
    await audit({ entityType: ROUND_ENTITY, entityId: round.id, action: "close", version: updated.version, before: { status: "open" }, after: { status: "closed" } });
    return { id: round.id, version: updated.version };
  },
});
