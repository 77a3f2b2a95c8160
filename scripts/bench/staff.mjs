#!/usr/bin/env node
// `npm run bench:staff`: the signed-in side's speed at city scale (issue 17).
// 1. a throw-away PostgreSQL with the demo data scaled to 10× (scripts/bench/generate.ts:
//    BENCH_MEASURES 50 000, BENCH_EU_PROJECTS 10 000, BENCH_NETWORKS 3 000),
// 2. the production build served as in production (scripts/serve.mjs),
// 3. signs in as each role and, for each staff page, runs autocannon at 10 concurrent users:
//    req/s, p50/p95/p99 and the HTML size; the briefing PDF's time to generate;
// 4. the public lists at 50 connections beside a static file;
// printed side by side with the targets. Benchmarks print figures; nothing here is a test.
// STAFF_CACHE=off: the staff pages rendered for every request (the staff page cache off), for comparison.
// Environment: BENCH_DURATION seconds per page (10), BENCH_STAFF_CONNECTIONS (10),
// BENCH_CONNECTIONS (50, public), BENCH_PORT / BENCH_PG_PORT (free ports otherwise);
// BENCH_DATABASE_URL reuses an already generated database (no generation; nothing dropped);
// BENCH_ONLY measures only some pages: comma-separated paths (exact, e.g. /fi/staff/funding) or
// words of their names ("briefing", "portfolio"); "pdf" is the briefing PDF. Public pages then
// only when named too (the static file is measured with them).
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import postgres from "postgres";
import { createDatabase, ensureBuild, portFrom, root, signIn, startApp, startPostgres } from "../lib/harness.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const STAFF_CONNECTIONS = Number(process.env.BENCH_STAFF_CONNECTIONS ?? 10);
const PUBLIC_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SCALE = { BENCH_MEASURES: "50000", BENCH_EU_PROJECTS: "10000", BENCH_NETWORKS: "3000" };
const log = (...a) => console.log("[bench]", ...a);

/** Staff pages and the role that opens each (every role signs in; each page as the role that uses it). */
const staffPages = [
  ["executive", "executive summary", "/fi/staff/dashboard"],
  ["executive", "briefing (HTML)", "/fi/staff/dashboard/briefing"],
  ["executive", "measures", "/fi/staff/strategy"],
  ["executive", "measures, filtered (late)", "/fi/staff/strategy?late=1"],
  ["executive", "measures, page 500", "/fi/staff/strategy?page=500"],
  ["executive", "strategy tree", "/fi/staff/strategy/tree"],
  ["executive", "networks registry", "/fi/staff/networks"],
  ["executive", "network portfolio", "/fi/staff/networks/portfolio"],
  ["executive", "funding portfolio", "/fi/staff/funding"],
  ["executive", "EU projects", "/fi/staff/funding/projects"],
  ["executive", "advocacy", "/fi/staff/advocacy"],
  ["executive", "advocacy asks", "/fi/staff/advocacy/asks"],
  ["coordinator", "review queue", "/fi/staff/review"],
  ["admin", "users", "/fi/staff/admin"],
  ["editor", "start page", "/fi/staff"],
  ["coordinator", "start page", "/fi/staff"],
];
const publicPages = [
  ["static file", "/robots.txt"],
  ["public home", "/fi"],
  ["networks list", "/fi/networks"],
  ["networks list, page 20", "/fi/networks?page=20"],
  ["EU projects", "/fi/eu-projects"],
  ["search", "/fi/search?q=helsinki"],
  ["advocacy", "/fi/advocacy"],
];

const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
/** Whether BENCH_ONLY (if given) asks for this page. */
const chosen = (name, path) => !ONLY.length || ONLY.some((o) => o === path || name.includes(o));
const ms = (x) => Math.round(x);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;

