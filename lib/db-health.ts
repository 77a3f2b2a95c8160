/**
 * Whether the database answers, as last seen by this process. The proxy
 * reads it to answer pages with a clean 503 during an outage instead of
 * letting them fail one by one; db/client.ts keeps it current (a failed
 * query or a dropped connection starts a probe, and while the database is
 * down a probe runs every half second until it answers again).
 *
 * Kept on globalThis, importing only the import-free worker bus, so that the proxy and the app's
 * server code (separate bundles in one process) share one state. Each
 * process (each worker of scripts/serve.mjs, each server) finds out by
 * itself; a worker that finds the database down also tells the others of
 * its server, which then probe at once.
 */
import { workerBus } from "./worker-bus";

type Health = {
  downSince: number | null;
  /** Listening to the other worker processes of this server (scripts/serve.mjs) for "the database is down". */
  heard?: boolean;
  /** true: answers; false: refuses or drops connections; null: no answer in time (busy, not known to be down). */
  probe?: () => Promise<boolean | null>;
  probing?: Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
};

const state: Health = ((globalThis as { __helsinkiDbHealth?: Health }).__helsinkiDbHealth ??= { downSince: null });

const RETRY_MS = 500;

/** Seconds the database has been unreachable, or null when it answers. */
export function databaseDownFor(): number | null {
  return state.downSince === null ? null : (Date.now() - state.downSince) / 1000;
}

export function isDatabaseMarkedDown(): boolean {
  return state.downSince !== null;
}

/**
 * What a failed probe says: refused or dropped (false, down), or only slow — a connection that did
 * not open in time (postgres.js `CONNECT_TIMEOUT`) on a machine too busy to answer quickly is not a
 * dead database (null; under `npm run load` such a probe marked a working database down, issue 17).
 */
export function probeFailure(error: unknown): false | null {
  return (error as { code?: unknown } | null)?.code === "CONNECT_TIMEOUT" ? null : false;
}

/** Called by the database client: how to ask the database whether it answers. */
export function registerDatabaseProbe(probe: () => Promise<boolean | null>): void {
  state.probe = probe;
  // Another worker found the database down: probe at once here too (its own probe decides), so that a
  // worker whose pool was idle does not serve pages as if nothing happened until a query of its own fails.
  const bus = workerBus();
  if (bus && !state.heard) {
    state.heard = true;
    bus.on("database-down", () => suspectDatabaseDown());
  }
}

/** Something failed as if the database were gone: check now (one probe at a time; while down, the timer probes). */
export function suspectDatabaseDown(): void {
  const probe = state.probe;
  if (!probe || state.probing || (state.downSince !== null && state.timer)) return;
  state.probing = (async () => {
    const ok = await probe().catch(() => false);
    state.probing = undefined;
    if (!state.probe) return; // closed meanwhile
    if (ok === null) {
      // Slow, not refused: keep what we knew, and look again soon if it was down.
      if (state.downSince !== null) schedule();
      return;
    }
    if (ok) {
      if (state.downSince !== null) console.info(`[db] the database answers again after ${Math.round((Date.now() - state.downSince) / 1000)} s`);
      state.downSince = null;
      return;
    }
    if (state.downSince === null) {
      state.downSince = Date.now();
      console.error("[db] the database does not answer; pages answer 503 until it does");
      workerBus()?.send({ kind: "database-down" });
    }
    schedule();
  })();
}

function schedule() {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = undefined;
    suspectDatabaseDown();
  }, RETRY_MS);
  state.timer.unref?.();
}

/** The database handle was closed on purpose (tests, shutdown): stop probing and forget the state. */
export function forgetDatabaseProbe(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  state.probe = undefined;
  state.downSince = null;
}
