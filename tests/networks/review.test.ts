import { describe, expect, it } from "vitest";
import { aggregateItem, summariseRound, type ItemInput } from "@/lib/networks/review";

const item = (id: string, over: Partial<ItemInput>): ItemInput => ({
  itemId: `i-${id}`,
  networkId: id,
  feeCents: null,
  currency: "EUR",
  priorityIds: [],
  decision: null,
  scores: [],
  ...over,
});

describe("review aggregation (hand-checked example)", () => {
  /*
   * Three networks, priorities P1..P4.
   *   A: fee 1 000,10 €, serves P1 and P2; reviewers (4,5,3,keep) and (2,3,3,leave) and (3,4,3,keep)
   *      fit (4+2+3)/3 = 3.00, benefit (5+3+4)/3 = 4.00, cost (3+3+3)/3 = 3.00, overall 30/9 = 3.33; votes keep 2 – leave 1 → keep
   *   B: fee 250,05 €, serves P2 and P3; reviewers (1,2,2,leave) and (2,1,2,keep) → split 1–1 → re_evaluate,
   *      but the coordinator decided "leave"; fit 1.50, benefit 1.50, cost 2.00, overall (1+2+2+2+1+2)/6 = 10/6 = 1.67
   *   C: fee 2 000 SEK, serves P4; no scores, no decision → pending (counted as still serving P4)
   *   D: fee 0,20 €, serves P1; one reviewer (5,5,4,keep) → keep; overall 14/3 = 4.67
   * Keep fees: 1 000,10 + 0,20 = 1 000,30 € → 100 030 cents. Leave fees: 250,05 € → 25 005 cents.
   * P3 is served only by B, which is left → unserved. P5 is served by nobody → unserved.
   */
  const items = [
    item("A", { feeCents: 100_010, priorityIds: ["P1", "P2"], scores: [
      { strategicFit: 4, benefit: 5, costEffectiveness: 3, recommendation: "keep" },
      { strategicFit: 2, benefit: 3, costEffectiveness: 3, recommendation: "leave" },
      { strategicFit: 3, benefit: 4, costEffectiveness: 3, recommendation: "keep" },
    ] }),
    item("B", { feeCents: 25_005, priorityIds: ["P2", "P3"], decision: "leave", scores: [
      { strategicFit: 1, benefit: 2, costEffectiveness: 2, recommendation: "leave" },
      { strategicFit: 2, benefit: 1, costEffectiveness: 2, recommendation: "keep" },
    ] }),
    item("C", { feeCents: 200_000, currency: "SEK", priorityIds: ["P4"] }),
    item("D", { feeCents: 20, priorityIds: ["P1"], scores: [{ strategicFit: 5, benefit: 5, costEffectiveness: 4, recommendation: "keep" }] }),
  ];

  it("averages each criterion and finds the consensus", () => {
    const a = aggregateItem(items[0]!);
    expect(a).toMatchObject({ reviewers: 3, strategicFit: 3, benefit: 4, costEffectiveness: 3, overall: 3.33, consensus: "keep", outcome: "keep" });
    expect(a.votes).toEqual({ keep: 2, leave: 1, join: 0, re_evaluate: 0 });
    const b = aggregateItem(items[1]!);
    expect(b).toMatchObject({ strategicFit: 1.5, benefit: 1.5, costEffectiveness: 2, overall: 1.67, consensus: "re_evaluate", outcome: "leave" });
    expect(aggregateItem(items[2]!)).toMatchObject({ reviewers: 0, overall: null, consensus: null, outcome: null });
    expect(aggregateItem(items[3]!).overall).toBe(4.67);
  });

  it("summarises the round: networks by recommendation, exact fees, unserved priorities", () => {
    const s = summariseRound(items, ["P1", "P2", "P3", "P4", "P5"]);
    expect(s.byOutcome).toEqual({ keep: ["A", "D"], leave: ["B"], join: [], re_evaluate: [], pending: ["C"] });
    expect(s.feesKeep).toEqual({ EUR: 100_030 });
    expect(s.feesLeave).toEqual({ EUR: 25_005 });
    expect(s.unservedPriorityIds).toEqual(["P3", "P5"]);
  });
});
