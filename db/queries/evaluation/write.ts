import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds, priorities, users, type EvaluationRound } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { can, type Actor, type Role } from "@/lib/permissions";

/** History name of rounds and of a respondent's questionnaire. */
export const ROUND_ENTITY = "evaluation_round";
export const RESPONSE_ENTITY = "evaluation_response";

const fieldError = (field: string, key: string) => new ActionError("invalid", { key: "errors.invalid" }, { [field]: [{ key }] });

export async function lockRound(tx: Tx, id: string): Promise<EvaluationRound | null> {
  const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.id, id)).for("update");
  return round ?? null;
}

/** Bump a round's version if it is still at the one the form was loaded at. */
export async function bumpRound(tx: Tx, round: EvaluationRound, expectedVersion: number, values: Partial<EvaluationRound>, actor: Actor) {
  const [updated] = await tx
    .update(evaluationRounds)
    .set({ ...values, version: sql`${evaluationRounds.version} + 1`, updatedAt: new Date(), updatedBy: actor.id })
    .where(and(eq(evaluationRounds.id, round.id), eq(evaluationRounds.version, expectedVersion)))
    .returning();
  if (!updated) {
    const [by] = round.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, round.updatedBy)) : [];
    const at = round.updatedAt.toISOString();
    throw new ActionError("conflict", { key: "errors.conflict", params: { name: by?.name ?? "?", at } }, undefined, { by: by?.name ?? null, at });
  }
  return updated;
}

/** Every chosen priority exists and is not archived. */
export async function checkPriorities(tx: Tx, ids: string[]) {
  const found = await tx.select({ id: priorities.id }).from(priorities).where(and(inArray(priorities.id, ids), isNull(priorities.archivedAt)));
  if (found.length !== ids.length) throw fieldError("priorityIds", "errors.unknownItem");
}

/** Respondents are active accounts whose role may answer evaluations (executives and named experts). */
export async function checkRespondents(tx: Tx, ids: string[]) {
  const found = await tx.select({ id: users.id, role: users.role, active: users.active }).from(users).where(inArray(users.id, ids));
  const ok = found.filter((u) => u.active && u.role && can(u.role as Role, "evaluation.answer"));
  if (ok.length !== ids.length) throw fieldError("respondentIds", "errors.unknownItem");
}

export async function setQuestions(tx: Tx, roundId: string, priorityIds: string[]) {
  await tx.insert(evaluationQuestions).values(priorityIds.map((priorityId, i) => ({ roundId, priorityId, sortOrder: i })));
}

/**
 * Replace a round's respondents. Someone who has already started answering
 * cannot be removed (their answers would be lost).
 */
export async function syncRespondents(tx: Tx, roundId: string, wanted: string[]) {
  const current = await tx
    .select({ id: evaluationRespondents.id, userId: evaluationRespondents.userId, status: evaluationRespondents.status })
    .from(evaluationRespondents)
    .where(eq(evaluationRespondents.roundId, roundId));
  const removed = current.filter((r) => !wanted.includes(r.userId));
  if (removed.some((r) => r.status !== "invited")) throw fieldError("respondentIds", "errors.respondentStarted");
  if (removed.length) await tx.delete(evaluationRespondents).where(inArray(evaluationRespondents.id, removed.map((r) => r.id)));
  const added = wanted.filter((id) => !current.some((r) => r.userId === id));
  if (added.length) await tx.insert(evaluationRespondents).values(added.map((userId) => ({ roundId, userId })));
  return { added, removed: removed.map((r) => r.userId) };
}

/** While a round is a draft its questions may change; once open they are fixed (answers refer to them). */
export async function syncQuestions(tx: Tx, round: EvaluationRound, wanted: string[]) {
  const current = await tx.select({ id: evaluationQuestions.id, priorityId: evaluationQuestions.priorityId }).from(evaluationQuestions).where(eq(evaluationQuestions.roundId, round.id));
  const same = current.length === wanted.length && current.every((q) => wanted.includes(q.priorityId));
  if (same) return false;
  if (round.status !== "draft") throw fieldError("priorityIds", "errors.questionsLocked");
  const ids = current.map((q) => q.id);
  if (ids.length) {
    await tx.delete(evaluationAnswers).where(inArray(evaluationAnswers.questionId, ids));
    await tx.delete(evaluationQuestions).where(inArray(evaluationQuestions.id, ids));
  }
  await setQuestions(tx, round.id, wanted);
  return true;
}

/** A respondent's questionnaire with its round's status, locked for the save. */
export async function lockRespondent(tx: Tx, respondentId: string) {
  const [row] = await tx
    .select({ respondent: evaluationRespondents, roundStatus: evaluationRounds.status })
    .from(evaluationRespondents)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRespondents.roundId))
    .where(eq(evaluationRespondents.id, respondentId))
    .for("update", { of: evaluationRespondents });
  return row ?? null;
}

/** The ids of a round's questions. */
export async function roundQuestionIds(tx: Tx, roundId: string): Promise<string[]> {
  const rows = await tx.select({ id: evaluationQuestions.id }).from(evaluationQuestions).where(eq(evaluationQuestions.roundId, roundId));
  return rows.map((q) => q.id);
}

/**
 * Save a questionnaire as a draft or submit it. The version guards against a
 * draft saved from two tabs; the status condition makes a second submission
 * impossible even when two arrive at once. Null when either refused the save.
 */
export async function saveResponse(
  tx: Tx,
  respondentId: string,
  expectedVersion: number,
  submit: boolean,
  answers: Record<string, { score: number | null; needs: string | null }>,
) {
  const [updated] = await tx
    .update(evaluationRespondents)
    .set({
      status: submit ? "submitted" : "draft",
      submittedAt: submit ? new Date() : null,
      version: sql`${evaluationRespondents.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(evaluationRespondents.id, respondentId), eq(evaluationRespondents.version, expectedVersion), ne(evaluationRespondents.status, "submitted")))
    .returning();
  if (!updated) return null;
  for (const [questionId, answer] of Object.entries(answers)) {
    await tx
      .insert(evaluationAnswers)
      .values({ respondentId, questionId, score: answer.score, developmentNeeds: answer.needs })
      .onConflictDoUpdate({
        target: [evaluationAnswers.respondentId, evaluationAnswers.questionId],
        set: { score: answer.score, developmentNeeds: answer.needs, updatedAt: new Date() },
      });
  }
  return updated;
}

/** Insert a round as prepared by a coordinator. */
export async function insertRound(tx: Tx, values: Pick<EvaluationRound, "name" | "periodId" | "opensOn" | "closesOn" | "anonymous" | "minAnswers">, actor: Actor) {
  const [round] = await tx.insert(evaluationRounds).values({ ...values, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!round) throw new Error("round not created");
  return round;
}
