import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import { missingRequiredTranslations } from "@/lib/i18n/localized";
import type { Actor } from "@/lib/permissions";
import { ActionError, type FieldErrors } from "./actions/result";
import type { AuditFn } from "./actions/define-action";

/**
 * The review-and-publish workflow shared by every area (strategy, advocacy,
 * EU funding, networks). A publishable table has the columns of
 * `publication()`; its rows are working copies, and `published` holds the
 * public snapshot.
 */
export type PublishableTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  reviewState: PgColumn;
  reviewComment: PgColumn;
  published: PgColumn;
  publishedAt: PgColumn;
  publishedVersion: PgColumn;
  archivedAt: PgColumn;
  updatedAt: PgColumn;
  updatedBy: PgColumn;
};

/** Any table edited under the version check (publishable ones, and users, units, feedback). */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn; updatedBy?: PgColumn };

type Row = Record<string, unknown> & { id: string; version: number; updatedAt: Date; updatedBy?: string | null };

/** Refuse with "changed by X at T" when the row is no longer at the version the form was based on. */
async function conflict(tx: Tx, table: VersionedTable, id: string): Promise<never> {
  const [current] = (await tx.select().from(table as PgTable).where(eq(table.id, id))) as Row[];
  if (!current) throw new ActionError("not_found");
  let by: string | null = null;
  if (current.updatedBy) {
    const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, current.updatedBy));
    by = u?.name ?? null;
  }
  throw new ActionError(
    "conflict",
    { key: "errors.conflict", params: { name: by ?? "?", at: current.updatedAt.toISOString() } },
    undefined,
    { by, at: current.updatedAt.toISOString() },
  );
}

/**
 * Update a row only if it is still at `expectedVersion`; bumps the version.
 * Returns the row after the update. Two saves from the same version: exactly
 * one wins, the other gets a conflict.
 */
export async function updateVersioned<R extends Row>(
  tx: Tx,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  actor: Actor,
): Promise<R> {
  const who = table.updatedBy ? { updatedBy: actor.id } : {};
  const rows = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date(), ...who } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as R[];
  if (!rows[0]) return conflict(tx, table, id);
  return rows[0];
}

/**
 * Save a working copy with its history entry, in the caller's transaction:
 * without `existing` a new row is inserted (history "create" with the values);
 * with it, the row is updated only if still at `existing.expectedVersion`
 * (history "update" with what changed among `fields`). `insertOnly` columns
 * (e.g. the parent of a new row) are set on insert and never edited.
 */
export async function saveWorkingCopy<R extends Row>(options: {
  tx: Tx;
  table: PublishableTable;
  entityType: string;
  fields: readonly string[];
  values: Record<string, unknown>;
  reviewState: "draft" | "pending";
  existing?: { row: R; expectedVersion: number } | null;
  insertOnly?: Record<string, unknown>;
  actor: Actor;
  audit: AuditFn;
}): Promise<R> {
  const { tx, table, entityType, fields, values, reviewState, existing, actor, audit } = options;
  if (existing) {
    const updated = await updateVersioned<R>(tx, table, existing.row.id, existing.expectedVersion, { ...values, reviewState }, actor);
    const diff = changedFields(existing.row, updated, [...fields]);
    await audit({ entityType, entityId: updated.id, action: "update", version: updated.version, ...diff });
    return updated;
  }
  const after = { ...options.insertOnly, ...values };
  const [row] = (await tx
    .insert(table)
    .values({ ...after, reviewState, createdBy: actor.id, updatedBy: actor.id } as never)
    .returning()) as R[];
  if (!row) throw new Error(`${entityType} not created`);
  await audit({ entityType, entityId: row.id, action: "create", version: row.version, after });
  return row;
}

/** The edited fields of a form's input, in `fields` order (ids, versions and flags left out). */
export { pickFields } from "./pick-fields";

/** Lock and read a row for an action; null when it does not exist. */
export async function loadForUpdate<R extends Row>(tx: Tx, table: PublishableTable, id: string): Promise<R | null> {
  const [row] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for("update")) as R[];
  return row ?? null;
}

/** Check that each translatable text of a snapshot has Finnish and Swedish; field → missing languages. */
export function missingTranslations(texts: Record<string, LocalizedText | null | undefined>, required: string[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const name of required) {
    const missing = missingRequiredTranslations(texts[name]);
    if (missing.length) fields[name] = [{ key: "errors.translationMissing", params: { languages: missing.join(", ") } }];
  }
  return fields;
}

