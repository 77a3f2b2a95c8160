#!/usr/bin/env node
// `npm run fault`: the database goes away under load and comes back.
//
// Starts its own PostgreSQL and a production build of the app on it, puts
// readers (public pages, a signed-in staff page, the health check) and
// writers (measure saves through the real server action) on it, stops
// PostgreSQL for FAULT_OUTAGE_SECONDS, starts it again and keeps going. It
// checks that during the outage pages and /api/health answer a clean 503 and
// saves answer "unavailable"; that no response anywhere carries a stack
// trace or SQL; that the app serves again without being restarted; and that
// every acknowledged save is in the database with its history and none is
// half-done. Prints its figures; exits 1 on any failure.
//
// `--short` is the form the test suite runs. Ports: FAULT_PORT and
// FAULT_PG_PORT, or free ones. Everything is bounded in time and runs on
// localhost. A request that was being served at the instant PostgreSQL was
// killed may get the translated error page (500, no details): it is counted
// and shown, not hidden; any 500 outside that instant fails the run.
import { createEditTargets, currentVersion, editAction, saveTarget, verifyWrites } from "./lib/edit-target.mjs";
import { leakPattern, now, pct, runWithApp, signIn, sleep } from "./lib/harness.mjs";

const short = process.argv.includes("--short");
const OUTAGE_S = Number(process.env.FAULT_OUTAGE_SECONDS ?? (short ? 4 : 15));
const WARM_S = short ? 3 : 8;
const AFTER_S = short ? 5 : 10;
// How long the app may take to serve again once PostgreSQL is back before the run fails. It
// normally takes well under a second; the window after recovery (AFTER_S) starts only once it has.
const RECOVERY_LIMIT_S = 20;
const READERS = short ? 6 : 16;
const WRITERS = short ? 3 : 8;
// The page cache checks the change counters once a second (PUBLIC_CACHE_CHECK_MS): a copy served later than
// this into an outage was not checked against the database at all.
const CACHED_GRACE_MS = 2000;
const HARD_LIMIT_MS = (WARM_S + OUTAGE_S + RECOVERY_LIMIT_S + AFTER_S + 180) * 1000;

const readPaths = ["/fi", "/sv", "/en", "/fi/signin", "/api/health", "/fi/staff/strategy"];

