import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { priorities, units, users } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import type { PublishableTable } from "@/lib/publishing";

/**
 * What the review queue's comparison page reads besides the queue
 * (db/queries/review/queue.ts): the item's working copy, the names of who
 * saved it and of what its snapshots name. The review sources
 * (lib/<area>/review-source.ts) format them.
 */

/** An item's working copy by id (archived ones too: the source decides). */
export async function reviewRow<R>(db: Db, table: PublishableTable, id: string): Promise<R | null> {
  const t = table as unknown as PgTable & { id: PgColumn };
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return (row as R | undefined) ?? null;
}

/** People's names by id. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Priorities' titles by id (archived ones too: a published snapshot may name one). */
export async function priorityTitles(db: Db, ids: string[]): Promise<Map<string, LocalizedText>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(inArray(priorities.id, wanted));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Every unit's name. */
export function unitNames(db: Db): Promise<{ id: string; title: LocalizedText }[]> {
  return db.select({ id: units.id, title: units.name }).from(units);
}
