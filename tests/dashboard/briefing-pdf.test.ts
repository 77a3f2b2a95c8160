import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefing } from "@/lib/dashboard/load";
import { renderBriefingPdf } from "@/lib/dashboard/pdf";
import { setupTestDatabase } from "../helpers/db";
import { flatText, readPdf } from "../helpers/pdf-text";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";
import { seedAdvocacyFixture } from "./fixture-advocacy";
import { seedFundingFixture } from "./fixture-funding";
import { seedNetworksFixture } from "./fixture-networks";

/** The PDF briefing: produced, paginated, and carrying the period's figures in the chosen language. */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;

beforeAll(async () => {
  f = await seedDashboardFixture(await getDb());
  await seedAdvocacyFixture(await getDb(), f);
  await seedFundingFixture(await getDb(), f);
  await seedNetworksFixture(await getDb());
});

async function pdfFor(locale: "fi" | "sv" | "en", query: Record<string, string>, compress = true) {
  const loaded = await loadBriefing(await getDb(), { locale, query, today: TODAY, staleAfterDays: STALE_DAYS });
  const file = await renderBriefingPdf(loaded!.briefing, { confidential: "INTERNAL", compress, baseUrl: "https://app.example" });
  return { file, pdf: readPdf(file) };
}

describe("the PDF briefing", () => {
  it("is a PDF with pages, the period, the date and the strategy figures (English)", async () => {
    const { file, pdf } = await pdfFor("en", { period: f.periodId });
    expect(file.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdf.declaredCount).toBe(pdf.pageCount);
    const text = flatText(pdf.pages);
    expect(text).toContain("City of Helsinki");
    expect(text).toContain("Council term 2021–2025");
    expect(text).toContain("As of 15 June 2024");
    expect(text).toContain("Progress by goal");
    // Key figures: 8 measures, 53 % progress, 3 late, 3 stale (hand-checked in fixture.ts).
    expect(text).toMatch(/53% Progress/);
    expect(text).toMatch(/3 Late/);
    expect(text).toMatch(/3 Stale/);
    // The numbers under the chart: goal, progress, measures, late, stale.
    expect(text).toMatch(/Alpha goal 58% 6 1 2/);
    expect(text).toMatch(/Beta goal 46% 2 2 1/);
    // Advocacy and evaluation (fixture-advocacy.ts): adoption rate 50 %, A1 63 %; scores over two rounds.
    expect(text).toMatch(/50% Adoption rate/);
    expect(text).toMatch(/Painopiste A1 \(en\) \(Alpha goal\) 63% 5 2 1 1 1/);
    expect(text).toMatch(/Painopiste B1 \(en\) \(Beta goal\) 4\.5 3\.0 2/);
    // EU funding (fixture-funding.ts): aligned share, the heat-map with its key, exact euros under the chart.
    expect(text).toMatch(/88\.5% Aligned share/);
    expect(text).toContain("Priorities × programmes");
    expect(text).toContain("T-HOR = Horizon Europe");
    expect(text).toMatch(/LIFE-ohjelma €250,000\.50 1/);
    // Networks (fixture-networks.ts): fees by type and the latest review's recommendations.
    expect(text).toMatch(/City network €1,250,000\.50 2/);
    expect(text).toMatch(/Verkosto B en Leave no/);
    expect(text).toContain(`Page 1 of ${pdf.pageCount}`);
    expect(pdf.info).toContain("Briefing on advocacy and international cooperation");
  });

  it("writes Finnish and Swedish letters and the en dash as text (å ä ö –)", async () => {
    const fi = flatText((await pdfFor("fi", { period: f.periodId })).pdf.pages);
    expect(fi).toContain("Helsingin kaupunki");
    expect(fi).toContain("Valtuustokausi 2021–2025");
    expect(fi).toContain("Edistyminen tavoitteittain");
    expect(fi).toMatch(/58 % 6 1 2/);
    expect(fi).toContain("Myöhässä");
    expect(fi).toContain("Päivittämättä");
    const sv = flatText((await pdfFor("sv", { period: f.periodId })).pdf.pages);
    expect(sv).toContain("Helsingfors stad");
    expect(sv).toContain("Fullmäktigeperioden 2021–2025");
    expect(sv).toContain("Försenade");
    expect(sv).toContain("Alfamål");
    expect(fi + sv).not.toContain("\ufffd");
  });

  it("follows the goal filter", async () => {
    const text = flatText((await pdfFor("en", { period: f.periodId, goal: f.goalB })).pdf.pages);
    expect(text).toContain("Goal: Beta goal");
    expect(text).toMatch(/Beta goal 46% 2 2 1/);
    expect(text).not.toContain("Alpha goal");
  });

  it("is the same document uncompressed (text readable in the raw file)", async () => {
    const { file, pdf } = await pdfFor("en", { period: f.periodId }, false);
    expect(file.toString("latin1")).not.toContain("/FlateDecode");
    expect(flatText(pdf.pages)).toMatch(/Alpha goal 58% 6 1 2/);
  });

  it("breaks long content onto further pages, numbered", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "en", query: { period: f.periodId }, today: TODAY, staleAfterDays: STALE_DAYS });
    const b = loaded!.briefing;
    const section = b.sections.find((s) => s.id === "strategy")!;
    const bars = section.blocks[0]!;
    if (bars.kind !== "bars") throw new Error("expected bars");
    const many = { ...bars, rows: Array.from({ length: 60 }, (_, i) => ({ ...bars.rows[0]!, label: `Row ${i + 1}` })) };
    const file = await renderBriefingPdf({ ...b, sections: [{ ...section, blocks: [many] }] }, { confidential: "INTERNAL", baseUrl: "https://app.example" });
    const pdf = readPdf(file);
    expect(pdf.pageCount).toBeGreaterThan(2);
    const text = flatText(pdf.pages);
    for (const n of [1, 30, 60]) expect(text).toContain(`Row ${n} `);
    expect(flatText([pdf.pages.at(-1)!])).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
  });
});
