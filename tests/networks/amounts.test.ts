import { describe, expect, it } from "vitest";
import { addFee, daysToTenths, formatFeeTotals, parseDaysToTenths } from "@/lib/networks/amounts";
import { formatMoney } from "@/lib/money";
import { moneyField } from "@/lib/networks/input";

describe("network fees and staff time", () => {
  it("reads fees as people type them, exactly, and refuses negative ones", () => {
    expect(moneyField.parse("1 250,50")).toBe(125_050);
    expect(moneyField.parse("32 500")).toBe(3_250_000);
    expect(moneyField.parse("")).toBeNull();
    expect(moneyField.safeParse("-100").error?.issues[0]?.message).toBe("errors.moneyNegative");
    expect(moneyField.safeParse("abc").error?.issues[0]?.message).toBe("errors.money");
  });

  it("adds fees exactly, keeping currencies apart", () => {
    // Float sums would drift here: 10 + 20 cents, a thousand times.
    const totals = {};
    for (let i = 0; i < 1000; i++) {
      addFee(totals, 10, "EUR");
      addFee(totals, 20, "EUR");
    }
    addFee(totals, 2_500_000, "SEK");
    addFee(totals, null, "EUR");
    expect(totals).toEqual({ EUR: 30_000, SEK: 2_500_000 });
    expect(formatFeeTotals(totals, "en").replace(/\s/g, " ")).toBe("€300.00 + SEK 25,000.00");
  });

  it("formats any currency from exact cents", () => {
    expect(formatMoney(125_050, "fi").replace(/\s/g, " ")).toBe("1 250,50 €");
    expect(formatMoney(125_050, "en")).toBe("€1,250.50");
    expect(formatMoney(2_500_001, "en", { currency: "SEK" }).replace(/\s/g, " ")).toBe("SEK 25,000.01");
  });

  it("reads person-days to one decimal", () => {
    expect(parseDaysToTenths("7,5")).toBe(75);
    expect(parseDaysToTenths("12")).toBe(120);
    expect(parseDaysToTenths("-3")).toBe("negative");
    expect(parseDaysToTenths("7.25")).toBeNull();
    expect(daysToTenths("7.5") + daysToTenths("0.1") + daysToTenths("0.2")).toBe(78);
  });
});
