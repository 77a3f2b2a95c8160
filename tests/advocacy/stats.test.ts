import { describe, expect, it } from "vitest";
import { summarizeScores } from "@/lib/advocacy/stats";

describe("evaluation score summary", () => {
  it("gives mean, sample standard deviation, range and count", () => {
    const s = summarizeScores([2, 4, 4, 4, 5, 5, 7 - 2, 1]);
    expect(s.count).toBe(8);
    expect(s.mean).toBeCloseTo(30 / 8, 10);
    const mean = 30 / 8;
    const variance = [2, 4, 4, 4, 5, 5, 5, 1].reduce((a, x) => a + (x - mean) ** 2, 0) / 7;
    expect(s.sd).toBeCloseTo(Math.sqrt(variance), 10);
    expect([s.min, s.max]).toEqual([1, 5]);
  });

  it("has no spread for a single answer and nothing for none", () => {
    expect(summarizeScores([3])).toEqual({ count: 1, mean: 3, sd: null, min: 3, max: 3 });
    expect(summarizeScores([])).toEqual({ count: 0, mean: null, sd: null, min: null, max: null });
  });
});