/**
 * Publish a working copy: its public snapshot replaces the published one and
 * the event is recorded as a publication (the public history). `snapshot`
 * null means "approved, but nothing public" (e.g. an internal measure).
 */
export async function publishRow(options: {
  tx: Tx;
  table: PublishableTable;
  entityType: string;
  row: Row;
  expectedVersion: number;
  snapshot: Record<string, unknown> | null;
  texts: Record<string, LocalizedText | null | undefined>;
  requiredTexts: string[];
  actor: Actor;
  audit: AuditFn;
}): Promise<Row> {
  const { tx, table, entityType, row, expectedVersion, snapshot, actor, audit } = options;
  if (snapshot) {
    const missing = missingTranslations(options.texts, options.requiredTexts);
    if (Object.keys(missing).length) throw new ActionError("invalid", { key: "errors.translationsMissing" }, missing);
  }
  const before = (row.published as Record<string, unknown> | null) ?? null;
  const updated = await updateVersioned<Row>(
    tx,
    table,
    row.id,
    expectedVersion,
    { reviewState: "published", reviewComment: null, published: snapshot, publishedAt: new Date(), publishedVersion: expectedVersion + 1 },
    actor,
  );
  await audit({ entityType, entityId: row.id, action: "publish", version: updated.version, before, after: snapshot, isPublication: true });
  return updated;
}

/** Send a working copy back to its editor with a comment. */
export async function returnRow(options: {
  tx: Tx;
  table: PublishableTable;
  entityType: string;
  row: Row;
  expectedVersion: number;
  comment: string;
  actor: Actor;
  audit: AuditFn;
}): Promise<Row> {
  const { tx, table, entityType, row, expectedVersion, comment, actor, audit } = options;
  const updated = await updateVersioned<Row>(tx, table, row.id, expectedVersion, { reviewState: "returned", reviewComment: comment }, actor);
  await audit({
    entityType,
    entityId: row.id,
    action: "return",
    version: updated.version,
    before: { reviewState: row.reviewState },
    after: { reviewState: "returned", reviewComment: comment },
  });
  return updated;
}

/** Archive instead of delete: the item leaves lists and the public site, its history stays. */
export async function archiveRow(options: {
  tx: Tx;
  table: PublishableTable;
  entityType: string;
  row: Row;
  expectedVersion: number;
  actor: Actor;
  audit: AuditFn;
}): Promise<Row> {
  const { tx, table, entityType, row, expectedVersion, actor, audit } = options;
  const updated = await updateVersioned<Row>(tx, table, row.id, expectedVersion, { archivedAt: new Date() }, actor);
  await audit({ entityType, entityId: row.id, action: "archive", version: updated.version, before: { archivedAt: null }, after: { archivedAt: new Date().toISOString() } });
  return updated;
}

/**
 * The version-checked save and the archive (`updateVersioned`, `archiveRow`)
 * of one kind of item, bound to its table and its history's entity type:
 * `const rows = versionedRows<Indicator>(indicators, "indicator")`, then
 * `rows.save(tx, row, expectedVersion, values, actor)` and
 * `rows.archive(tx, row, expectedVersion, actor, audit)`.
 */
export function versionedRows<R extends Row>(table: PgTable, entityType: string) {
  return {
    save: <S extends R>(tx: Tx, row: S, expectedVersion: number, values: Record<string, unknown>, actor: Actor) =>
      updateVersioned<S>(tx, table as unknown as VersionedTable, row.id, expectedVersion, values, actor),
    archive: (tx: Tx, row: R, expectedVersion: number, actor: Actor, audit: AuditFn) =>
      archiveRow({ tx, table: table as unknown as PublishableTable, entityType, row, expectedVersion, actor, audit }),
  };
}

/** JSON with object keys sorted: jsonb gives keys back in its own order ({en, fi, sv}), so plain JSON.stringify would see a change where there is none. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Which fields of a working copy differ from before: { field: [before, after] } for the history. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: string[]) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const f of fields) {
    if (stableJson(before[f] ?? null) !== stableJson(after[f] ?? null)) {
      b[f] = before[f] ?? null;
      a[f] = after[f] ?? null;
    }
  }
  return { before: b, after: a };
}
