import type { Db } from "@/db/client";
import { euProjectAlignments, euProjects, fundingProgrammes } from "@/db/schema";
import type { DashboardFixture } from "./fixture";

/**
 * EU projects whose dashboard figures were worked out by hand, by the funding
 * area's rules (lib/funding/rules.ts): secured = granted, ongoing, closed;
 * aligned share over granted and ongoing, a project aligned at strength ≥ 2
 * counting once; by priority and in the heat-map every link of strength ≥ 1.
 *
 *   p1 HOR  granted    1 000 000,00 €  A1 (3), A2 (1)
 *   p2 ERDF ongoing      500 000,00 €  B1 (2)
 *   p3 LIFE closed       250 000,50 €  A1 (1)
 *   p4 HOR  rejected     300 000,00 €
 *   p5 ERDF submitted        999,00 €
 *   p6 HOR  granted      200 000,00 €  (no alignment)
 *   p7 HOR  ongoing       70 000,00 €  archived: left out
 *   p8 ERDF granted       40 000,00 €  D1 (3), a priority of another period
 *
 * By programme: HOR 1 200 000 € (2), ERDF 540 000 € (2), LIFE 250 000,50 € (1).
 * By priority (this period): A1 1 250 000,50 € (2), A2 1 000 000 € (1), B1 500 000 € (1).
 * Aligned share: (p1 + p2 + p8) / (p1 + p2 + p6 + p8) = 1 540 000 / 1 740 000 = 88.5 %.
 * Success rate: 5 granted of 6 decided = 83.3 %.
 */
export async function seedFundingFixture(db: Db, f: DashboardFixture) {
  const programme = async (code: string, fi: string, sortOrder: number) =>
    (await db.insert(fundingProgrammes).values({ code, name: { fi, sv: fi, en: fi }, managementMode: "direct", sortOrder }).returning())[0]!.id;
  const HOR = await programme("T-HOR", "Horizon Europe", 0);
  const ERDF = await programme("T-ERDF", "Euroopan aluekehitysrahasto", 1);
  const LIFE = await programme("T-LIFE", "LIFE-ohjelma", 2);
  await programme("T-CEF", "Verkkojen Eurooppa", 3);
  const project = async (key: string, programmeId: string, status: (typeof euProjects.$inferInsert)["status"], eu: number, links: [string, number][], archived = false) => {
    const [p] = await db
      .insert(euProjects)
      .values({ externalId: `T-${key}-${Math.random().toString(36).slice(2)}`, name: { fi: `Hanke ${key}` }, programmeId, status, euContributionCents: eu, archivedAt: archived ? new Date() : null })
      .returning();
    for (const [priorityId, strength] of links) await db.insert(euProjectAlignments).values({ projectId: p!.id, priorityId, strength, justification: "Perustelu" });
  };
  await project("p1", HOR, "granted", 100_000_000, [[f.A1, 3], [f.A2, 1]]);
  await project("p2", ERDF, "ongoing", 50_000_000, [[f.B1, 2]]);
  await project("p3", LIFE, "closed", 25_000_050, [[f.A1, 1]]);
  await project("p4", HOR, "rejected", 30_000_000, []);
  await project("p5", ERDF, "submitted", 99_900, []);
  await project("p6", HOR, "granted", 20_000_000, []);
  await project("p7", HOR, "ongoing", 7_000_000, [[f.A1, 3]], true);
  await project("p8", ERDF, "granted", 4_000_000, [[f.D1, 3]]);
}
