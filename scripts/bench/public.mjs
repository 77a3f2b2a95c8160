#!/usr/bin/env node
// `npm run bench:public`: the public site's speed figures (issue 7, "Speed").
// 1. a throw-away PostgreSQL with the demo data scaled up (scripts/bench/generate.ts),
// 2. the production build served as in production (scripts/serve.mjs),
// 3. autocannon at 50 connections against a static file, the public home, a goal page and the
//    public follow-up report of a published round over every measure (scripts/bench/generate-round.ts),
// 4. first-load JavaScript of the home (gzipped), 5. Lighthouse (performance, accessibility) when
//    the lighthouse package is installed (optional: `npm install --no-save lighthouse@12.8.2`),
// printed side by side with the targets. Environment: BENCH_PORT (3320), BENCH_PG_PORT (55450),
// BENCH_DURATION seconds per run (10), BENCH_CONNECTIONS (50), BENCH_MEASURES (5000),
// BENCH_ROUNDS (2), BENCH_UNCACHED=1 also measures with the page cache off.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import postgres from "postgres";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3320);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55450);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const base = `http://127.0.0.1:${PORT}`;
const log = (...a) => console.log("[bench]", ...a);

const cleanups = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()().catch(() => {});
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)));

async function waitFor(url, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

function startServer(env) {
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", resolve);
      process.kill(-child.pid, "SIGTERM");
    });
  cleanups.push(stop);
  return stop;
}

async function load(url) {
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Timeouts (10 s) count as errors: a server that cannot keep up shows them.
    runs.push(await autocannon({ url, connections: CONNECTIONS, duration: DURATION, timeout: 10 }));
  }
  const mean = (f) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  const sum = (f) => runs.reduce((s, r) => s + f(r), 0);
  return { rps: mean((r) => r.requests.average), p50: mean((r) => r.latency.p50), p99: Math.max(...runs.map((r) => r.latency.p99)), errors: sum((r) => r.errors + r.non2xx) };
}

async function firstLoadJs(url) {
  const html = await (await fetch(url)).text();
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  let gz = inline.reduce((s, code) => s + gzipSync(code).length, 0);
  for (const src of srcs) gz += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return { scripts: srcs.length + inline.length, gzipBytes: gz, htmlGzipBytes: gzipSync(html).length };
}

