import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cellFlexibleDate } from "@/lib/import-export/cells";

/** One partial-date cell for every import: networks and EU projects take a year alone, measures days and months only. */
describe("cellFlexibleDate", () => {
  const issue = (schema: z.ZodType<unknown, unknown>, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? null : parsed.error.issues[0]?.message;
  };

  it("takes a day, a month or a year; empty is unknown (null), never a default day", () => {
    const cell = cellFlexibleDate({ optional: true });
    expect(cell.parse("15.6.2022")).toEqual({ date: "2022-06-15", precision: "day" });
    expect(cell.parse("06/2022")).toEqual({ date: "2022-06-01", precision: "month" });
    expect(cell.parse("1994")).toEqual({ date: "1994-01-01", precision: "year" });
    expect(cell.parse("")).toBeNull();
    expect(cell.parse(undefined)).toBeNull();
    expect(issue(cell, "kesäkuu")).toBe("errors.flexibleDate");
  });

  it("a required cell refuses an empty one", () => {
    expect(issue(cellFlexibleDate(), "")).toBe("errors.required");
  });

  it("where the domain has no year-only dates (measures) a year alone is refused", () => {
    const cell = cellFlexibleDate({ optional: true, allowYear: false });
    expect(issue(cell, "2022")).toBe("errors.flexibleDate");
    expect(cell.parse("06/2022")).toEqual({ date: "2022-06-01", precision: "month" });
    expect(cell.parse(" ")).toBeNull();
  });
});
