import "server-only";
import type { Tx } from "@/db/client";
import { activitySnapshot, askSnapshot, planSnapshot, publishTexts } from "@/db/queries/advocacy/snapshots";
import { advocacyTables, isActiveUser, loadOwned, loadPriority, publishAdvocacyRow, saveAdvocacyWorkingCopy, type AdvocacyRowOf, type Owned } from "@/db/queries/advocacy/write";
import type { AdvocacyActivity, AdvocacyPlan, GovernmentAsk } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import type { AdvocacyKind } from "./kinds";

/**
 * The advocacy area's rules for the shared review-and-publish workflow
 * (lib/publishing.ts): which public snapshot each kind of item has, who may
 * edit it, the review state a save leaves. The SQL is in
 * db/queries/advocacy/write.ts.
 */
export { advocacyKinds, entityType, type AdvocacyKind } from "./kinds";
export { loadOwned, loadPriority, type Owned } from "@/db/queries/advocacy/write";
/** Each kind's table (db/queries/advocacy/write.ts). */
export const kindTable = advocacyTables;

type RowOf = AdvocacyRowOf;

export function snapshotFor<K extends AdvocacyKind>(kind: K, row: RowOf[K]): Record<string, unknown> | null {
  if (kind === "plan") return planSnapshot(row as AdvocacyPlan);
  if (kind === "activity") return activitySnapshot(row as AdvocacyActivity);
  return askSnapshot(row as GovernmentAsk);
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
  return publishAdvocacyRow({ tx, kind, row, expectedVersion, snapshot, texts, required, actor, audit });
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
  const row = await saveAdvocacyWorkingCopy<K>({
    tx,
    kind,
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
  if (!(await isActiveUser(tx, userId))) throw new ActionError("invalid", { key: "errors.invalid" }, { [field]: [{ key: "errors.unknownItem" }] });
}
