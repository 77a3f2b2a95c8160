import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { buildMeasureSnapshot, measureTexts, prioritiesInPeriod, staffUsers } from "@/db/queries/strategy/write-measures";
import { measures, units, type Measure } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError, type FieldErrors, invalidField } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";
import { publishRow } from "@/lib/publishing";
import { effectiveEnd } from "./dates";
import { dueBeforeStart, type MeasureInput } from "./measure-input";

/** Domain checks of a measure form that zod cannot do: dates in order, ids that exist. */
export async function checkMeasureReferences(tx: Tx, input: MeasureInput, periodId: string, priorityIds: string[], contactIds: string[]) {
  if (dueBeforeStart(input, effectiveEnd)) throw invalidField("dueDate", "dueBeforeStart");
  const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.responsibleUnitId));
  if (!unit) throw invalidField("responsibleUnitId", "unknownItem");
  const okPriorities = await prioritiesInPeriod(tx, periodId, priorityIds);
  if (priorityIds.some((id) => !okPriorities.has(id))) throw invalidField("priorityIds", "unknownItem");
  const okContacts = await staffUsers(tx, contactIds);
  if (contactIds.some((id) => !okContacts.has(id))) throw invalidField("contactIds", "unknownItem");
}

/**
 * Publish a measure: its public snapshot (with milestones) replaces the
 * published one. An internal measure publishes "nothing public". Missing
 * Finnish/Swedish texts are reported on the form's own fields.
 */
export async function publishMeasure(ctx: { tx: Tx; actor: Actor; audit: AuditFn }, row: Measure, expectedVersion: number) {
  const snapshot = await buildMeasureSnapshot(ctx.tx, row);
  const texts = snapshot ? measureTexts(snapshot) : {};
  try {
    return await publishRow({
      ...ctx,
      table: measures,
      entityType: "measure",
      row,
      expectedVersion,
      snapshot,
      texts,
      requiredTexts: Object.keys(texts),
    });
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
