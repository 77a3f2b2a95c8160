// Scaled data for the public-site benchmark: adds published measures (with
// priorities, milestones and progress updates) to the demo strategy until
// there are BENCH_MEASURES of them, each with its publication in the history;
// then EU projects and networks (generate-portfolio.ts).
// Deterministic (seeded). Usage (an empty database with the demo loaded):
//   DATABASE_URL=… npx tsx --conditions react-server scripts/bench/generate.ts
import { randomUUID } from "node:crypto";
import { asc, count } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditLog, goals, measurePriorities, measures, priorities, progressUpdates, units } from "@/db/schema";
import { measureSnapshot, progressUpdateSnapshot } from "@/db/queries/strategy/snapshots";
import { scalePortfolio } from "./generate-portfolio";

const TARGET = Number(process.env.BENCH_MEASURES ?? 5000);

/** mulberry32: the same data on every run. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(20261128);
const pickOne = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;

const topics = [
  { fi: "kiertotalouden hankinnat", sv: "upphandlingar inom cirkulär ekonomi", en: "circular-economy procurement" },
  { fi: "osaajien maahanmuutto", sv: "invandring av kompetent arbetskraft", en: "skilled-worker immigration" },
  { fi: "kaupunkien ilmastorahoitus", sv: "städernas klimatfinansiering", en: "urban climate finance" },
  { fi: "digitaaliset julkiset palvelut", sv: "digitala offentliga tjänster", en: "digital public services" },
  { fi: "pääkaupunkiseudun koulutustarjonta", sv: "utbildningsutbudet i huvudstadsregionen", en: "education in the capital region" },
  { fi: "sote-palvelujen rahoitus", sv: "finansieringen av social- och hälsovården", en: "funding of health and social services" },
  { fi: "innovaatioekosysteemit", sv: "innovationsekosystem", en: "innovation ecosystems" },
  { fi: "Itämeren yhteistyö", sv: "Östersjösamarbetet", en: "Baltic Sea cooperation" },
];
const kinds = [
  { fi: "Lausunto", sv: "Utlåtande", en: "Statement" },
  { fi: "Selvitys", sv: "Utredning", en: "Study" },
  { fi: "Vaikuttamissuunnitelma", sv: "Påverkansplan", en: "Advocacy plan" },
  { fi: "Kumppanuushanke", sv: "Partnerskapsprojekt", en: "Partnership project" },
];
const statuses = ["not_started", "on_schedule", "on_schedule", "on_schedule", "late", "completed", "postponed", "cancelled"] as const;

async function main() {
  const db = await getDb();
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(measures);
  const missing = TARGET - n;
  await scalePortfolio(db);
  if (missing <= 0) {
    console.log(`[bench] ${n} measures already; nothing to add`);
    return closeDb();
  }
  const goalRows = await db.select().from(goals).orderBy(asc(goals.sortOrder));
  const prioRows = await db.select().from(priorities);
  const unitIds = (await db.select({ id: units.id }).from(units)).map((u) => u.id);
  const started = Date.now();
  for (let done = 0; done < missing; done += 500) {
    const batch = Math.min(500, missing - done);
    await db.transaction(async (tx) => {
      const rows: (typeof measures.$inferInsert)[] = [];
      const links: { measureId: string; priorityId: string }[] = [];
      const updates: (typeof progressUpdates.$inferInsert)[] = [];
      const history: (typeof auditLog.$inferInsert)[] = [];
      for (let i = 0; i < batch; i++) {
        const k = n + done + i + 1;
        const goal = goalRows[k % goalRows.length]!;
        const own = prioRows.filter((p) => p.goalId === goal.id);
        const chosen = [...new Set([pickOne(own), pickOne(own)])].map((p) => p.id);
        const topic = pickOne(topics);
        const kind = pickOne(kinds);
        const year = 2021 + Math.floor(rnd() * 5);
        const month = 1 + Math.floor(rnd() * 12);
        const status = pickOne(statuses);
        const row = {
          id: randomUUID(),
          goalId: goal.id,
          title: { fi: `${kind.fi}: ${topic.fi} (${k})`, sv: `${kind.sv}: ${topic.sv} (${k})`, en: `${kind.en}: ${topic.en} (${k})` },
          description: { fi: `Toimenpide ${k} edistää teemaa ${topic.fi} vuonna ${year}.`, sv: `Åtgärd ${k} främjar temat ${topic.sv} år ${year}.`, en: `Measure ${k} advances ${topic.en} in ${year}.` },
          status,
          progress: status === "completed" ? 100 : status === "not_started" ? 0 : Math.floor(rnd() * 95),
          startDate: `${year}-${String(month).padStart(2, "0")}-01`,
          startPrecision: "month" as const,
          dueDate: `${Math.min(year + 1, 2025)}-${String(month).padStart(2, "0")}-28`,
          duePrecision: rnd() < 0.5 ? ("month" as const) : ("day" as const),
          responsibleUnitId: pickOne(unitIds),
          weight: 1 + Math.floor(rnd() * 3),
          visibility: "public" as const,
          internalNotes: `Sisäinen muistiinpano ${k}`,
          sortOrder: 100 + k,
          reviewState: "published" as const,
          publishedAt: new Date(Date.UTC(year, month - 1, 15)),
          publishedVersion: 1,
        };
        const milestones = Array.from({ length: Math.floor(rnd() * 3) }, (_, m) => ({
          id: randomUUID(),
          measureId: row.id,
          title: { fi: `Välitavoite ${m + 1}`, sv: `Delmål ${m + 1}`, en: `Milestone ${m + 1}` },
          dueDate: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-01`,
          duePrecision: "month" as const,
          state: pickOne(["planned", "in_progress", "done"] as const),
          sortOrder: m,
          version: 1,
          archivedAt: null,
          createdBy: null,
          updatedBy: null,
          createdAt: new Date(),
          updatedAt: new Date(),
        }));
        const snapshot = measureSnapshot({ ...row, createdAt: new Date(), updatedAt: new Date(), version: 1, reviewComment: null, published: null, archivedAt: null, createdBy: null, updatedBy: null, isDemo: false }, chosen, milestones);
        rows.push({ ...row, published: snapshot });
        for (const p of chosen) links.push({ measureId: row.id, priorityId: p });
        history.push({ entityType: "measure", entityId: row.id, action: "publish", version: 1, after: snapshot, isPublication: true });
        if (rnd() < 0.4) {
          const u = { id: randomUUID(), measureId: row.id, date: `${year}-${String(month).padStart(2, "0")}-20`, body: { fi: `Työ eteni: ${topic.fi}.`, sv: `Arbetet framskred: ${topic.sv}.`, en: `Work progressed: ${topic.en}.` } };
          const us = progressUpdateSnapshot({ ...u, visibility: "public", authorId: null, version: 1, reviewState: "published", reviewComment: null, published: null, publishedAt: null, publishedVersion: 1, archivedAt: null, createdBy: null, updatedBy: null, isDemo: false, createdAt: new Date(), updatedAt: new Date() });
          updates.push({ ...u, reviewState: "published", published: us, publishedAt: new Date(), publishedVersion: 1 });
          history.push({ entityType: "progress_update", entityId: u.id, action: "publish", version: 1, after: us, isPublication: true });
        }
      }
      await tx.insert(measures).values(rows);
      await tx.insert(measurePriorities).values(links);
      if (updates.length) await tx.insert(progressUpdates).values(updates);
      await tx.insert(auditLog).values(history);
    });
  }
  console.log(`[bench] added ${missing} published measures (now ${TARGET}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
