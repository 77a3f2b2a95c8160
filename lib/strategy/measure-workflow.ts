import "server-only";
import type { Tx } from "@/db/client";
import { goalForWrite, prioritiesInGoalPeriod, publishMeasureRow, staffUsers, unitExists } from "@/db/queries/strategy/write-measures";
import type { Measure } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError, type FieldErrors, invalidField } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";
import { effectiveEnd } from "./dates";
import { dueBeforeStart, type MeasureInput } from "./measure-input";

/**
 * Domain checks of a measure form that zod cannot do, in the order the form
 * reports them: an active goal, dates in order, ids that exist (priorities of
 * the goal's period, active staff as contacts). The four reads go out
 * together (one round trip on PostgreSQL). Returns the goal.
 */
export async function checkMeasureReferences(tx: Tx, input: MeasureInput, priorityIds: string[], contactIds: string[]) {
  const [goal, unit, okPriorities, okContacts] = await Promise.all([
    goalForWrite(tx, input.goalId),
    unitExists(tx, input.responsibleUnitId),
    prioritiesInGoalPeriod(tx, input.goalId, priorityIds),
    staffUsers(tx, contactIds),
  ]);
  if (!goal) throw invalidField("goalId", "unknownItem");
  if (dueBeforeStart(input, effectiveEnd)) throw invalidField("dueDate", "dueBeforeStart");
  if (!unit) throw invalidField("responsibleUnitId", "unknownItem");
  if (priorityIds.some((id) => !okPriorities.has(id))) throw invalidField("priorityIds", "unknownItem");
  if (contactIds.some((id) => !okContacts.has(id))) throw invalidField("contactIds", "unknownItem");
  return goal;
}

/**
 * Publish a measure: its public snapshot (with milestones) replaces the
 * published one. An internal measure publishes "nothing public". Missing
 * Finnish/Swedish texts are reported on the form's own fields.
 */
export async function publishMeasure(ctx: { tx: Tx; actor: Actor; audit: AuditFn }, row: Measure, expectedVersion: number) {
  try {
    return await publishMeasureRow(ctx, row, expectedVersion);
  } catch (error) {
    throw toFormFields(error);
  }
}

/** "title is missing sv" → the error sits on the titleSv input. */
export function toFormFields(error: unknown): unknown {
  if (!(error instanceof ActionError) || !error.fields) return error;
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(error.fields)) {
    const languages = String(messages[0]?.params?.languages ?? "");
    const target = /^milestone\d+$/.test(name) ? "milestones" : languages.includes("fi") ? `${name}Fi` : `${name}Sv`;
    (fields[target] ??= []).push(...messages);
  }
  return new ActionError(error.code, error.userMessage, fields, error.conflict);
}
