import { beforeAll, describe, expect, it } from "vitest";
import { feesByType } from "@/db/queries/networks/dashboard";
import { loadBriefing } from "@/lib/dashboard/load";
import { setupTestDatabase } from "../helpers/db";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";
import { EXPECTED_NETWORKS, seedNetworksFixture } from "./fixture-networks";

/** Network fees by type and the latest review's recommendations against hand-checked figures (fixture-networks.ts). */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;
let latestRoundId: string;

beforeAll(async () => {
  const db = await getDb();
  f = await seedDashboardFixture(db);
  ({ latestRoundId } = await seedNetworksFixture(db));
});

describe("network figures", () => {
  it("fees of active networks by type and currency, exact cents", async () => {
    const rows = await feesByType(await getDb());
    const byType: Record<string, Record<string, [number, number]>> = {};
    for (const r of rows) (byType[r.type] ??= {})[r.currency] = [r.networks, r.feeCents];
    expect(byType).toEqual(EXPECTED_NETWORKS.fees);
  });

  it("in the briefing: totals, fees by type and the latest review's recommendations", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "en", query: { period: f.periodId }, today: TODAY, staleAfterDays: STALE_DAYS });
    const section = loaded!.briefing.sections.find((s) => s.id === "networks")!;
    expect(Object.fromEntries(section.figures.map((x) => [x.key, x.value]))).toEqual({ networks: "5", fees: "€1,280,000.50", keep: "1", leave: "1", join: "1" });
    expect(section.figures.find((x) => x.key === "leave")).toMatchObject({ alert: true, href: `/staff/networks/reviews/${latestRoundId}` });
    const fees = section.blocks.find((b) => b.id === "fees-by-type");
    expect(fees?.kind === "bars" && fees.rows.map((r) => [r.label, r.values[0]?.display, ...(r.extra ?? [])])).toEqual([
      ["City network", "€1,250,000.50", "2", "–"],
      ["EU network", "€30,000", "1", "–"],
      ["Bilateral partnership", "€0", "1", "–"],
      ["Other", "€0", "1", "SEK\u00a020,000"],
    ]);
    const review = section.blocks.find((b) => b.id === "latest-review");
    expect(review?.title).toBe("Network review recommendations: Arviointi 2024 en");
    expect(review?.kind === "table" && review.rows).toEqual([
      ["Verkosto A en", "Keep", "yes"],
      ["Verkosto E en", "Join", "no"],
      ["Verkosto C en", "Re-evaluate", "no"],
      ["Verkosto D en", "–", "no"],
      ["Verkosto B en", "Leave", "no"],
    ]);
  });
});