runWithApp({ tag: "fault", pgPortVar: "FAULT_PG_PORT", appPortVar: "FAULT_PORT", database: "fault_app", limitMs: HARD_LIMIT_MS }, async ({ app, pg, databaseUrl }) => {
  const { base } = app;
  const pid = app.child.pid;
  const cookie = await signIn(base, "coordinator@example.com");
  const targets = await createEditTargets(databaseUrl, WRITERS, `fault-${Date.now().toString(36)}`);
  const action = editAction();

  const log = []; // { start, end, kind, path, status, code, leak }
  const acked = [];
  let running = true;
  let seq = 0;

  const reader = async (i) => {
    let n = i;
    while (running) {
      const p = readPaths[n++ % readPaths.length];
      const start = now();
      try {
        const r = await fetch(base + p, { headers: p.startsWith("/fi/staff") ? { Cookie: cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(15_000) });
        const text = await r.text();
        const cached = r.status === 200 && /^(hit|stale)$/.test(r.headers.get("x-public-cache") ?? r.headers.get("x-staff-cache") ?? "");
        log.push({ start, end: now(), kind: p === "/api/health" ? "health" : "page", path: p, status: r.status, cached, leak: leakPattern.test(text) ? text.slice(0, 200) : null });
      } catch (error) {
        log.push({ start, end: now(), kind: "page", path: p, status: 0, error: String(error) });
      }
      await sleep(20);
    }
  };

  const writer = async (target) => {
    while (running) {
      const marker = `fault-${target.id.slice(0, 8)}-${++seq}`;
      const start = now();
      try {
        const r = await saveTarget(base, action, target, marker, cookie);
        const code = r.result ? (r.result.ok ? "ok" : r.result.code) : "no-result";
        if (r.result?.ok) acked.push({ id: target.id, marker });
        log.push({ start, end: now(), kind: "save", path: action.page, status: r.status, code, leak: leakPattern.test(r.text) ? r.text.slice(0, 200) : null });
        if (code === "conflict") {
          // A save whose answer was lost in the outage did commit: carry on from the version the database has.
          const v = await currentVersion(databaseUrl, target).catch(() => undefined);
          if (v) target.version = v;
        }
      } catch (error) {
        log.push({ start, end: now(), kind: "save", path: action.page, status: 0, code: "network", error: String(error) });
      }
      await sleep(50);
    }
  };

  const t0 = now();
  const workers = [...Array.from({ length: READERS }, (_, i) => reader(i)), ...targets.map((t) => writer(t))];
  await sleep(WARM_S * 1000);
  const stopBegin = now();
  pg.stop();
  const stopDone = now();
  console.info(`[fault] PostgreSQL stopped (${Math.round(stopDone - stopBegin)} ms); outage of ${OUTAGE_S} s under load`);
  await sleep(OUTAGE_S * 1000);
  const startBegin = now();
  pg.start();
  const startDone = now();
  console.info(`[fault] PostgreSQL started again (${Math.round(startDone - startBegin)} ms)`);
  // Wait for the first page served again (bounded), then keep the load on for AFTER_S.
  const servedAgain = () => log.some((r) => r.start >= startDone && r.status === 200 && r.kind !== "save");
  while (!servedAgain() && now() - startDone < RECOVERY_LIMIT_S * 1000) await sleep(100);
  await sleep(AFTER_S * 1000);
  running = false;
  await Promise.all(workers);
  const t1 = now();

  // Figures and checks.
  const problems = [];
  const during = log.filter((r) => r.start >= stopDone + 50 && r.end <= startBegin);
  const cut = log.filter((r) => r.start < stopDone + 50 && r.end > stopBegin); // in flight when the database went away
  const after = log.filter((r) => r.start >= startDone);
  const firstOk = after.find((r) => r.status === 200 && r.kind !== "save");
  const recoveredAt = firstOk ? firstOk.end : null;
  const settled = recoveredAt === null ? [] : after.filter((r) => r.start > recoveredAt + 1000);
  const count = (rows, f) => rows.filter(f).length;

  for (const r of log) if (r.leak) problems.push(`a response carried internal details (${r.path} ${r.status}): ${r.leak}`);
  for (const r of during) {
    // A page's cached copy (public, or a person's own staff page) whose freshness was checked within the last
    // second, before the outage was noticed, is a clean answer too — but only at the outage's start.
    const cachedInTime = r.cached && r.start - stopDone <= CACHED_GRACE_MS;
    if (r.kind !== "save" && r.status !== 503 && !cachedInTime) problems.push(`during the outage ${r.path} answered ${r.status}${r.cached ? " from the page cache" : ""} ${Math.round(r.start - stopDone)} ms in, not 503`);
    if (r.kind === "save" && !(r.code === "unavailable" || r.status === 503)) problems.push(`during the outage a save answered ${r.status}/${r.code}, not "unavailable"`);
  }
  for (const r of log) if (r.status >= 500 && r.status !== 503 && !cut.includes(r)) problems.push(`${r.path} answered ${r.status} outside the instant the database went away`);
  const cutErrors = count(cut, (r) => r.status >= 500 && r.status !== 503);
  if (recoveredAt === null) problems.push(`the app did not serve again within ${RECOVERY_LIMIT_S} s of the restart`);
  for (const r of settled) if (r.status !== 200 && !(r.status === 307 || r.status === 302)) problems.push(`after recovery ${r.path} answered ${r.status}/${r.code ?? ""}`);
  if (count(settled, (r) => r.kind === "save" && r.code === "ok") === 0) problems.push("no save succeeded after recovery");
  if (app.child.exitCode !== null || app.child.pid !== pid) problems.push("the app process did not survive");

  const writes = await verifyWrites(databaseUrl, targets, acked);
  problems.push(...writes.problems);

  const latencies = log.map((r) => r.end - r.start).sort((a, b) => a - b);
  const duringLat = during.map((r) => r.end - r.start).sort((a, b) => a - b);
  const statuses = (rows) => JSON.stringify(rows.reduce((m, r) => ((m[r.kind === "save" ? `save:${r.code}` : r.status] = (m[r.kind === "save" ? `save:${r.code}` : r.status] ?? 0) + 1), m), {}));
  console.info(`[fault] ${log.length} requests in ${((t1 - t0) / 1000).toFixed(1)} s by ${READERS} readers and ${WRITERS} writers; p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms`);
  console.info(`[fault] outage: ${((startBegin - stopDone) / 1000).toFixed(1)} s, ${during.length} requests answered ${statuses(during)} (${count(during, (r) => r.cached)} of the 200s pages from the page cache), p99 ${pct(duringLat, 99).toFixed(0)} ms`);
  console.info(`[fault] in flight when the database stopped: ${cut.length} requests, answered ${statuses(cut)}${cutErrors ? ` — ${cutErrors} of them the error page (500, no details)` : ""}`);
  console.info(`[fault] recovery: served again ${recoveredAt === null ? "never" : `${((recoveredAt - startDone) / 1000).toFixed(2)} s`} after PostgreSQL was back, same app process (pid ${pid})`);
  console.info(`[fault] after recovery: ${settled.length} requests answered ${statuses(settled)}`);
  console.info(`[fault] writes: ${acked.length} acknowledged, ${writes.present} found in the database with their history, ${writes.problems.length} missing or half-done`);
  // On a failure the timeline and the app's own lines are printed, so that a rare failure in CI can be diagnosed.
  if (process.env.FAULT_TIMELINE || problems.length) {
    if (process.env.FAULT_TIMELINE) (await import("node:fs")).writeFileSync(process.env.FAULT_TIMELINE, app.output.join(""));
    else console.info(`[fault] the app's last lines:\n${app.output.join("").split("\n").slice(-60).join("\n")}`);
    const errors = [...new Set(log.filter((r) => r.error).map((r) => `${r.path}: ${r.error}`))].slice(0, 5);
    if (errors.length) console.info(`[fault] requests that got no answer:\n  ${errors.join("\n  ")}`);
    for (let t = 0; t < t1 - t0; t += 500) {
      const rows = log.filter((r) => r.start - t0 >= t && r.start - t0 < t + 500);
      console.info(`[fault] t=${(t / 1000).toFixed(1)}s ${statuses(rows)}`);
    }
  }
  if (problems.length) {
    process.exitCode = 1;
    console.error(`[fault] FAILED:\n  ${[...new Set(problems)].slice(0, 30).join("\n  ")}`);
    process.exitCode = 1;
  } else console.info("[fault] OK: clean 503s during the outage, no stack traces, nothing lost, served again without a restart");
});