async function lighthouseScores(url) {
  let lighthouse, chromeLauncher, desktop;
  try {
    lighthouse = (await import("lighthouse")).default;
    chromeLauncher = await import("chrome-launcher");
    desktop = (await import("lighthouse/core/config/desktop-config.js")).default;
  } catch {
    return null;
  }
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const out = {};
    for (const [name, config] of [["mobile", undefined], ["desktop", desktop]]) {
      const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] }, config);
      const lhr = r.lhr;
      out[name] = {
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        fcp: lhr.audits["first-contentful-paint"].displayValue,
        lcp: lhr.audits["largest-contentful-paint"].displayValue,
        tbt: lhr.audits["total-blocking-time"].displayValue,
        cls: lhr.audits["cumulative-layout-shift"].displayValue,
      };
    }
    return out;
  } finally {
    await chrome.kill();
  }
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || process.env.BENCH_BUILD === "1") {
    log("building (next build)…");
    execFileSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  }
  const pgDir = mkdtempSync(path.join(tmpdir(), "bench-pg-"));
  const adminUrl = execFileSync(path.join(root, "scripts/pg.sh"), ["start", pgDir, String(PG_PORT)], { encoding: "utf8" }).trim();
  cleanups.push(async () => {
    execFileSync(path.join(root, "scripts/pg.sh"), ["stop", pgDir], { stdio: "ignore" });
    rmSync(pgDir, { recursive: true, force: true });
  });
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe("create database bench_public");
  await admin.end();
  const env = { DATABASE_URL: adminUrl.replace(/\/postgres$/, "/bench_public"), DEMO_MODE: "true", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", AUTH_TRUST_HOST: "true", NODE_ENV: "production", DATABASE_POOL_SIZE: "10" };

  log("loading the demo data and scaling it up…");
  execFileSync("npx", ["tsx", "--conditions", "react-server", "db/seed/cli.ts"], { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
  execFileSync("npx", ["tsx", "--conditions", "react-server", "scripts/bench/generate.ts"], { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
  const roundOut = execFileSync("npx", ["tsx", "--conditions", "react-server", "scripts/bench/generate-round.ts"], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  process.stdout.write(roundOut);
  const roundId = /BENCH_ROUND_ID=(\S+)/.exec(roundOut)?.[1];
  const sql = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const counts = {};
  for (const table of ["measures", "progress_updates", "eu_projects", "networks"]) {
    const [{ exists }] = await sql`select to_regclass(${table}) is not null as exists`;
    counts[table] = exists ? Number((await sql.unsafe(`select count(*)::int as n from ${table} where published is not null`))[0].n) : null;
  }
  await sql.end();

  const results = {};
  for (const mode of process.env.BENCH_UNCACHED === "1" ? ["cached", "uncached"] : ["cached"]) {
    const stop = startServer({ ...env, ...(mode === "uncached" ? { PUBLIC_CACHE: "off" } : {}) });
    await waitFor(`${base}/api/health`);
    const goals = (await (await fetch(`${base}/api/public/v1/goals`)).json()).data;
    const css = (await (await fetch(`${base}/fi`)).text()).match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    const targets = { "static file (/robots.txt)": "/robots.txt", ...(css ? { "static file (site CSS)": css } : {}), "public home (/fi)": "/fi", [`goal page (/fi/goals/…)`]: `/fi/goals/${goals[0].id}`, "search (/fi/search?q=…)": "/fi/search?q=helsinki", "EU projects (/fi/eu-projects)": "/fi/eu-projects", "networks (/fi/networks)": "/fi/networks", ...(roundId ? { "follow-up report (/fi/reports/…)": `/fi/reports/${roundId}`, "follow-up report page 50 (/fi/reports/…?page=50)": `/fi/reports/${roundId}?page=50`, "follow-up report whole, for print (?view=all)": `/fi/reports/${roundId}?view=all` } : {}) };
    for (const [name, p] of Object.entries(targets)) {
      const status = (await fetch(base + p)).status;
      if (status !== 200) {
        log(`${name}: answers ${status}, left out`);
        delete targets[name];
        continue;
      }
      for (let i = 0; i < 20; i++) await fetch(base + p); // warm: fill the cache, JIT
      // Whether the page cache answers it (x-public-cache: hit/stale/miss; none = rendered by Next each time), and its size.
      const probe = await fetch(base + p, { headers: { "accept-encoding": "identity" } });
      const bytes = (await probe.arrayBuffer()).byteLength;
      if (mode === "cached" && !name.startsWith("static")) log(`${name}: x-public-cache ${probe.headers.get("x-public-cache") ?? "none (rendered by Next)"}, ${(bytes / 1024).toFixed(0)} kB`);
    }
    results[mode] = {};
    for (const [name, p] of Object.entries(targets)) {
      log(`${mode}: ${name} — ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s`);
      results[mode][name] = await load(base + p);
    }
    if (mode === "cached") {
      results.js = await firstLoadJs(`${base}/fi`);
      log("Lighthouse on the public home…");
      results.lighthouse = await lighthouseScores(`${base}/fi`);
    }
    await stop();
  }
  await cleanup();

  const staticRps = results.cached["static file (/robots.txt)"].rps;
  console.log(`\nPublic site speed — ${counts.measures} published measures, ${counts.progress_updates} progress updates, EU projects ${counts.eu_projects ?? "n/a"}, networks ${counts.networks ?? "n/a"}; ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s each\n`);
  const rows = [];
  for (const [mode, byTarget] of Object.entries(results).filter(([k]) => k === "cached" || k === "uncached")) {
    for (const [name, r] of Object.entries(byTarget)) {
      const ratio = r.rps / staticRps;
      const page = !name.startsWith("static");
      const judged = mode === "cached" && page && (name.includes("home") || name.includes("goal") || (name.includes("follow-up report") && !name.includes("whole")));
      rows.push({ mode, target: name, "req/s": Math.round(r.rps), "p50 ms": r.p50, "p99 ms": r.p99, "errors/timeouts": r.errors, "vs static": `${Math.round(ratio * 100)} %`, "≥70 % & p99<100": judged ? (ratio >= 0.7 && r.p99 < 100 && r.errors === 0 ? "pass" : "FAIL") : "" });
    }
  }
  console.table(rows);
  const js = results.js;
  console.log(`First-load JavaScript of the public home: ${js.scripts} scripts, ${(js.gzipBytes / 1024).toFixed(1)} kB gzipped (target ≤ 80 kB: ${js.gzipBytes <= 80 * 1024 ? "pass" : "FAIL"}); the HTML itself ${(js.htmlGzipBytes / 1024).toFixed(1)} kB gzipped`);
  if (results.lighthouse) {
    for (const [form, s] of Object.entries(results.lighthouse)) {
      console.log(`Lighthouse ${form}: performance ${s.performance} (target ≥ 95: ${s.performance >= 95 ? "pass" : "FAIL"}), accessibility ${s.accessibility} (target 100: ${s.accessibility === 100 ? "pass" : "FAIL"}) — FCP ${s.fcp}, LCP ${s.lcp}, TBT ${s.tbt}, CLS ${s.cls}`);
    }
  } else {
    console.log("Lighthouse: skipped (not a dependency, to keep `npm ci` small). For these figures: `npm install --no-save lighthouse@12.8.2` (the last line that runs on Node 20), then run the benchmark again.");
  }
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
