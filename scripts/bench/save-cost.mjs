#!/usr/bin/env node
// What one save and one staff read cost the app server, measured one at a
// time so that other work on the machine changes the figures less than a
// load test's: the server process's CPU time (from /proc) per request, and
// the wall time (median, p95). `node scripts/bench/save-cost.mjs [N]`;
// LOAD_TRACE=<file> makes the server write its per-phase trace there.
import { readFileSync } from "node:fs";
import os from "node:os";
import { createEditTargets, editAction, saveTarget } from "../lib/edit-target.mjs";
import { now, pct, runWithApp, signIn, sleep } from "../lib/harness.mjs";

const N = Number(process.argv[2] ?? 200);
const ticks = 100; // USER_HZ on Linux

/** CPU seconds of a process and its threads (utime + stime), with its live child processes' (the server's workers, scripts/serve.mjs). */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / ticks + readChildren(pid).reduce((sum, child) => sum + cpuOf(child), 0);
}

/** Resident memory (MB) of the server: the process and each live child (its workers), as "total (each)". */
function rssOf(pid) {
  const one = (p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const all = [pid, ...readChildren(pid)];
  const each = all.map(one);
  return `${Math.round(each.reduce((a, b) => a + b, 0))} MB (${each.map((m) => Math.round(m)).join(" + ")})`;
}

function readChildren(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function measure(label, pid, n, one) {
  const times = [];
  const cpu0 = cpuOf(pid);
  for (let i = 0; i < n; i++) {
    const t = now();
    await one(i);
    times.push(now() - t);
  }
  const cpu = ((cpuOf(pid) - cpu0) * 1000) / n;
  times.sort((a, b) => a - b);
  console.info(`[cost] ${label}: ${n} one at a time, server CPU ${cpu.toFixed(1)} ms each, wall p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
}

runWithApp({ tag: "cost", pgPortVar: "LOAD_PG_PORT", appPortVar: "LOAD_PORT", database: "cost_app" }, async ({ app, databaseUrl }) => {
  const pid = app.child.pid;
  const cookie = await signIn(app.base, "coordinator@example.com");
  const [target] = await createEditTargets(databaseUrl, 1, `cost-${Date.now().toString(36)}`);
  const action = editAction();
  for (let i = 0; i < 20; i++) {
    await saveTarget(app.base, action, target, `warm-${i}`, cookie);
    await fetch(app.base + "/fi/staff/strategy", { headers: { Cookie: cookie } }).then((r) => r.arrayBuffer());
  }
  // Quiet gaps around each phase, so that a CPU profile of the server (APP_NODE_ARGS="--cpu-prof …") can be cut into phases.
  await sleep(3000);
  console.info(`[cost] load average ${os.loadavg()[0].toFixed(2)} at the start`);
  let failed = 0;
  await measure("save (strategy.measure.update)", pid, N, async (i) => {
    const r = await saveTarget(app.base, action, target, `cost-${i}`, cookie);
    if (!r.result?.ok) failed++;
    if (i === 0) console.info(`[cost] a save's answer: ${r.text.length} bytes`);
  });
  await sleep(3000);
  const pages = process.env.COST_PAGES === undefined ? ["/fi/staff/strategy", "/fi/staff", "/fi/staff/dashboard"] : process.env.COST_PAGES.split(",").filter(Boolean);
  for (const page of pages) {
    await measure(`read ${page}`, pid, Math.ceil(N / 2), async () => {
      const r = await fetch(app.base + page, { headers: { Cookie: cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) failed++;
    });
    await sleep(3000);
  }
  await measure("read /fi (public, cached)", pid, N, async () => {
    await fetch(app.base + "/fi").then((r) => r.arrayBuffer());
  });
  console.info(`[cost] load average ${os.loadavg()[0].toFixed(2)} at the end; ${failed} failed; server memory (RSS) ${rssOf(pid)}`);
});
