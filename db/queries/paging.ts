import { sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Sort } from "@/lib/paging";
import type { Db } from "../client";

/**
 * The SQL halves of a paged, sorted list (the paging itself is `fetchPage`
 * in lib/paging.ts): the count of the list's filter, the sort direction and
 * a translatable text as a sort key.
 */

/** `fetchPage`'s count: how many rows of `table` match `where`. */
export const countWhere = (db: Db, table: PgTable, where: SQL | undefined) => async () =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(where))[0]?.n ?? 0;

/** `asc` or `desc`, to write after a sort key. */
export const sortDirection = (sort: Sort<string>): SQL => (sort.desc ? sql`desc` : sql`asc`);

/** A list's ORDER BY for the chosen sort: `orders` gives each key's order, written with the direction (`asc`/`desc`) it is handed. */
export const sortOrder = <K extends string>(sort: Sort<K>, orders: (direction: SQL) => Record<K, SQL>): SQL => orders(sortDirection(sort))[sort.key];

/** The language a list is sorted in: the page's, Finnish for anything else. */
export const sortLanguage = (locale: string) => (["fi", "sv", "en"].includes(locale) ? locale : "fi");

/**
 * A translatable text (`{ fi, sv?, en? }`) as a sort key: its text in `locale`, else the Finnish, lower-cased.
 * The language is written into the SQL as a literal (one of three), not sent as a parameter, so that an
 * expression index on the same expression (e.g. `networks_list_name_fi`) serves the order in every plan.
 */
export const localizedSortKey = (column: PgColumn, locale: string): SQL => {
  const lang = sql.raw(`'${sortLanguage(locale)}'`);
  return sql`lower(coalesce(${column}->>${lang}, ${column}->>'fi'))`;
};

/** A list's free-text filter on a translatable text: `q` (trimmed, any case) appears in it in any language; nothing for an empty `q`. */
export const localizedContains = (column: PgColumn, q: string | undefined): SQL | undefined => {
  const needle = q?.trim().toLowerCase();
  return needle ? sql`position(${needle} in lower(concat_ws(' ', ${column}->>'fi', ${column}->>'sv', ${column}->>'en'))) > 0` : undefined;
};
