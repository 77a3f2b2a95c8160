// The page caches' two timing settings, read in one place for both sides that need them: the app (bundled,
// lib/public-cache/generation.ts and staff.ts) and the production server's read-your-writes window
// (scripts/workers.mjs, plain Node outside the bundle). Plain JavaScript so that both can import it.

/**
 * How often a process re-reads the change counters (PUBLIC_CACHE_CHECK_MS, default 1000; 0: before every
 * request that needs them). A value that is not a number ≥ 0 counts as the default.
 * @returns {number}
 */
export function changeCheckIntervalMs() {
  const value = Number(process.env.PUBLIC_CACHE_CHECK_MS ?? 1000);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

/**
 * How long a person's copy of a staff page may go on being served after someone else's save
 * (STAFF_CACHE_LAG_MS, default 1000; 0 or anything not a positive number: never). A reader cannot tell a
 * save made a second ago from one about to be made; what they would notice is a server that renders the
 * same list once per save while colleagues save every few milliseconds — the renders then crowd out the
 * saves (issue 17). Their own saves show at once (`wroteRecently`), and so does everything after the
 * second, as on the server's other copies (PUBLIC_CACHE_CHECK_MS).
 * @returns {number}
 */
export function staffLagMs() {
  const value = Number(process.env.STAFF_CACHE_LAG_MS ?? 1000);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * How long after a person's save their requests re-read the counters and get no copy from before it: longer
 * than both the counters' interval and the staff copies' lag, with 2 s for the clocks of several servers.
 * @returns {number}
 */
export function rereadWindowMs() {
  return Math.max(changeCheckIntervalMs(), staffLagMs()) + 2000;
}
