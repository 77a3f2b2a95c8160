/**
 * Import benchmark (issue 15): a generated EU project file of N rows (default
 * 50 000), checked and then imported through the one import pipeline (the
 * pipeline the import actions run: read, map, check every row, database
 * checks, upsert all or nothing in one transaction — without the actions'
 * wrapper, which needs Next's request context; audit records are counted,
 * not written), as CSV and as .xlsx. Prints the time
 * of each step and the process's peak memory (RSS and JS heap, sampled every
 * 20 ms). Figures are printed, never asserted.
 *
 *   npm run bench:import                                  # embedded database in memory
 *   BENCH_ROWS=10000 BENCH_FORMATS=csv npm run bench:import
 *   DATABASE_URL=postgres://…/bench DEMO_MODE=true npm run bench:import
 */
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { closeDb, getDb } from "@/db/client";
import { users, units } from "@/db/schema";
import { applyProjectRow, importContext, previewRow } from "@/lib/funding/import-apply";
import { projectImportSpec } from "@/lib/funding/import-spec";
import { applyAllOrNothing, countOutcome, type ImportProgress, type ImportSummary } from "@/lib/import-export/import";
import { validateUpload, type ImportUpload } from "@/lib/import-export/upload";
import type { AuditFn } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";

const N = Number(process.env.BENCH_ROWS ?? 50_000);
const FORMATS = (process.env.BENCH_FORMATS ?? "csv,xlsx").split(",").map((f) => f.trim()) as ("csv" | "xlsx")[];
process.env.PGLITE_DIR ??= "memory://";
process.env.DEMO_MODE ??= "true";

const header = ["external_id", "name_fi", "name_sv", "acronym", "programme", "status", "status_date", "role", "total_budget", "eu_contribution", "own_funding", "start_date", "end_date", "unit", "internal_notes"];
const statuses = ["idea", "preparation", "submitted", "granted", "ongoing", "closed"];
const programmes = ["HORIZON", "LIFE", "ERDF", "INTERREG-CB", "Horizon 2020", "UIA"];

function rowsOf(prefix: string, unit: string): string[][] {
  return Array.from({ length: N }, (_, i) => {
    const eu = (i * 7919) % 5_000_000;
    return [
      `${prefix}-${String(i).padStart(6, "0")}`,
      `Vertailuhanke ${i}`,
      i % 3 ? `Jämförelseprojekt ${i}` : "",
      `B${i}`,
      programmes[i % programmes.length]!,
      statuses[i % statuses.length]!,
      "2024-01-15",
      i % 4 ? "partner" : "coordinator",
      String(eu * 4),
      i % 5 ? String(eu) : "", // every fifth city share not known
      String(Math.floor(eu / 3)),
      "2024-02-01",
      "2027-12-31",
      unit,
      i % 10 ? "" : "Sisäinen muistiinpano; rivillä on myös \"lainausmerkkejä\".",
    ];
  });
}

const csvCell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function xlsxBase64(rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Projects");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v, i) => (["total_budget", "eu_contribution", "own_funding"].includes(header[i]!) && v !== "" ? Number(v) : v)));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

// Peak memory, sampled while the steps run.
const peak = { rss: 0, heap: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * The progress reports a person's bar gets (lib/import-export/jobs.ts), as
 * times: when each quarter of each phase was reached, and the longest gap
 * between two reports (how long the bar may stand still).
 */
function progressTimer(label: string): ImportProgress & { summary: () => string } {
  const t0 = performance.now();
  let last = t0;
  let longest = 0;
  let reports = 0;
  const marks: string[] = [];
  const seen = new Set<string>();
  const report = (phase: "validate" | "apply", done: number, total: number) => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    reports++;
    const quarter = `${phase} ${total ? Math.floor((done / total) * 4) * 25 : 100}%`;
    if (!seen.has(quarter)) {
      seen.add(quarter);
      marks.push(`${quarter} ${((now - t0) / 1000).toFixed(1)} s`);
    }
  };
  return Object.assign(report, { summary: () => `${label} progress: ${reports} reports, longest gap ${(longest / 1000).toFixed(2)} s; ${marks.join(", ")}` });
}

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  peak.rss = 0;
  peak.heap = 0;
  sample();
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    sample();
    console.log(`${label.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s   peak RSS ${mb(peak.rss).padStart(7)}   peak heap ${mb(peak.heap).padStart(7)}`);
  }
}

async function main() {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, "coordinator@example.com"));
  const [unit] = await db.select({ code: units.code }).from(units).limit(1);
  if (!user || !unit) throw new Error("the database needs the demo users and units (DEMO_MODE=true)");
  const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role ?? "public", unitId: user.unitId, locale: user.locale };
  console.log(`Import benchmark: ${N.toLocaleString("en")} EU project rows, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite (in memory)"}`);
  for (const format of FORMATS) {
    const rows = rowsOf(`BENCH-${format.toUpperCase()}`, unit.code);
    const file = await step(`${format}: make the file`, async () =>
      format === "csv" ? { csv: [header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n", xlsx: undefined } : { csv: undefined, xlsx: await xlsxBase64(rows) },
    );
    const size = file.csv !== undefined ? Buffer.byteLength(file.csv) : Math.floor(((file.xlsx ?? "").length * 3) / 4);
    console.log(`${format}: file size ${mb(size)}`);
    const upload = { ...file, check: false } as ImportUpload;
    const check = await step(`${format}: check (preview)`, () =>
      db.transaction(async (tx) => {
        const v = await validateUpload(tx, actor.id, "eu-projects", upload, projectImportSpec, { remember: false });
        if (!v.ok) throw new Error(`check failed: ${JSON.stringify(v.errors.slice(0, 5))}`);
        const ctx = await importContext(tx, v.rows);
        const summary: ImportSummary = { total: v.rows.length, created: 0, updated: 0, unchanged: 0, cleared: 0 };
        for (const row of v.rows) {
          const outcome = previewRow(ctx, row);
          if (Array.isArray(outcome)) throw new Error(`row problem: ${JSON.stringify(outcome)}`);
          countOutcome(summary, outcome);
        }
        return summary;
      }),
    );
    console.log(`${format}: check ${JSON.stringify(check)}`);
    let audits = 0;
    const audit = (async () => {
      audits++;
    }) as unknown as AuditFn;
    const progress = progressTimer(`${format}: import`);
    const done = await step(`${format}: import (all or nothing)`, () =>
      db.transaction(async (tx) => {
        const v = await validateUpload(tx, actor.id, "eu-projects", upload, projectImportSpec, { remember: true, onProgress: progress });
        if (!v.ok) throw new Error("import failed");
        const ctx = await importContext(tx, v.rows);
        return applyAllOrNothing(v.rows, (row) => applyProjectRow(tx, ctx, row, actor, audit), progress);
      }),
    );
    console.log(`${format}: ${JSON.stringify(done)}, ${audits} audit records`);
    console.log(progress.summary());
  }
  await closeDb();
}

main().catch(async (error) => {
  console.error(error);
  await closeDb();
  process.exit(1);
});
