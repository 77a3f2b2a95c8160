// How many worker processes the production server (scripts/serve.mjs) runs, and the note bus between
// them. Pure and small, so that a unit test covers it (tests/hardening/serve-workers.test.ts).

/**
 * WEB_CONCURRENCY=N worker processes (`auto` or unset: one per core) on a PostgreSQL server;
 * always 1 on the embedded database (PGlite lives inside one process and its files take one).
 */
export function workerCount({ webConcurrency, databaseUrl, cores }) {
  if (!databaseUrl) return 1;
  const asked = webConcurrency === undefined || webConcurrency === "" || webConcurrency === "auto" ? cores : Number(webConcurrency);
  return Number.isFinite(asked) && asked >= 1 ? Math.floor(asked) : 1;
}

/**
 * The primary's side of the workers' notes (`{ workerBus: note }` messages): a note from one worker goes to
 * every other one; a "claim" (an import job taken by the upload that runs it) is answered to the asker only,
 * and only the first claim of an id is granted. `workers()` lists the live workers, `now()` the clock.
 */
export function createNoteRelay({ workers, now = Date.now, keepMs = 60 * 60_000 }) {
  const claimed = new Map(); // id → when
  return (from, message) => {
    const note = message && typeof message === "object" ? message.workerBus : undefined;
    if (!note || typeof note !== "object") return;
    if (note.kind === "claim") {
      const at = now();
      for (const [id, when] of claimed) if (at - when > keepMs) claimed.delete(id);
      const granted = typeof note.id === "string" && !claimed.has(note.id);
      if (granted) claimed.set(note.id, at);
      from.send({ workerBus: { kind: "claimed", ask: note.ask, granted } });
      return;
    }
    for (const worker of workers()) if (worker !== from && worker.isConnected()) worker.send(message);
  };
}
