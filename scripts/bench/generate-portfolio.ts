// Scaled EU projects and networks for the public-site benchmark: adds
// published EU projects (with the priorities they serve) until there are
// BENCH_EU_PROJECTS, and published networks until there are BENCH_NETWORKS,
// each with its publication in the history. Deterministic (seeded).
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectSnapshot } from "@/db/queries/funding/snapshots";
import { networkSnapshot } from "@/db/queries/networks/snapshots";
import { auditLog, euProjectAlignments, euProjects, fundingProgrammes, networkPriorities, networks, priorities, units } from "@/db/schema";
import { statuses } from "@/lib/funding/rules";

const EU_TARGET = Number(process.env.BENCH_EU_PROJECTS ?? 1000);
const NETWORK_TARGET = Number(process.env.BENCH_NETWORKS ?? 300);

let seed = 20261128;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(items)))];

const themes = [
  { fi: "älykäs liikenne", sv: "smart trafik", en: "smart mobility" },
  { fi: "kiertotalous", sv: "cirkulär ekonomi", en: "circular economy" },
  { fi: "ilmastoneutraali kaupunki", sv: "klimatneutral stad", en: "climate-neutral city" },
  { fi: "osaaminen ja koulutus", sv: "kompetens och utbildning", en: "skills and education" },
  { fi: "digitaaliset palvelut", sv: "digitala tjänster", en: "digital services" },
  { fi: "kulttuuri ja tapahtumat", sv: "kultur och evenemang", en: "culture and events" },
];

export async function scalePortfolio(db: Db) {
  const programmeIds = (await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes)).map((p) => p.id);
  const priorityIds = (await db.select({ id: priorities.id }).from(priorities)).map((p) => p.id);
  const unitIds = (await db.select({ id: units.id }).from(units)).map((u) => u.id);
  const [{ projects } = { projects: 0 }] = await db.select({ projects: count() }).from(euProjects);
  const [{ nets } = { nets: 0 }] = await db.select({ nets: count() }).from(networks);
  const started = Date.now();

  for (let k = projects; k < EU_TARGET; k += 250) {
    await db.transaction(async (tx) => {
      const batch = Array.from({ length: Math.min(250, EU_TARGET - k) }, (_, i) => {
        const n = k + i + 1;
        const theme = pick(themes);
        const eu = Math.floor(rand() * 300_000_000);
        const year = 2021 + Math.floor(rand() * 6);
        return {
          id: randomUUID(),
          externalId: `BENCH-EU-${n}`,
          name: { fi: `Hanke ${n}: ${theme.fi}`, sv: `Projekt ${n}: ${theme.sv}`, en: `Project ${n}: ${theme.en}` },
          acronym: `BEU${n}`,
          summary: { fi: `Hanke ${n} edistää teemaa ${theme.fi}.`, sv: `Projekt ${n} främjar temat ${theme.sv}.`, en: `Project ${n} advances ${theme.en}.` },
          programmeId: pick(programmeIds),
          status: pick(statuses),
          role: pick(["coordinator", "partner"] as const),
          totalBudgetCents: eu * 2,
          euContributionCents: eu,
          ownFundingCents: Math.floor(eu / 4),
          startDate: `${year}-0${1 + Math.floor(rand() * 9)}-01`,
          endDate: `${year + 3}-12-31`,
          responsibleUnitId: pick(unitIds),
          internalNotes: `Sisäinen muistiinpano hanke ${n}`,
          isDemo: true,
        };
      });
      const rows = await tx.insert(euProjects).values(batch).returning();
      const links = rows.flatMap((p) => some(priorityIds, 3).map((priorityId) => ({ projectId: p.id, priorityId, strength: 1 + Math.floor(rand() * 3), justification: "Vertailuaineisto" })));
      if (links.length) await tx.insert(euProjectAlignments).values(links);
      const history: (typeof auditLog.$inferInsert)[] = [];
      for (const p of rows) {
        const snapshot = projectSnapshot(p, links.filter((l) => l.projectId === p.id));
        await tx.update(euProjects).set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 }).where(eq(euProjects.id, p.id));
        history.push({ entityType: "euProject", entityId: p.id, action: "publish", version: 1, after: snapshot, isPublication: true });
      }
      await tx.insert(auditLog).values(history);
    });
  }

  for (let k = nets; k < NETWORK_TARGET; k += 100) {
    await db.transaction(async (tx) => {
      const batch = Array.from({ length: Math.min(100, NETWORK_TARGET - k) }, (_, i) => {
        const n = k + i + 1;
        const theme = pick(themes);
        return {
          name: { fi: `Verkosto ${n}: ${theme.fi}`, sv: `Nätverk ${n}: ${theme.sv}`, en: `Network ${n}: ${theme.en}` },
          description: { fi: `Kaupunkien yhteistyöverkosto teemasta ${theme.fi}.`, sv: `Städernas samarbetsnätverk kring ${theme.sv}.`, en: `Cities' cooperation network on ${theme.en}.` },
          type: pick(["city_network", "eu_network", "global_network", "bilateral", "other"] as const),
          countryCode: pick(["BE", "SE", "EE", "DE", "NL", null]),
          status: pick(["member", "member", "member", "observer", "candidate", "leaving"] as const),
          statusSince: `${2015 + Math.floor(rand() * 10)}-01-01`,
          annualFeeCents: Math.floor(rand() * 5_000_000),
          feeCurrency: "EUR",
          responsibleUnitId: pick(unitIds),
          internalNotes: `Sisäinen muistiinpano verkosto ${n}`,
        };
      });
      const rows = await tx.insert(networks).values(batch).returning();
      const links = rows.flatMap((r) => some(priorityIds, 2).map((priorityId) => ({ networkId: r.id, priorityId })));
      if (links.length) await tx.insert(networkPriorities).values(links);
      const history: (typeof auditLog.$inferInsert)[] = [];
      for (const r of rows) {
        const snapshot = networkSnapshot(r, { roles: [], priorityIds: links.filter((l) => l.networkId === r.id).map((l) => l.priorityId) });
        await tx.update(networks).set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 }).where(eq(networks.id, r.id));
        history.push({ entityType: "network", entityId: r.id, action: "publish", version: 1, after: snapshot, isPublication: true });
      }
      await tx.insert(auditLog).values(history);
    });
  }
  console.log(`[bench] EU projects ${Math.max(projects, EU_TARGET)}, networks ${Math.max(nets, NETWORK_TARGET)} (published) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
