import { beforeAll, describe, expect, it } from "vitest";
import { progressByGoal, progressByPriority, strategyFigures } from "@/db/queries/strategy/dashboard";
import { loadBriefing } from "@/lib/dashboard/load";
import { setupTestDatabase } from "../helpers/db";
import { EXPECTED, STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";

/** The dashboard's strategy figures against a dataset whose figures were worked out by hand (fixture.ts). */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;

beforeAll(async () => {
  f = await seedDashboardFixture(await getDb());
});

const scope = () => ({ periodId: f.periodId, today: TODAY, staleAfterDays: STALE_DAYS });
const pickFigures = <T extends Record<string, unknown>>(row: T | undefined, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row?.[k]]));

describe("strategy figures of a period", () => {
  it("totals: measures, weighted progress (cancelled left out), late, stale and completed", async () => {
    const { totals } = await strategyFigures(await getDb(), scope());
    expect(totals).toEqual(EXPECTED.totals);
  });

  it("by goal, in order; archived goals and other periods' goals are not shown", async () => {
    const rows = await progressByGoal(await getDb(), scope());
    expect(rows.map((r) => r.title.fi)).toEqual(["Alpha-tavoite", "Beta-tavoite"]);
    const keys = ["measures", "progress", "late", "stale", "completed"];
    expect(pickFigures(rows[0], keys)).toEqual(EXPECTED.goalA);
    expect(pickFigures(rows[1], keys)).toEqual(EXPECTED.goalB);
  });

  it("by priority: a measure serving two priorities counts in both; archived priorities and measures are left out", async () => {
    const rows = await progressByPriority(await getDb(), scope());
    expect(rows.map((r) => r.title.fi)).toEqual(["Painopiste A1", "Painopiste A2", "Painopiste B1"]);
    const keys = ["measures", "progress", "late", "stale"];
    expect(pickFigures(rows[0], keys)).toEqual(EXPECTED.A1);
    expect(pickFigures(rows[1], keys)).toEqual(EXPECTED.A2);
    expect(pickFigures(rows[2], keys)).toEqual(EXPECTED.B1);
  });

  it("measures by status", async () => {
    const { byStatus } = await strategyFigures(await getDb(), scope());
    expect(Object.fromEntries(byStatus.map((s) => [s.status, s.measures]))).toEqual(EXPECTED.byStatus);
  });

  it("a goal filter narrows every figure to that goal", async () => {
    const figures = await strategyFigures(await getDb(), { ...scope(), goalId: f.goalB });
    expect(figures.totals).toEqual(EXPECTED.goalB);
    expect(figures.byGoal.map((g) => g.id)).toEqual([f.goalB]);
    expect(figures.byPriority.map((p) => p.id)).toEqual([f.B1]);
  });

  it("a later day makes more measures late and stale (nothing is cached)", async () => {
    const { totals } = await strategyFigures(await getDb(), { ...scope(), today: "2025-02-01" });
    // m1 (due 31.12.2024) and m5 (due 06/2024) are now late; all unfinished measures are stale (latest update 14.6.2024 → 232 days).
    expect(totals.late).toBe(5);
    expect(totals.stale).toBe(6);
  });
});

describe("the briefing built from the figures", () => {
  it("shows the period asked for, with the figures formatted and linking to the filtered staff list", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "en", query: { period: f.periodId }, today: TODAY, staleAfterDays: STALE_DAYS });
    expect(loaded?.briefing.period).toBe("Council term 2021–2025");
    const strategy = loaded!.briefing.sections.find((s) => s.id === "strategy")!;
    const fig = Object.fromEntries(strategy.figures.map((x) => [x.key, x]));
    expect(fig.measures?.value).toBe("8");
    expect(fig.progress?.value).toBe("53%");
    expect(fig.late).toMatchObject({ value: "3", alert: true, href: `/staff/strategy?period=${f.periodId}&late=1` });
    expect(fig.stale).toMatchObject({ value: "3", href: `/staff/strategy?period=${f.periodId}&stale=1` });
    const byGoal = strategy.blocks.find((b) => b.id === "progress-by-goal");
    expect(byGoal?.kind === "bars" && byGoal.rows.map((r) => [r.label, r.values[0]?.display, ...(r.extra ?? [])])).toEqual([
      ["Alpha goal", "58%", "6", "1", "2"],
      ["Beta goal", "46%", "2", "2", "1"],
    ]);
  });

  it("without a period in the URL shows the period of the day's year; a goal of another period is ignored", async () => {
    const db = await getDb();
    const loaded = await loadBriefing(db, { locale: "fi", query: { goal: f.goalA }, today: "2027-03-01", staleAfterDays: STALE_DAYS });
    expect(loaded?.scope).toEqual({ periodId: f.period2Id, goalId: undefined });
    const inPeriod = await loadBriefing(db, { locale: "fi", query: { period: f.periodId, goal: f.goalA }, today: TODAY, staleAfterDays: STALE_DAYS });
    expect(inPeriod?.scope).toEqual({ periodId: f.periodId, goalId: f.goalA });
    expect(inPeriod?.briefing.scopeLine).toContain("Tavoite: Alpha-tavoite");
  });

  it("an archived goal cannot be chosen", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "fi", query: { period: f.periodId, goal: f.goalC }, today: TODAY, staleAfterDays: STALE_DAYS });
    expect(loaded?.scope.goalId).toBeUndefined();
  });
});
