import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/** Rows of a raw query on either driver (postgres.js returns an array, PGlite `{ rows }`). */
export async function rawRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

let tableNames: string[] | undefined;

async function tables(db: Db): Promise<string[]> {
  tableNames ??= (
    await rawRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => r.name);
  return tableNames;
}

/**
 * A fingerprint of every table in the app's schema: its row count and the
 * newest transaction id among its rows (xmin). Any committed insert or
 * update gives a row a newer xmin, and a delete changes the count, so equal
 * before and after means nothing was written; a row lock (SELECT … FOR
 * UPDATE) or a rolled-back write does not count. One query, and far cheaper
 * than hashing every row, so it can be taken around every refused call.
 */
export async function databaseChecksum(db: Db): Promise<Map<string, string>> {
  const names = await tables(db);
  if (!names.length) return new Map();
  const parts = names.map(
    (name) =>
      `select '${name}' as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as sum from "${name}"`,
  );
  const rows = await rawRows<{ name: string; sum: string }>(db, sql.raw(parts.join(" union all ")));
  return new Map(rows.map((r) => [r.name, r.sum]));
}

/** Names of the tables whose rows differ between two checksums. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/** Forget the cached table list (a test file that migrates further). */
export function resetChecksumTables() {
  tableNames = undefined;
}
