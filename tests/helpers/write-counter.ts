import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rawRows } from "./checksum";

/**
 * A row trigger on every table of the app counts each inserted, updated or
 * deleted row in one counter row. The counter is transactional: a write that
 * is rolled back takes its count with it, and a row lock (SELECT … FOR
 * UPDATE) or an UPDATE that matches nothing counts nothing. So "the counter
 * did not move" means "this call committed no change to any row" — read in
 * one cheap query, around every single call (test databases only).
 */
export async function installWriteCounter(db: Db): Promise<() => Promise<number>> {
  await db.execute(sql.raw(`create table if not exists test_write_counter (id int primary key, n bigint not null)`));
  await db.execute(sql.raw(`insert into test_write_counter values (1, 0) on conflict do nothing`));
  await db.execute(
    sql.raw(`create or replace function test_count_write() returns trigger language plpgsql as $$
      begin update test_write_counter set n = n + 1 where id = 1; return null; end $$`),
  );
  const tables = await rawRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'test_write_counter' order by 1`,
  );
  for (const { name } of tables) {
    await db.execute(sql.raw(`drop trigger if exists test_count_write on "${name}"`));
    await db.execute(sql.raw(`create trigger test_count_write after insert or update or delete on "${name}" for each row execute function test_count_write()`));
  }
  return async () => Number((await rawRows<{ n: string }>(db, sql`select n::text as n from test_write_counter where id = 1`))[0]?.n ?? 0);
}
