import { describe, expect, it } from "vitest";
import { effectiveEnd, formatFlexibleDate, parseFlexibleDate } from "@/lib/strategy/dates";
import { rollUpProgress } from "@/lib/strategy/rollup";

describe("dates with month precision", () => {
  it("parses the forms people type", () => {
    expect(parseFlexibleDate("06/2022")).toEqual({ date: "2022-06-01", precision: "month" });
    expect(parseFlexibleDate("15.6.2022")).toEqual({ date: "2022-06-15", precision: "day" });
    expect(parseFlexibleDate("2022-06-15")).toEqual({ date: "2022-06-15", precision: "day" });
    expect(parseFlexibleDate("31.2.2022")).toBeNull();
    expect(parseFlexibleDate("13/2022")).toBeNull();
    expect(parseFlexibleDate("soon")).toBeNull();
  });
  it("a month date lasts to the month's end", () => {
    expect(effectiveEnd("2022-06-01", "month")).toBe("2022-06-30");
    expect(effectiveEnd("2024-02-01", "month")).toBe("2024-02-29");
  });
  it("formats as 06/2022 or in the locale", () => {
    expect(formatFlexibleDate("2022-06-01", "month", "fi")).toBe("06/2022");
    expect(formatFlexibleDate("2022-06-15", "day", "fi")).toBe("15.6.2022");
    // English in European form, day first with the month in words: never US order.
    expect(formatFlexibleDate("2026-12-02", "day", "en")).toBe("2 Dec 2026");
    expect(formatFlexibleDate("2026-12-02", "day", "sv")).toBe("2.12.2026");
  });
});

describe("progress roll-up", () => {
  it("is the weighted mean, ignoring cancelled measures", () => {
    expect(rollUpProgress([{ progress: 100, weight: 3 }, { progress: 0, weight: 1 }])).toBe(75);
    expect(rollUpProgress([{ progress: 50 }, { progress: 0, status: "cancelled" }])).toBe(50);
    expect(rollUpProgress([])).toBeNull();
  });
});
