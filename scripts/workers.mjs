// The production server's (scripts/serve.mjs) worker processes: how many, the notes between them, and
// read-your-writes across them. Apart from the server, so that a unit test covers it
// (tests/foundation/serve-workers.test.ts).

import { rereadWindowMs } from "../lib/public-cache/timing.mjs";

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

/**
 * Read-your-writes across worker processes and servers. Every process keeps the database's change
 * counters for up to PUBLIC_CACHE_CHECK_MS (lib/public-cache/generation.ts) and the staff summaries by
 * them (lib/summary-cache.ts): a signed-in person's write (any request but GET/HEAD) answers with a
 * cookie of the time it ended, and for the interval after it (and a margin for servers' clocks) their
 * requests make the process that answers re-read the counters first, so they see their change at once
 * whichever worker or server answers, and no staff copy rendered before it. Nobody else pays for it;
 * signed-out visitors get no cookie. Returns whether this request is such a writer's.
 */
const wroteCookie = "helsinki-wrote";
const wroteCookiePattern = new RegExp(`(?:^|;\\s*)${wroteCookie}=(\\d{1,15})(?:;|$)`);
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export function readYourWrites(req, res, now = Date.now()) {
  const cookies = req.headers.cookie ?? "";
  if (!sessionCookie.test(cookies)) return false;
  const wrote = Number(wroteCookiePattern.exec(cookies)?.[1]);
  const wroteRecently = Boolean(wrote && Math.abs(now - wrote) < rereadWindowMs());
  if (wroteRecently) globalThis.__forgetChangeCounters?.();
  if (req.method === "GET" || req.method === "HEAD") return wroteRecently;
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const secure = req.headers["x-forwarded-proto"] === "https" || process.env.AUTH_URL?.startsWith("https:");
    res.appendHeader("Set-Cookie", `${wroteCookie}=${Date.now()}; Path=/; Max-Age=60; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
    return writeHead.apply(this, args);
  };
  return wroteRecently;
}
