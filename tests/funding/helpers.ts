import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { fundingProgrammes, goals, priorities, strategyPeriods } from "@/db/schema";

/** A strategy with three priorities (the third one gets no funding), for hand-checked portfolios. */
export async function makePriorities(db: Db) {
  const [period] = await db.insert(strategyPeriods).values({ name: { fi: "Testikausi" }, startYear: 2021, endYear: 2025 }).returning();
  const [goal] = await db.insert(goals).values({ periodId: period!.id, title: { fi: "Testitavoite" }, scope: "eu" }).returning();
  const rows = await db
    .insert(priorities)
    .values([1, 2, 3].map((n) => ({ goalId: goal!.id, title: { fi: `Painopiste ${n}`, sv: `Prioritet ${n}`, en: `Priority ${n}` }, sortOrder: n })))
    .returning();
  return rows.map((r) => r.id) as [string, string, string];
}

export async function programmeId(db: Db, code: string): Promise<string> {
  const [p] = await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).where(eq(fundingProgrammes.code, code));
  if (!p) throw new Error(`no programme ${code}`);
  return p.id;
}

/** Form input for a new project, with sensible defaults. */
export function projectForm(values: Record<string, string>): Record<string, string> {
  return {
    externalId: `T-${Math.random().toString(36).slice(2, 10)}`,
    nameFi: "Testihanke",
    nameSv: "Testprojekt",
    role: "partner",
    euContributionCents: "0",
    riskLevel: "low",
    status: "idea",
    ...values,
  };
}
