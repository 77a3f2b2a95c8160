import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { activitySnapshot, askSnapshot, planSnapshot, publishTexts } from "@/db/queries/advocacy/snapshots";
import { advocacyActivities, advocacyPlans, governmentAsks, priorities, users } from "@/db/schema";
import type { AdvocacyActivity, AdvocacyPlan, GovernmentAsk } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import { loadForUpdate, publishRow, saveWorkingCopy, type PublishableTable } from "@/lib/publishing";

/**
 * The advocacy area's use of the shared review-and-publish workflow
 * (lib/publishing.ts): which table, history name and public snapshot each
 * kind of item has, and who may edit it.
 */
export const advocacyKinds = ["plan", "activity", "ask"] as const;
export type AdvocacyKind = (typeof advocacyKinds)[number];
type RowOf = { plan: AdvocacyPlan; activity: AdvocacyActivity; ask: GovernmentAsk };

export const kindTable: Record<AdvocacyKind, PublishableTable> = {
  plan: advocacyPlans as unknown as PublishableTable,
  activity: advocacyActivities as unknown as PublishableTable,
  ask: governmentAsks as unknown as PublishableTable,
};

/** History (audit log) entity names. */
export const entityType: Record<AdvocacyKind, string> = {
  plan: "advocacy_plan",
  activity: "advocacy_activity",
  ask: "government_ask",
};

export function snapshotFor<K extends AdvocacyKind>(kind: K, row: RowOf[K]): Record<string, unknown> | null {
  if (kind === "plan") return planSnapshot(row as AdvocacyPlan);
  if (kind === "activity") return activitySnapshot(row as AdvocacyActivity);
  return askSnapshot(row as GovernmentAsk);
}

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
export async function loadOwned<K extends AdvocacyKind>(tx: Tx, kind: K, id: string): Promise<Owned<RowOf[K]> | null> {
  const row = (await loadForUpdate(tx, kindTable[kind], id)) as RowOf[K] | null;
  if (!row) return null;
  const [p] = await tx.select({ unitId: priorities.responsibleUnitId }).from(priorities).where(eq(priorities.id, row.priorityId));
  const responsible = kind === "activity" ? (row as AdvocacyActivity).responsibleUserId : null;
  return { row, unitId: p?.unitId ?? null, contactIds: responsible ? [responsible] : [] };
}


/** Coordinators and admins edit every advocacy item; editors those of their unit's priorities (or actions they are responsible for). */
export function mayEdit(actor: Actor, owner: { unitId: string | null; contactIds?: string[] }): boolean {
  return canEditOwned(actor, owner, "advocacy.manage", "advocacy.editOwn");
}

/** An editor may create items only for priorities of their own unit. */
export function mayCreateFor(actor: Actor, priority: { unitId: string | null }): boolean {
  return canEditOwned(actor, { unitId: priority.unitId }, "advocacy.manage", "advocacy.editOwn");
}

/**
 * Review state after a save. An editor's change to anything public (or
 * already published) waits for a coordinator; everything else is a draft
 * until someone who may publish approves it.
 */
export function stateAfterSave(actor: Actor, item: { visibility: "public" | "internal"; published: unknown }): "draft" | "pending" {
  if (can(actor.role, "content.publish")) return "draft";
  return item.visibility === "public" || item.published ? "pending" : "draft";
}

/** "Publish now" is for those who may publish; anyone else sending it is refused. */
export function checkPublishNow(actor: Actor, publishNow: boolean): boolean {
  if (publishNow && !can(actor.role, "content.publish")) return false;
  return true;
}

/** Publish (or approve as internal) a working copy, with the shared workflow. */
export async function publishItem<K extends AdvocacyKind>(options: {
  tx: Tx;
  kind: K;
  row: RowOf[K];
  expectedVersion: number;
  actor: Actor;
  audit: AuditFn;
}) {
  const { tx, kind, row, expectedVersion, actor, audit } = options;
  const snapshot = snapshotFor(kind, row);
  const { texts, required } = publishTexts(kind, row);
  return publishRow({
    tx,
    table: kindTable[kind],
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

/**
 * Lock an item for an edit that may move it to another priority: null (404)
 * when it is missing or archived, or the new priority is; `target` is the new
 * priority (whose unit must also allow the editor), null when it stays.
 */
export async function loadForEdit<K extends AdvocacyKind>(tx: Tx, kind: K, id: string, priorityId?: string) {
  const owned = await loadOwned(tx, kind, id);
  if (!owned || owned.row.archivedAt) return null;
  const moved = priorityId !== undefined && owned.row.priorityId !== priorityId;
  const target = moved ? await loadPriority(tx, priorityId) : null;
  if (moved && !target) return null;
  return { ...owned, target };
}

/** May the actor save this edit: the item's owner rules, the new priority's too when it moves, and "publish now" only for publishers. */
export function mayEditItem(actor: Actor, item: Owned<unknown> & { target: { unitId: string | null } | null }, publishNow: boolean): boolean {
  return mayEdit(actor, item) && (!item.target || mayCreateFor(actor, item.target)) && checkPublishNow(actor, publishNow);
}

/**
 * The one save path of plans, actions and asks: write the working copy with
 * its history entry (review state from who saves what), then publish it in
 * the same transaction when "publish now" was asked (checked in authorize).
 */
export async function saveItem<K extends AdvocacyKind>(options: {
  tx: Tx;
  kind: K;
  fields: readonly string[];
  values: Record<string, unknown> & { visibility: "public" | "internal" };
  existing?: { row: RowOf[K]; expectedVersion: number } | null;
  insertOnly?: Record<string, unknown>;
  publishNow: boolean;
  actor: Actor;
  audit: AuditFn;
}): Promise<RowOf[K]> {
  const { tx, kind, actor, audit, existing } = options;
  const reviewState = stateAfterSave(actor, { visibility: options.values.visibility, published: existing?.row.published ?? null });
  const row = await saveWorkingCopy<RowOf[K]>({
    tx,
    table: kindTable[kind],
    entityType: entityType[kind],
    fields: options.fields,
    values: options.values,
    reviewState,
    existing,
    insertOnly: options.insertOnly,
    actor,
    audit,
  });
  if (!options.publishNow) return row;
  return (await publishItem({ tx, kind, row, expectedVersion: row.version, actor, audit })) as RowOf[K];
}

/** A responsible person must be an active account. */
export async function checkResponsible(tx: Tx, userId: string | null, field = "responsibleUserId") {
  if (!userId) return;
  const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.active, true)));
  if (!u) throw new ActionError("invalid", { key: "errors.invalid" }, { [field]: [{ key: "errors.unknownItem" }] });
}
