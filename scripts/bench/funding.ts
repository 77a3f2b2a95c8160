/**
 * EU funding benchmark: generates a portfolio of N projects (default 10 000,
 * with alignments, reports and audits) and prints how long the portfolio
 * figures take to compute (SQL aggregates), plus the project list and the
 * deadlines. With BENCH_URL (a running server on the same database) it also
 * times the portfolio page as a signed-in coordinator.
 *
 *   npm run bench:funding                                   # embedded database in memory
 *   BENCH_PROJECTS=20000 npm run bench:funding
 *   DATABASE_URL=postgres://…/bench DEMO_MODE=true npm run bench:funding
 *   … BENCH_URL=http://localhost:3313 npm run bench:funding  # also the page render
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { closeDb, getDb } from "@/db/client";
import { upcomingDeadlines } from "@/db/queries/funding/deadlines";
import { portfolioFigures } from "@/db/queries/funding/portfolio";
import { listProjectsForStaff } from "@/db/queries/funding/projects";
import { euProjectAlignments, euProjectAudits, euProjectReports, euProjects, fundingProgrammes, priorities, units } from "@/db/schema";
import { statuses } from "@/lib/funding/rules";
import { formatMoney, sumCents } from "@/lib/money";
import { addDays, todayInHelsinki } from "@/lib/dates";

const N = Number(process.env.BENCH_PROJECTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
process.env.PGLITE_DIR ??= "memory://";
process.env.DEMO_MODE ??= "true";

// A deterministic pseudo-random sequence, so two runs measure the same data.
let seed = 20260801;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

async function time<T>(label: string, fn: () => Promise<T>): Promise<{ label: string; median: number; max: number; result: T }> {
  let result = await fn(); // warm-up (plans, caches)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(samples.length / 2)]!, max: samples[samples.length - 1]!, result };
}

async function generate() {
  const db = await getDb();
  const programmeIds = (await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes)).map((p) => p.id);
  const priorityIds = (await db.select({ id: priorities.id }).from(priorities)).map((p) => p.id);
  const unitIds = (await db.select({ id: units.id }).from(units)).map((u) => u.id);
  if (!programmeIds.length || !priorityIds.length) throw new Error("the database needs the programme list and the strategy (DEMO_MODE=true)");
  const today = todayInHelsinki();
  const run = randomUUID().slice(0, 8);
  const t0 = performance.now();
  for (let start = 0; start < N; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, N - start) }, (_, i) => {
      const eu = Math.floor(rand() * 500_000_000); // up to 5 M€, in cents
      const own = Math.floor(eu * rand() * 0.5);
      const year = 2021 + Math.floor(rand() * 7);
      return {
        id: randomUUID(),
        externalId: `BENCH-${run}-${start + i}`,
        name: { fi: `Vertailuhanke ${start + i}`, sv: `Jämförelseprojekt ${start + i}`, en: `Benchmark project ${start + i}` },
        acronym: `B${start + i}`,
        programmeId: pick(programmeIds),
        status: pick(statuses),
        role: pick(["coordinator", "partner"] as const),
        totalBudgetCents: (eu + own) * 4,
        euContributionCents: eu,
        ownFundingCents: own,
        startDate: `${year}-0${1 + Math.floor(rand() * 9)}-01`,
        endDate: `${year + 3}-12-31`,
        responsibleUnitId: pick(unitIds),
        riskLevel: pick(["low", "low", "medium", "high"] as const),
        isDemo: true,
      };
    });
    await db.transaction(async (tx) => {
      await tx.insert(euProjects).values(batch);
      const links = batch.flatMap((p) => {
        const n = Math.floor(rand() * 4); // 0–3 priorities
        const chosen = new Set(Array.from({ length: n }, () => pick(priorityIds)));
        return [...chosen].map((priorityId) => ({ projectId: p.id, priorityId, strength: Math.floor(rand() * 4), justification: "Vertailuaineisto" }));
      });
      if (links.length) await tx.insert(euProjectAlignments).values(links);
      await tx.insert(euProjectReports).values(batch.map((p) => ({ projectId: p.id, title: "Periodic report", dueDate: addDays(today, Math.floor(rand() * 400) - 200), submittedOn: rand() < 0.6 ? today : null })));
      const audited = batch.filter(() => rand() < 0.2);
      if (audited.length) await tx.insert(euProjectAudits).values(audited.map((p) => ({ projectId: p.id, auditor: "FLC", auditDate: today, followUpStatus: pick(["open", "in_progress", "closed"] as const), followUpDue: addDays(today, 30) })));
    });
  }
  return performance.now() - t0;
}

async function pageRender(url: string) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/en/signin`);
    await page.getByLabel("Email").fill("coordinator@example.com");
    await page.getByLabel("Password").fill("helsinki-demo");
    await page.locator("form").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/staff/);
    const request = page.context().request;
    return await time("portfolio page (server render, HTTP)", async () => {
      const response = await request.get(`${url}/en/staff/funding`);
      if (!response.ok()) throw new Error(`page answered ${response.status()}`);
      return (await response.body()).length;
    });
  } finally {
    await browser.close();
  }
}

async function main() {
  console.info(`[bench:funding] generating ${N} EU projects…`);
  const generated = await generate();
  const db = await getDb();
  const today = todayInHelsinki();
  const results = [
    await time("portfolio figures (all SQL aggregates)", () => portfolioFigures(db, today)),
    await time("project list, first page", () => listProjectsForStaff(db, {}, today, 1)),
    await time("project list, flag=overdue", () => listProjectsForStaff(db, { flag: "overdue" }, today, 1)),
    await time("deadlines", () => upcomingDeadlines(db, today, { limit: 30 })),
  ];
  const figures = results[0]!.result as Awaited<ReturnType<typeof portfolioFigures>>;
  const projects = figures.byStatus.reduce((n, b) => n + b.projects, 0);
  console.info(`[bench:funding] generated in ${(generated / 1000).toFixed(1)} s; portfolio now ${projects} projects, secured ${formatMoney(sumCents(figures.byProgramme.map((b) => b.euCents)), "en", { whole: true })}, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
  for (const r of results) console.info(`[bench:funding] ${r.label}: median ${r.median.toFixed(1)} ms, max ${r.max.toFixed(1)} ms (${RUNS} runs)`);
  if (process.env.BENCH_URL) {
    const page = await pageRender(process.env.BENCH_URL);
    console.info(`[bench:funding] ${page.label}: median ${page.median.toFixed(0)} ms, max ${page.max.toFixed(0)} ms (${RUNS} runs, ${page.result} bytes)`);
  }
  await closeDb();
}

main().catch(async (error) => {
  console.error(error);
  await closeDb();
  process.exit(1);
});
