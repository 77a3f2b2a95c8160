import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { centsFromDb, centsToDecimalString, formatMoney, formatMoneyInput, formatPercent, parseMoney, shareBasisPoints, sumCents } from "@/lib/money";
import { zMoney } from "@/lib/money-zod";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("parsing euro amounts", () => {
  it.each([
    ["1 250 000,50", 125000050],
    ["1250000.50", 125000050],
    ["1250000,5", 125000050],
    ["1\u00a0250\u00a0000,50 €", 125000050],
    ["1.250.000,50", 125000050],
    ["1,250,000.50", 125000050],
    ["€ 12", 1200],
    ["12 EUR", 1200],
    ["0,01", 1],
    [",5", 50],
    ["1.250.000", 125000000],
    ["250000", 25000000],
    ["-12,30", -1230],
  ])("%s → %i cents", (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(["", "abc", "12,345,67", "1,2,3.4.5", "1.250", "1,250", "12,345", "1.2.3", "12,3,4", "1e6", "0x10", "12..5", "99999999999999"])("refuses %j", (input) => {
    expect(parseMoney(input)).toBeNull();
  });

  it("reads back what it writes, in every locale, for any amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), fc.constantFrom("fi", "sv", "en"), (cents, locale) => {
        expect(parseMoney(formatMoneyInput(cents, locale))).toBe(cents);
        expect(parseMoney(formatMoney(cents, locale))).toBe(cents);
      }),
      { numRuns: 500 },
    );
  });

  it("zMoney refuses negative and non-numeric amounts with translatable keys", () => {
    const schema = z.object({ amount: zMoney() });
    expect(schema.safeParse({ amount: "1 000,10" })).toEqual({ success: true, data: { amount: 100010 } });
    const neg = schema.safeParse({ amount: "-5" });
    expect(neg.success).toBe(false);
    expect(neg.error?.issues[0]?.message).toBe("errors.moneyNegative");
    expect(schema.safeParse({ amount: "lots" }).error?.issues[0]?.message).toBe("errors.money");
    expect(schema.safeParse({ amount: "" }).error?.issues[0]?.message).toBe("errors.required");
    expect(z.object({ amount: zMoney({ optional: true }) }).parse({ amount: " " })).toEqual({ amount: null });
  });
});

describe("adding up money", () => {
  it("sums of many projects are exact to the cent (where floats drift)", () => {
    // 10 000 amounts of 0,10 € add up to exactly 1 000,00 €; the float sum does not.
    const dimes = Array.from({ length: 10_000 }, () => parseMoney("0,10"));
    expect(sumCents(dimes)).toBe(100000);
    expect(Array.from({ length: 10_000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1000);
  });

  it("the sum of formatted parts equals the formatted sum, for random portfolios", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 1, maxLength: 2000 }), (amounts) => {
        const viaText = amounts.map((c) => parseMoney(centsToDecimalString(c)));
        const expected = amounts.reduce((a, b) => a + BigInt(b), 0n);
        expect(BigInt(sumCents(viaText))).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("reads SQL sums exactly", () => {
    expect(centsFromDb("123456789012345")).toBe(123456789012345);
    expect(centsFromDb("42.000")).toBe(42);
    expect(centsFromDb(null)).toBe(0);
    expect(() => centsFromDb("1.5")).toThrow();
  });
});

describe("showing money in the reader's locale", () => {
  it("formats Finnish, Swedish and English", () => {
    expect(nbsp(formatMoney(125000050, "fi"))).toBe("1 250 000,50 €");
    expect(nbsp(formatMoney(125000050, "sv"))).toBe("1 250 000,50 €");
    expect(formatMoney(125000050, "en")).toBe("€1,250,000.50");
    expect(nbsp(formatMoney(125000050, "fi", { whole: true }))).toBe("1 250 001 €");
    expect(formatMoney(1, "en")).toBe("€0.01");
  });

  it("formats amounts beyond float precision without losing cents", () => {
    // 90 071 992 547 409,93 € is above 2^53 / 100: a float would round it.
    expect(formatMoney(9007199254740993n, "en")).toBe("€90,071,992,547,409.93");
  });

  it("computes shares with integer arithmetic", () => {
    expect(shareBasisPoints(1, 3)).toBe(3333);
    expect(shareBasisPoints(2, 3)).toBe(6667);
    expect(shareBasisPoints(5, 0)).toBeNull();
    expect(nbsp(formatPercent(6667, "fi"))).toBe("66,7 %");
    expect(formatPercent(6667, "en")).toBe("66.7%");
  });
});
