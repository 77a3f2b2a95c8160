import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AskOutcome } from "@/db/schema/advocacy";
import { adoptionByPriority, adoptionFigures, formatRate } from "@/lib/advocacy/adoption";

describe("adoption rate of government-programme asks", () => {
  it("counts adopted as 1, partly as ½, not adopted as 0, and leaves pending out", () => {
    const f = adoptionFigures(["adopted", "adopted", "partly", "not_adopted", "pending", "pending"]);
    expect(f).toMatchObject({ total: 6, adopted: 2, partly: 1, notAdopted: 1, pending: 2, decided: 4 });
    expect(f.rate).toBeCloseTo(2.5 / 4, 10);
  });

  it("has no rate before any outcome is known", () => {
    expect(adoptionFigures([]).rate).toBeNull();
    expect(adoptionFigures(["pending", "pending"]).rate).toBeNull();
  });

  it("is 0 when nothing was adopted and 1 when everything was", () => {
    expect(adoptionFigures(["not_adopted", "not_adopted"]).rate).toBe(0);
    expect(adoptionFigures(["adopted", "pending"]).rate).toBe(1);
    expect(adoptionFigures(["partly", "partly"]).rate).toBe(0.5);
  });

  it("is always between 0 and 1 and the counts add up", () => {
    const outcome = fc.constantFrom<AskOutcome>("pending", "adopted", "partly", "not_adopted");
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 60 }), (list) => {
        const f = adoptionFigures(list);
        expect(f.adopted + f.partly + f.notAdopted + f.pending).toBe(list.length);
        if (f.rate !== null) {
          expect(f.rate).toBeGreaterThanOrEqual(0);
          expect(f.rate).toBeLessThanOrEqual(1);
          expect(f.rate * f.decided).toBeCloseTo(f.adopted + f.partly / 2, 9);
        }
      }),
    );
  });

  it("is computed per priority as well as overall", () => {
    const { overall, byPriority } = adoptionByPriority([
      { priorityId: "a", outcome: "adopted" },
      { priorityId: "a", outcome: "not_adopted" },
      { priorityId: "b", outcome: "partly" },
      { priorityId: "b", outcome: "pending" },
    ]);
    expect(overall.rate).toBeCloseTo(1.5 / 3, 10);
    expect(byPriority.get("a")?.rate).toBe(0.5);
    expect(byPriority.get("b")?.rate).toBe(0.5);
    expect(byPriority.get("b")?.decided).toBe(1);
  });

  it("is shown as a whole percentage in each language", () => {
    expect(formatRate(4 / 7, "en")).toBe("57%");
    expect(formatRate(4 / 7, "fi").replace(/\s/g, " ")).toBe("57 %");
    expect(formatRate(null, "sv")).toBe("–");
  });
});
