import { describe, expect, it } from "vitest";
import { MEASURES_PER_PAGE, measurePage } from "@/lib/strategy/measure-pages";

describe("public measure pages", () => {
  it("read ?page= within 1…pages, and anything else as the first page", () => {
    const total = MEASURES_PER_PAGE * 50; // a goal with 2 500 measures
    expect(measurePage(undefined, total)).toEqual({ page: 1, pages: 50 });
    expect(measurePage("7", total)).toEqual({ page: 7, pages: 50 });
    expect(measurePage(["3", "9"], total)).toEqual({ page: 3, pages: 50 });
    for (const bad of ["0", "-1", "51", "2.5", "abc", "1e9", ""]) expect(measurePage(bad, total).page).toBe(1);
    expect(measurePage("1", 0)).toEqual({ page: 1, pages: 1 });
    expect(measurePage(undefined, MEASURES_PER_PAGE + 1).pages).toBe(2);
  });
});
