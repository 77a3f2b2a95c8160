import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefing } from "@/lib/dashboard/load";
import { setupTestDatabase } from "../helpers/db";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";
import { seedFundingFixture } from "./fixture-funding";

/** EU money by programme and priority, the aligned share, the success rate and the heat-map (fixture-funding.ts). */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;

beforeAll(async () => {
  const db = await getDb();
  f = await seedDashboardFixture(db);
  await seedFundingFixture(db, f);
});

const funding = async (query: Record<string, string>) => {
  const loaded = await loadBriefing(await getDb(), { locale: "en", query, today: TODAY, staleAfterDays: STALE_DAYS });
  return loaded!.briefing.sections.find((s) => s.id === "funding")!;
};

describe("EU funding in the dashboard", () => {
  it("key figures: aligned share and success rate", async () => {
    const s = await funding({ period: f.periodId });
    const fig = Object.fromEntries(s.figures.map((x) => [x.key, x.value]));
    expect(fig.aligned).toBe("88.5%");
    expect(fig.success).toBe("83.3%");
    expect(fig.decided).toBe("5 of 6");
  });

  it("money by programme, largest first, exact in the table", async () => {
    const block = (await funding({ period: f.periodId })).blocks.find((b) => b.id === "eu-by-programme");
    expect(block?.kind === "bars" && block.rows.map((r) => [r.label, r.values[0]?.display, ...(r.extra ?? [])])).toEqual([
      ["Horizon Europe", "€1,200,000", "2"],
      ["Euroopan aluekehitysrahasto", "€540,000", "2"],
      ["LIFE-ohjelma", "€250,000.50", "1"],
    ]);
  });

  it("money by the period's priorities, and the priorities × programmes heat-map", async () => {
    const s = await funding({ period: f.periodId });
    const byPriority = s.blocks.find((b) => b.id === "eu-by-priority");
    expect(byPriority?.kind === "bars" && byPriority.rows.map((r) => [r.label, r.values[0]?.display, ...(r.extra ?? [])])).toEqual([
      ["Painopiste A1 (en)", "€1,250,000.50", "2"],
      ["Painopiste A2 (en)", "€1,000,000", "1"],
      ["Painopiste B1 (en)", "€500,000", "1"],
    ]);
    const heat = s.blocks.find((b) => b.id === "eu-heatmap");
    if (heat?.kind !== "heatmap") throw new Error("no heat-map");
    expect(heat.columns.map((c) => c.short)).toEqual(["T-HOR", "T-ERDF", "T-LIFE"]);
    expect(heat.rows.map((r) => [r.label, ...r.cells.map((c) => c.exact)])).toEqual([
      ["Painopiste A1 (en)", "€1,000,000", "–", "€250,000.50"],
      ["Painopiste A2 (en)", "€1,000,000", "–", "–"],
      ["Painopiste B1 (en)", "–", "€500,000", "–"],
    ]);
    expect(heat.max).toBe(100_000_000);
  });

  it("a goal filter narrows the priority rows", async () => {
    const s = await funding({ period: f.periodId, goal: f.goalB });
    const heat = s.blocks.find((b) => b.id === "eu-heatmap");
    expect(heat?.kind === "heatmap" && heat.rows.map((r) => r.label)).toEqual(["Painopiste B1 (en)"]);
    expect(heat?.kind === "heatmap" && heat.columns.map((c) => c.short)).toEqual(["T-ERDF"]);
  });
});