/** One autocannon run; every response's time is kept, so p50/p95/p99 are exact (autocannon itself reports no p95). */
function run(url, connections, headers) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon({ url, connections, duration: DURATION, timeout: 30, headers }, (error, r) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const pct = (p) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
      resolve({ rps: r.requests.average, p50: pct(50), p95: pct(95), p99: pct(99), errors: r.errors + r.timeouts + r.non2xx });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

async function main() {
  ensureBuild();
  let pg;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    pg = startPostgres(await portFrom("BENCH_PG_PORT"));
    databaseUrl = await createDatabase(pg.url, "bench_staff");
    const env = { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "true", ...SCALE };
    log("loading the demo data and scaling it to 10× (50 000 measures, 10 000 EU projects, 3 000 networks)… this takes minutes");
    const t0 = Date.now();
    execFileSync("npx", ["tsx", "--conditions", "react-server", "db/seed/cli.ts"], { cwd: root, env, stdio: "inherit" });
    execFileSync("npx", ["tsx", "--conditions", "react-server", "scripts/bench/generate.ts"], { cwd: root, env, stdio: "inherit" });
    log(`data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  // Planner statistics and the visibility map, as a live database has them from autovacuum: freshly
  // generated data, or a copy of a template (which carries no statistics counters, so autovacuum never
  // analyses the copy), has none, and the plans over 50 000 measures are then seq scans of every wide row.
  log("vacuum analyze…");
  await sql.unsafe("vacuum analyze");
  const counts = {};
  for (const table of ["measures", "progress_updates", "eu_projects", "networks", "audit_log"]) counts[table] = Number((await sql.unsafe(`select count(*)::int as n from ${table}`))[0].n);
  await sql.end();

  const app = await startApp({ port: await portFrom("BENCH_PORT"), databaseUrl });
  const rows = [];
  try {
    const cookies = {};
    for (const role of ["admin", "coordinator", "editor", "executive"]) cookies[role] = await signIn(app.base, `${role}@example.com`);

    for (const [role, name, path] of staffPages) {
      if (!chosen(name, path)) continue;
      const headers = { cookie: cookies[role] };
      // One request first (60 s at most): a page that cannot answer one reader is not loaded with ten.
      const t0 = performance.now();
      const first = await fetch(app.base + path, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) }).catch((error) => ({ status: String(error.name ?? error), text: async () => "" }));
      const html = await first.text();
      // The first request renders the page (no copy of it is kept yet): what a reader waits for alone.
      const firstMs = ms(performance.now() - t0);
      if (first.status !== 200) {
        rows.push({ page: `${name} (${path}) as ${role}`, first: "—", "req/s": "—", p50: "—", p95: "—", p99: "—", HTML: "—", errors: `${first.status} after ${ms(performance.now() - t0)} ms`, target: "FAIL" });
        continue;
      }
      for (let i = 0; i < 3; i++) await fetch(app.base + path, { headers });
      log(`${name} as ${role}: ${STAFF_CONNECTIONS} users, ${DURATION} s`);
      const r = await run(app.base + path, STAFF_CONNECTIONS, headers);
      const size = Buffer.byteLength(html);
      const p95 = ms(r.p95);
      const pass = p95 < 150 && size < 200 * 1024 && r.errors === 0;
      rows.push({ page: `${name} (${path}) as ${role}`, first: firstMs, "req/s": Math.round(r.rps), p50: ms(r.p50), p95, p99: ms(r.p99), HTML: kb(size), errors: r.errors, target: pass ? "pass" : "FAIL" });
    }

    // The briefing PDF: generated on request; the time of one request (no concurrency), five times.
    console.log(`\nStaff speed at city scale — ${counts.measures} measures, ${counts.progress_updates} progress updates, ${counts.eu_projects} EU projects, ${counts.networks} networks, ${counts.audit_log} history entries; PostgreSQL, production server\n`);
    console.log(`Staff pages: ${STAFF_CONNECTIONS} concurrent signed-in users, ${DURATION} s each (target: p95 < 150 ms and HTML < 200 kB)`);
    console.log(
      process.env.STAFF_CACHE === "off" || process.env.PUBLIC_CACHE === "off"
        ? "Staff page cache OFF: every request is rendered. `first` = one request alone, in ms."
        : "Staff page cache on (each person's own copy until anything is written; STAFF_CACHE=off measures every request rendered). `first` = the first request alone (rendered), in ms.",
    );
    console.table(rows);
    const pdfTimes = [];
    const pdfStatuses = [];
    let pdfBytes = 0;
    for (let i = 0; i < (chosen("briefing pdf", "/fi/staff/dashboard/briefing.pdf") ? 5 : 0); i++) {
      const t0 = performance.now();
      const r = await fetch(`${app.base}/fi/staff/dashboard/briefing.pdf`, { headers: { cookie: cookies.executive }, signal: AbortSignal.timeout(60_000) }).catch((error) => ({ status: String(error.name ?? error), arrayBuffer: async () => new ArrayBuffer(0) }));
      pdfBytes = (await r.arrayBuffer()).byteLength;
      pdfTimes.push(performance.now() - t0);
      pdfStatuses.push(r.status);
    }
    pdfTimes.sort((a, b) => a - b);

    const pub = [];
    let staticRps = 0;
    const publicChosen = publicPages.filter(([name, path]) => name !== "static file" && chosen(name, path)).length > 0;
    for (const [name, path] of publicPages) {
      if (ONLY.length && !(publicChosen && (name === "static file" || chosen(name, path)))) continue;
      const status = (await fetch(app.base + path)).status;
      if (status !== 200) {
        pub.push({ page: `${name} (${path})`, "req/s": "—", p50: "—", p99: "—", HTML: "—", "vs static": "—", errors: `status ${status}`, target: "FAIL" });
        continue;
      }
      const html = await (await fetch(app.base + path)).text();
      for (let i = 0; i < 20; i++) await fetch(app.base + path);
      log(`public ${name}: ${PUBLIC_CONNECTIONS} connections, ${DURATION} s`);
      const r = await run(app.base + path, PUBLIC_CONNECTIONS);
      if (name === "static file") staticRps = r.rps;
      const ratio = r.rps / staticRps;
      const judged = name !== "static file";
      pub.push({ page: `${name} (${path})`, "req/s": Math.round(r.rps), p50: ms(r.p50), p99: ms(r.p99), HTML: kb(Buffer.byteLength(html)), "vs static": `${Math.round(ratio * 100)} %`, errors: r.errors, target: judged ? (ratio >= 0.7 && r.p99 < 100 && r.errors === 0 ? "pass" : "FAIL") : "" });
    }

    const median = pdfTimes[Math.floor(pdfTimes.length / 2)];
    if (pdfTimes.length) console.log(`Briefing PDF (executive, ${kb(pdfBytes)}): median ${ms(median)} ms, slowest ${ms(pdfTimes.at(-1))} ms of 5, answers ${[...new Set(pdfStatuses)].join("/")} (target < 2 000 ms: ${pdfTimes.at(-1) < 2000 && pdfStatuses.every((x) => x === 200) ? "pass" : "FAIL"})\n`);
    console.log(`Public pages: ${PUBLIC_CONNECTIONS} connections, ${DURATION} s each (target: ≥ 70 % of the static file's req/s and p99 < 100 ms)`);
    console.table(pub);
  } finally {
    app.stop();
    pg?.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
