import { describe, expect, it } from "vitest";
import { addFee, centsToInput, daysToTenths, formatCents, parseDaysToTenths, parseMoneyToCents } from "@/lib/networks/amounts";

describe("network money and staff time", () => {
  it.each([
    ["1250", 125_000],
    ["1 250,50", 125_050],
    ["1\u00a0250,5", 125_050],
    ["1.250,50", 125_050],
    ["1,250.50", 125_050],
    ["€ 32 500", 3_250_000],
    ["0,01", 1],
    ["1234567,89", 123_456_789],
  ])("reads %s as %i cents", (typed, cents) => {
    expect(parseMoneyToCents(typed)).toEqual({ ok: true, cents });
  });

  it("refuses negative and malformed amounts", () => {
    expect(parseMoneyToCents("-100")).toEqual({ ok: false, error: "moneyNegative" });
    expect(parseMoneyToCents("12,3,4")).toEqual({ ok: false, error: "money" });
    expect(parseMoneyToCents("abc")).toEqual({ ok: false, error: "money" });
    expect(parseMoneyToCents("1.2345")).toEqual({ ok: false, error: "money" });
  });

  it("adds fees exactly, keeping currencies apart", () => {
    // 0.1 + 0.2 style float errors would show up here: 10 + 20 cents, a thousand times.
    const totals = {};
    for (let i = 0; i < 1000; i++) {
      addFee(totals, 10, "EUR");
      addFee(totals, 20, "EUR");
    }
    addFee(totals, 2_500_000, "SEK");
    addFee(totals, null, "EUR");
    expect(totals).toEqual({ EUR: 30_000, SEK: 2_500_000 });
  });

  it("formats and types back cents without rounding", () => {
    expect(formatCents(125_050, "EUR", "fi").replace(/\s/g, " ")).toBe("1 250,50 €");
    expect(formatCents(125_050, "EUR", "en")).toBe("€1,250.50");
    expect(formatCents(900_719_925_474_099, "EUR", "en")).toBe("€9,007,199,254,740.99");
    expect(centsToInput(125_005, "fi")).toBe("1250,05");
    expect(centsToInput(125_005, "en")).toBe("1250.05");
  });

  it("reads person-days to one decimal", () => {
    expect(parseDaysToTenths("7,5")).toBe(75);
    expect(parseDaysToTenths("12")).toBe(120);
    expect(parseDaysToTenths("-3")).toBe("negative");
    expect(parseDaysToTenths("7.25")).toBeNull();
    expect(daysToTenths("7.5") + daysToTenths("0.1") + daysToTenths("0.2")).toBe(78);
  });
});
