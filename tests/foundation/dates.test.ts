import { describe, expect, it } from "vitest";
import { addDays, dayInput, daysBetween, formatDay, todayInHelsinki } from "@/lib/dates";

describe("Helsinki calendar days (lib/dates)", () => {
  it("today is Helsinki's day, not the server's", () => {
    expect(todayInHelsinki(new Date("2026-11-28T21:59:00Z"))).toBe("2026-11-28");
    expect(todayInHelsinki(new Date("2026-11-28T22:00:00Z"))).toBe("2026-11-29"); // midnight in Helsinki (UTC+2)
    expect(todayInHelsinki(new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01"); // summer time (UTC+3)
  });
  it("adds and counts whole days across month ends and daylight-saving changes", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-10-26", "2026-10-24")).toBe(-2);
  });
  it("shows a day in the reader's language and as typed back into a form", () => {
    expect(formatDay("2026-03-01", "fi")).toBe("1.3.2026");
    expect(formatDay("2026-03-01", "en")).toBe("1 Mar 2026");
    expect(formatDay(null, "fi")).toBe("");
    expect(dayInput("2026-03-01")).toBe("1.3.2026");
  });
});
