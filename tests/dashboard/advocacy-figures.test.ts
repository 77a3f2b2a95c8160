import { beforeAll, describe, expect, it } from "vitest";
import { advocacyFigures } from "@/db/queries/advocacy/dashboard";
import { adoptionFigures } from "@/lib/advocacy/adoption";
import { loadBriefing } from "@/lib/dashboard/load";
import { adoptionRate } from "@/lib/advocacy/dashboard-section";
import { setupTestDatabase } from "../helpers/db";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";
import { EXPECTED_ADVOCACY, seedAdvocacyFixture } from "./fixture-advocacy";

/** Government-programme asks, statements and evaluation scores against hand-checked figures (fixture-advocacy.ts). */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;
let rounds: { r2023: string; r2024: string };

beforeAll(async () => {
  const db = await getDb();
  f = await seedDashboardFixture(db);
  rounds = await seedAdvocacyFixture(db, f);
});

const counts = (r: { total: number; adopted: number; partly: number; notAdopted: number; pending: number } | undefined) =>
  r && { total: r.total, adopted: r.adopted, partly: r.partly, notAdopted: r.notAdopted, pending: r.pending };

describe("advocacy figures", () => {
  it("asks by priority, counted by outcome (archived asks and priorities, other periods left out)", async () => {
    const { asks } = await advocacyFigures(await getDb(), { periodId: f.periodId }, TODAY);
    expect(asks.map((a) => a.priorityId)).toEqual([f.A1, f.A2, f.B1]);
    expect(counts(asks[0])).toEqual(EXPECTED_ADVOCACY.A1);
    expect(counts(asks[1])).toEqual(EXPECTED_ADVOCACY.A2);
    expect(counts(asks[2])).toEqual(EXPECTED_ADVOCACY.B1);
  });

  it("the adoption rate follows the advocacy area's rule", () => {
    expect(adoptionRate(EXPECTED_ADVOCACY.A1)).toBe(0.625);
    expect(adoptionRate(EXPECTED_ADVOCACY.B1)).toBeNull();
    // The same as the advocacy area's own function on the individual outcomes.
    expect(adoptionRate(EXPECTED_ADVOCACY.A1)).toBe(adoptionFigures(["adopted", "adopted", "partly", "not_adopted", "pending"]).rate);
  });

  it("statements given and overdue", async () => {
    const { statements } = await advocacyFigures(await getDb(), { periodId: f.periodId }, TODAY);
    expect(statements).toEqual(EXPECTED_ADVOCACY.statements);
  });

  it("evaluation: the closed rounds oldest first, submitted scores only", async () => {
    const { rounds: shown, scores } = await advocacyFigures(await getDb(), { periodId: f.periodId }, TODAY);
    expect(shown.map((r) => r.id)).toEqual([rounds.r2023, rounds.r2024]);
    const mean = (roundId: string, priorityId: string) => {
      const s = scores.find((x) => x.roundId === roundId && x.priorityId === priorityId);
      return s ? [s.answers, s.answers ? s.sum / s.answers : null] : undefined;
    };
    expect(mean(rounds.r2023, f.A1)).toEqual([2, 3.5]);
    expect(mean(rounds.r2023, f.A2)).toEqual([1, 2]);
    expect(mean(rounds.r2023, f.B1)).toEqual([2, 4.5]);
    expect(mean(rounds.r2024, f.A1)).toEqual([2, 4.5]);
    expect(mean(rounds.r2024, f.B1)).toEqual([2, 3]);
    expect(mean(rounds.r2024, f.A2)).toBeUndefined();
  });
});

describe("advocacy and evaluation in the briefing", () => {
  it("key figures and tables, formatted", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "en", query: { period: f.periodId }, today: TODAY, staleAfterDays: STALE_DAYS });
    const section = (id: string) => loaded!.briefing.sections.find((s) => s.id === id)!;
    const fig = (id: string) => Object.fromEntries(section(id).figures.map((x) => [x.key, x.value]));
    expect(fig("advocacy")).toEqual({ asks: "8", adoption: "50%", adopted: "2", statements: "1", overdue: "1" });
    const byPriority = section("advocacy").blocks.find((b) => b.id === "adoption-by-priority");
    expect(byPriority?.kind === "bars" && byPriority.rows.map((r) => [r.label, r.values[0]?.display, ...(r.extra ?? [])])).toEqual([
      ["Painopiste A1 (en)", "63%", "5", "2", "1", "1", "1"],
      ["Painopiste A2 (en)", "25%", "2", "0", "1", "1", "0"],
      ["Painopiste B1 (en)", "–", "1", "0", "0", "0", "1"],
    ]);
    expect(fig("evaluation")).toEqual({ round: "Kierros 2024 en", mean: "3.8", answers: "4" });
    const scores = section("evaluation").blocks[0];
    expect(scores?.kind === "bars" && scores.series.map((s) => s.name)).toEqual(["Kierros 2023 en", "Kierros 2024 en"]);
    expect(scores?.kind === "bars" && scores.rows.map((r) => [r.label, ...r.values.map((v) => v.display), ...(r.extra ?? [])])).toEqual([
      ["Painopiste A1 (en)", "3.5", "4.5", "2"],
      ["Painopiste A2 (en)", "2.0", "–", "0"],
      ["Painopiste B1 (en)", "4.5", "3.0", "2"],
    ]);
  });

  it("a goal filter narrows the asks and scores to its priorities", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "fi", query: { period: f.periodId, goal: f.goalB }, today: TODAY, staleAfterDays: STALE_DAYS });
    const advocacy = loaded!.briefing.sections.find((s) => s.id === "advocacy")!;
    expect(Object.fromEntries(advocacy.figures.map((x) => [x.key, x.value]))).toMatchObject({ asks: "1", adoption: "–", adopted: "0", statements: "0", overdue: "1" });
    const scores = loaded!.briefing.sections.find((s) => s.id === "evaluation")!.blocks[0];
    expect(scores?.kind === "bars" && scores.rows.map((r) => r.label)).toEqual(["Painopiste B1"]);
  });
});
