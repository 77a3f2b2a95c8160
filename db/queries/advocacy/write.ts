import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../client";
import { advocacyActivities, advocacyPlans, governmentAsks, priorities, users } from "../../schema";
import type { AdvocacyActivity, AdvocacyPlan, GovernmentAsk } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import type { AuditFn } from "@/lib/actions/define-action";
import { entityType, type AdvocacyKind } from "@/lib/advocacy/kinds";
import type { Actor } from "@/lib/permissions";
import { loadForUpdate, publishRow, saveWorkingCopy, type PublishableTable } from "@/lib/publishing";

/**
 * The advocacy area's writes: plans, actions and asks through the shared
 * review-and-publish workflow (lib/publishing.ts), the lookups a save
 * checks. Who may save what, and the review state a save leaves, are the
 * area's rules in lib/advocacy/workflow.ts.
 */
export type AdvocacyRowOf = { plan: AdvocacyPlan; activity: AdvocacyActivity; ask: GovernmentAsk };

/** Each kind's table. */
export const advocacyTables: Record<AdvocacyKind, PublishableTable> = {
  plan: advocacyPlans as unknown as PublishableTable,
  activity: advocacyActivities as unknown as PublishableTable,
  ask: governmentAsks as unknown as PublishableTable,
};

/** The priority an item belongs to, with the unit responsible for its advocacy; null if missing or archived. */
export async function loadPriority(tx: Tx, priorityId: string) {
  const [p] = await tx
    .select({ id: priorities.id, unitId: priorities.responsibleUnitId })
    .from(priorities)
    .where(and(eq(priorities.id, priorityId), isNull(priorities.archivedAt)));
  return p ?? null;
}

export type Owned<R> = { row: R; unitId: string | null; contactIds: string[] };

/** Lock an item for a change and find who owns it (its priority's unit; an action's responsible person too). */
export async function loadOwned<K extends AdvocacyKind>(tx: Tx, kind: K, id: string): Promise<Owned<AdvocacyRowOf[K]> | null> {
  const row = (await loadForUpdate(tx, advocacyTables[kind], id)) as AdvocacyRowOf[K] | null;
  if (!row) return null;
  const [p] = await tx.select({ unitId: priorities.responsibleUnitId }).from(priorities).where(eq(priorities.id, row.priorityId));
  const responsible = kind === "activity" ? (row as AdvocacyActivity).responsibleUserId : null;
  return { row, unitId: p?.unitId ?? null, contactIds: responsible ? [responsible] : [] };
}

/** Is this an active account. */
export async function isActiveUser(tx: Tx, userId: string): Promise<boolean> {
  const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.active, true)));
  return Boolean(u);
}

/** Publish (or approve as internal) a working copy with its public snapshot, with the shared workflow. */
export function publishAdvocacyRow<K extends AdvocacyKind>(options: {
  tx: Tx;
  kind: K;
  row: AdvocacyRowOf[K];
  expectedVersion: number;
  snapshot: Record<string, unknown> | null;
  texts: Record<string, LocalizedText | null | undefined>;
  required: string[];
  actor: Actor;
  audit: AuditFn;
}) {
  const { tx, kind, row, expectedVersion, snapshot, texts, required, actor, audit } = options;
  return publishRow({
    tx,
    table: advocacyTables[kind],
    entityType: entityType[kind],
    row: row as never,
    expectedVersion,
    snapshot,
    texts,
    requiredTexts: required,
    actor,
    audit,
  });
}

/** Write an item's working copy with its history entry (a new item when `existing` is not given). */
export function saveAdvocacyWorkingCopy<K extends AdvocacyKind>(options: {
  tx: Tx;
  kind: K;
  fields: readonly string[];
  values: Record<string, unknown>;
  reviewState: "draft" | "pending";
  existing?: { row: AdvocacyRowOf[K]; expectedVersion: number } | null;
  insertOnly?: Record<string, unknown>;
  actor: Actor;
  audit: AuditFn;
}): Promise<AdvocacyRowOf[K]> {
  const { tx, kind, actor, audit, existing } = options;
  return saveWorkingCopy<AdvocacyRowOf[K]>({
    tx,
    table: advocacyTables[kind],
    entityType: entityType[kind],
    fields: options.fields,
    values: options.values,
    reviewState: options.reviewState,
    existing,
    insertOnly: options.insertOnly,
    actor,
    audit,
  });
}
