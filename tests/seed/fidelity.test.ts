import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advocacyActivities, advocacyPlans, euProjectAlignments, euProjects, fundingProgrammes, goals, governmentAsks, indicators, measures, networks, priorities, progressUpdates } from "@/db/schema";
import { effectiveEnd } from "@/lib/strategy/dates";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

/** The source page, with its line breaks and double spaces folded, so that a quoted sentence is found whole. */
const sourceFi = readFileSync(path.join(process.cwd(), "db/seed/source/strategy-page-fi.txt"), "utf8").replace(/\s+/g, " ");
const folded = (s: string) => s.replace(/\s+/g, " ").trim();
const inSource = (s: string) => sourceFi.toLowerCase().includes(folded(s).toLowerCase());

describe("the demo data keep the source page's words", () => {
  it("the first goal is the City of Helsinki's, in the page's words", async () => {
    const db = await getDb();
    const rows = await db.select().from(goals).orderBy(goals.sortOrder);
    expect(rows[0]?.title.fi).toBe("Helsingin kaupunki on aktiivinen kansainvälinen toimija");
    expect(inSource(`Tavoite: ${rows[0]!.title.fi}`)).toBe(true);
    expect(inSource(`Tavoite: ${rows[1]!.title.fi}`)).toBe(true);
  });

  it("national priorities carry their full wording and every priority a description quoted from the page", async () => {
    const db = await getDb();
    const rows = await db.select().from(priorities);
    const fi = rows.map((p) => p.title.fi);
    expect(fi).toContain("Kaupungin taloudellisten toimintaedellytysten turvaaminen erityisesti varmistamalla riittävä sosiaali- ja terveyspalveluiden sekä pelastustoimen rahoitus");
    const education = fi.find((t) => t.startsWith("Koulutustarjonnan"));
    expect(education).toContain("valtion kanssa");
    expect(education).toContain("erityisesti työvoimapulasta kärsivillä alueilla");
    for (const p of rows) {
      expect(p.description?.fi, p.title.fi).toBeTruthy();
      // Quoted, not paraphrased: every sentence of the description is on the page.
      for (const sentence of p.description!.fi.split(/(?<=\.) /)) expect(inSource(sentence), sentence).toBe(true);
      expect(p.isDemo).toBe(false);
    }
  });

  it("facts: the Orpo programme of 16.6.2023, 'Uudistuva ja osaava Suomi 2021–2027', EUI under indirect management", async () => {
    const db = await getDb();
    const refs = (await db.select({ r: governmentAsks.evidenceRef }).from(governmentAsks)).map((a) => a.r).filter(Boolean);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(r).toContain("16.6.2023");
    const calls = (await db.select({ call: euProjects.call }).from(euProjects)).map((c) => c.call ?? "");
    expect(calls.some((c) => c.includes("Uudistuva ja osaava Suomi 2021–2027"))).toBe(true);
    expect(calls.some((c) => c.includes("Innovatiivinen ja osaava"))).toBe(false);
    const [eui] = await db.select().from(fundingProgrammes).where(eq(fundingProgrammes.code, "EUI"));
    expect(eui?.managementMode).toBe("indirect");
  });

  it("a climate-adaptation project is not the strongest fit for climate change mitigation", async () => {
    const db = await getDb();
    const rows = await db
      .select({ strength: euProjectAlignments.strength, justification: euProjectAlignments.justification, acronym: euProjects.acronym })
      .from(euProjectAlignments)
      .innerJoin(euProjects, eq(euProjects.id, euProjectAlignments.projectId));
    const adaptation = rows.filter((r) => /sopeutu/i.test(JSON.stringify(r.justification)));
    expect(adaptation.length).toBeGreaterThan(0);
    for (const r of adaptation) expect(r.strength, r.acronym ?? "").toBeLessThan(3);
  });

  it("no demo status contradicts its own dates: nothing past due is on schedule or not started, nothing past its end is ongoing", async () => {
    const db = await getDb();
    const today = new Date().toISOString().slice(0, 10);
    for (const m of await db.select().from(measures)) {
      if (m.dueDate && effectiveEnd(m.dueDate, m.duePrecision) < today) expect(["completed", "late", "cancelled", "postponed"], m.title.fi).toContain(m.status);
      if (m.status === "completed") expect(m.progress, m.title.fi).toBe(100);
    }
    for (const p of await db.select().from(euProjects)) {
      if (p.status === "ongoing" && p.endDate) expect(p.endDate >= today, p.acronym ?? "").toBe(true);
    }
  });

  it("every invented item is marked as demo; the page's own goals and priorities are not", async () => {
    const db = await getDb();
    for (const t of [measures, progressUpdates, indicators, networks, advocacyPlans, advocacyActivities, governmentAsks, euProjects]) {
      const rows = await db.select({ isDemo: t.isDemo }).from(t);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.isDemo)).toBe(true);
    }
    expect((await db.select({ isDemo: goals.isDemo }).from(goals)).every((g) => !g.isDemo)).toBe(true);
  });
});
