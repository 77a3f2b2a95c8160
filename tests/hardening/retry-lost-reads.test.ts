import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { retryLostReads } from "@/db/retry-lost-reads";
import { forgetDatabaseProbe, registerDatabaseProbe, suspectDatabaseDown } from "@/lib/db-health";

const url = process.env.TEST_DB === "postgres" ? process.env.TEST_DATABASE_URL : undefined;

afterEach(() => forgetDatabaseProbe());

/**
 * Runs `statement` on a one-connection pool and, while it runs, ends that
 * session from outside, as PostgreSQL does to every session when it stops.
 */
async function cutWhileRunning(statement: string, wrap: boolean) {
  const client = postgres(url as string, { max: 1, onnotice: () => {} });
  const [row] = await client<{ pid: number }[]>`select pg_backend_pid() as pid`;
  const admin = postgres(url as string, { max: 1, onnotice: () => {} });
  const sql = wrap ? retryLostReads(client) : client;
  const running = Promise.resolve(sql.unsafe(statement)).then(
    (rows) => ({ ok: true as const, rows }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  await new Promise((r) => setTimeout(r, 150));
  await admin`select pg_terminate_backend(${row?.pid ?? 0})`;
  const result = await running;
  await Promise.all([admin.end(), client.end({ timeout: 0.1 })]); // end() waits forever for a connection the server ended
  return result;
}

describe.skipIf(!url)("a read whose connection the server dropped (PostgreSQL)", () => {
  it("is tried again on a new connection and answers; a write is not repeated", async () => {
    // Without the retry the read fails (what made a page answer 500 at a database restart).
    expect((await cutWhileRunning("select pg_sleep(0.6), 1 as one", false)).ok).toBe(false);
    const retried = await cutWhileRunning("select pg_sleep(0.6), 1 as one", true);
    expect(retried.ok && retried.rows.map((r) => r.one)).toEqual([1]);
    // Not a read: never run twice.
    expect((await cutWhileRunning("do $$ begin perform pg_sleep(0.6); end $$", true)).ok).toBe(false);
  });

  it("is not tried again while the database is known to be down (the page answers 503 at once)", async () => {
    registerDatabaseProbe(async () => false);
    suspectDatabaseDown();
    await new Promise((r) => setTimeout(r, 50));
    expect((await cutWhileRunning("select pg_sleep(0.6), 1 as one", true)).ok).toBe(false);
  });
});
