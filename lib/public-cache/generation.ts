import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/**
 * "Has anything public changed?" Every write in the app leaves a history
 * record in the same transaction (the action wrapper insists on it), and a
 * deferred trigger on the history raises the one-row counter
 * `public_generation` when such a transaction commits. The row lock orders
 * the raises by commit, so the value read after a commit includes every
 * transaction that committed before it — exact, unlike the newest history id
 * (ids follow insert order: a transaction with a lower id committing later
 * was missed for good). One primary-key read at most once per interval per
 * process. Feedback messages are left out; they never change a public page.
 *
 * The action wrapper also forces a re-check right after a write, so the
 * server that handled the publication serves the new content at once; other
 * servers notice within the interval.
 */
type State = { value: string | null; checkedAt: number; inflight: { writes: number; read: Promise<string> } | null; writes: number };
const state: State = ((globalThis as { __publicGeneration?: State }).__publicGeneration ??= { value: null, checkedAt: 0, inflight: null, writes: 0 });

const intervalMs = () => Number(process.env.PUBLIC_CACHE_CHECK_MS ?? 1000);

async function readGeneration(): Promise<string> {
  const db = await getDb();
  const rows = await db.execute<{ value: string | number | null }>(sql`select value from public_generation where id = 1`);
  // postgres.js returns an array, PGlite an object with rows.
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { value: string | number | null }[] }).rows) ?? [];
  return String(list[0]?.value ?? 0);
}

/** The current change counter, re-read from the database when older than the interval. */
export async function currentGeneration(): Promise<string> {
  if (state.value !== null && Date.now() - state.checkedAt < intervalMs()) return state.value;
  // A read that started before the latest write may miss it: start a fresh one then.
  if (state.inflight && state.inflight.writes === state.writes) return state.inflight.read;
  const writes = state.writes;
  const read = readGeneration()
    .then((value) => {
      state.value = value;
      state.checkedAt = state.writes === writes ? Date.now() : 0;
      return value;
    })
    .finally(() => {
      if (state.inflight?.read === read) state.inflight = null;
    });
  state.inflight = { writes, read };
  return read;
}

/** Called after a write: the next request re-reads the counter instead of trusting the last one. */
export function publicContentMayHaveChanged(): void {
  state.writes++;
  state.checkedAt = 0;
}
