import { eq, sql } from "drizzle-orm";
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { preparingStatements } from "@/db/prepared-statements";

const url = process.env.TEST_DB === "postgres" ? process.env.TEST_DATABASE_URL : undefined;

// A table of the test's own session (temporary), so that the test needs no migrated schema.
const people = pgTable("prepared_people", { id: uuid().primaryKey(), email: text() });
type Db = ReturnType<typeof drizzle>;

/** The app's statements that the one session of a one-connection pool holds prepared on the server, after `work`. */
async function preparedAfter(wrap: boolean, work: (db: Db) => Promise<unknown>) {
  const client = postgres(url as string, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe("create temporary table prepared_people (id uuid primary key, email text)");
    const db = drizzle(wrap ? preparingStatements(client) : client, { casing: "snake_case" });
    await work(db);
    const rows = await client<{ statement: string }[]>`select statement from pg_prepared_statements`;
    return rows.map((r) => r.statement).filter((s) => s.includes("prepared_people"));
  } finally {
    await client.end({ timeout: 1 });
  }
}

const someone = "00000000-0000-0000-0000-000000000001";

describe.skipIf(!url)("the app's queries as prepared statements (PostgreSQL)", () => {
  it("are planned once per connection, in and outside transactions, and answer as before", async () => {
    const work = async (db: Db) => {
      await db.insert(people).values({ id: someone, email: "a@example.com" });
      for (let i = 0; i < 2; i++) {
        expect(await db.select({ id: people.id }).from(people).where(eq(people.id, someone))).toEqual([{ id: someone }]);
        const inside = await db.transaction(async (tx) => tx.select({ email: people.email }).from(people).where(eq(people.id, someone)).for("update"));
        expect(inside).toEqual([{ email: "a@example.com" }]);
      }
    };
    // drizzle alone asks for an unnamed statement each time: nothing stays prepared.
    expect(await preparedAfter(false, work)).toEqual([]);
    const prepared = await preparedAfter(true, work);
    expect(prepared.filter((s) => s.startsWith('select "id" from "prepared_people"'))).toHaveLength(1);
    expect(prepared.filter((s) => s.startsWith('select "email" from "prepared_people"') && s.includes("for update"))).toHaveLength(1);
  });

  it("leaves a script without parameters (a migration) to the simple protocol", async () => {
    const prepared = await preparedAfter(true, (db) => db.execute(sql.raw("select count(*) from prepared_people; select 2 as two")));
    expect(prepared).toEqual([]);
  });
});
