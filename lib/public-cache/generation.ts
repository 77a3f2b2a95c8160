import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workerBus } from "@/lib/worker-bus";
import { changeCheckIntervalMs } from "./timing.mjs";

/**
 * "Has anything public changed?" Every write in the app leaves a history
 * record in the same transaction (the action wrapper insists on it), and
 * deferred triggers on the history raise the counters in `public_generation`
 * when such a transaction commits: row 1, the public change counter, only for
 * records that can change a public page (not feedback, not one the writer
 * marked `publicEffect: false`, e.g. a save of a measure that was never
 * published); row 2 for every write (the staff summaries' key,
 * lib/summary-cache.ts). The row locks order the raises by commit, so the
 * value read after a commit includes every transaction that committed before
 * it — exact, unlike the newest history id (ids follow insert order: a
 * transaction with a lower id committing later was missed for good). One
 * primary-key read of both at most once per interval per process.
 *
 * The action wrapper also forces a re-check right after a write, so the
 * server that handled the publication (all its worker processes, told over
 * the workers' bus) serves the new content at once; other servers notice
 * within the interval — except for the writer: the production server (scripts/serve.mjs)
 * marks a signed-in person's write with a cookie, and forces a re-check for
 * their requests during the interval after it, whichever process or server
 * answers them (read-your-writes, `__forgetChangeCounters` below).
 */
type Counters = { public: string; any: string };
type State = { value: Counters | null; checkedAt: number; inflight: { writes: number; read: Promise<Counters> } | null; writes: number };
const state: State = ((globalThis as { __changeCounters?: State }).__changeCounters ??= { value: null, checkedAt: 0, inflight: null, writes: 0 });

type CounterRow = { id: number; value: string | number | null };

async function readCounters(): Promise<Counters> {
  const db = await getDb();
  const rows = await db.execute<CounterRow>(sql`select id, value from public_generation where id in (1, 2)`);
  // postgres.js returns an array, PGlite an object with rows.
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: CounterRow[] }).rows) ?? [];
  const of = (id: number) => String(list.find((r) => Number(r.id) === id)?.value ?? 0);
  return { public: of(1), any: of(2) };
}

/** The public change counter (moves when a public page may have changed), re-read when older than the interval. */
export async function currentGeneration(): Promise<string> {
  return (await counters()).public;
}

/** The change counter of every write (public or internal), re-read when older than the interval. */
export async function currentChangeGeneration(): Promise<string> {
  return (await counters()).any;
}

async function counters(): Promise<Counters> {
  if (state.value !== null && Date.now() - state.checkedAt < changeCheckIntervalMs()) return state.value;
  // A read that started before the latest write may miss it: start a fresh one then.
  if (state.inflight && state.inflight.writes === state.writes) return state.inflight.read;
  const writes = state.writes;
  const read = readCounters()
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

/**
 * Called after a write: the next request re-reads the counter instead of trusting the last one — in this
 * process and in this server's other worker processes, told at once (so that a page one of them keeps is
 * not served for an interval after someone saved through another).
 */
export function publicContentMayHaveChanged(): void {
  forgetCounters();
  workerBus()?.send({ kind: "written" });
}

function forgetCounters(): void {
  state.writes++;
  state.checkedAt = 0;
}

// Listen once per process (this module may be bundled more than once; the state above is shared).
const listening = globalThis as { __changeCountersListening?: boolean };
if (!listening.__changeCountersListening && workerBus()) {
  listening.__changeCountersListening = true;
  workerBus()!.on("written", forgetCounters);
}

// For scripts/serve.mjs (plain Node, outside the bundles): a request from someone who has just written
// elsewhere re-reads the counters too; neither a kept value nor a read started before it is trusted.
(globalThis as { __forgetChangeCounters?: () => void }).__forgetChangeCounters = forgetCounters;
