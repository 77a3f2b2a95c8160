import { describe, expect, it } from "vitest";
import { chartGeometry } from "@/lib/strategy/chart";
import { applyFilters, filtersToQuery, parseFilters } from "@/lib/strategy/filters";
import { isLate, isStale } from "@/lib/strategy/flags";
import { formatDecimal } from "@/lib/strategy/numbers";
import { daysBetween, todayInHelsinki } from "@/lib/dates";

const base = {
  status: "on_schedule",
  dueDate: null as string | null,
  duePrecision: "day" as const,
  createdAt: new Date("2024-01-01T00:00:00Z"),
  milestones: [] as { dueDate: string | null; duePrecision: "day" | "month"; state: string }[],
  lastUpdate: null as string | null,
};

describe("late", () => {
  it("a month-precision due date lasts to the end of its month", () => {
    const m = { ...base, dueDate: "2022-06-01", duePrecision: "month" as const };
    expect(isLate(m, "2022-06-30")).toBe(false);
    expect(isLate(m, "2022-07-01")).toBe(true);
  });
  it("a day-precision due date is late the next day", () => {
    const m = { ...base, dueDate: "2022-06-15" };
    expect(isLate(m, "2022-06-15")).toBe(false);
    expect(isLate(m, "2022-06-16")).toBe(true);
  });
  it("an unfinished milestone past its date makes the measure late; a done one does not", () => {
    const open = { ...base, dueDate: "2030-01-01", milestones: [{ dueDate: "2024-03-01", duePrecision: "month" as const, state: "in_progress" }] };
    expect(isLate(open, "2024-03-31")).toBe(false);
    expect(isLate(open, "2024-04-01")).toBe(true);
    expect(isLate({ ...open, milestones: [{ ...open.milestones[0]!, state: "done" }] }, "2024-04-01")).toBe(false);
  });
  it("completed and cancelled measures are never late", () => {
    for (const status of ["completed", "cancelled"]) expect(isLate({ ...base, status, dueDate: "2020-01-01" }, "2024-01-01")).toBe(false);
  });
});

describe("stale", () => {
  it("no update for more than the configured days", () => {
    const m = { ...base, lastUpdate: "2024-01-01" };
    expect(isStale(m, "2024-03-31", 90)).toBe(false); // 90 days
    expect(isStale(m, "2024-04-01", 90)).toBe(true); // 91 days
    expect(isStale(m, "2024-04-01", 120)).toBe(false);
  });
  it("counts from creation when there is no update yet", () => {
    expect(isStale(base, "2024-03-30", 90)).toBe(false);
    expect(isStale(base, "2024-04-01", 90)).toBe(true);
  });
  it("days between dates", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(todayInHelsinki(new Date("2024-06-30T22:30:00Z"))).toBe("2024-07-01");
  });
});

describe("filters", () => {
  const rows = [
    { ...base, id: "a", periodId: "p", goalId: "g1", priorityIds: ["x"], responsibleUnitId: "u1", title: { fi: "Verkostojen kartoitus", sv: "Kartläggning av nätverken", en: "Mapping of networks" }, description: null, lastUpdate: "2024-05-01" },
    { ...base, id: "b", periodId: "p", goalId: "g2", priorityIds: ["y"], responsibleUnitId: "u2", title: { fi: "Hallitusohjelma" }, description: { fi: "Eduskuntavaalit 2023" }, status: "completed", dueDate: "2023-04-01" },
    { ...base, id: "c", periodId: "p", goalId: "g1", priorityIds: ["x", "y"], responsibleUnitId: "u1", title: { fi: "Ohjeistus" }, description: null, dueDate: "2022-06-01", duePrecision: "month" as const, lastUpdate: "2024-05-20" },
  ];
  const ids = (f: Parameters<typeof applyFilters>[1]) => applyFilters(rows, f, "2024-06-01", 90).map((r) => r.id);
  it("by goal, priority, status and unit", () => {
    expect(ids({ goal: "g1" })).toEqual(["a", "c"]);
    expect(ids({ priority: "y" })).toEqual(["b", "c"]);
    expect(ids({ status: "completed" })).toEqual(["b"]);
    expect(ids({ unit: "u2" })).toEqual(["b"]);
  });
  it("late and stale", () => {
    expect(ids({ late: true })).toEqual(["c"]);
    expect(ids({ stale: true })).toEqual([]);
    expect(applyFilters(rows, { stale: true }, "2024-09-01", 90).map((r) => r.id)).toEqual(["a", "c"]);
  });
  it("text search in every language, words in any order, case-insensitive", () => {
    expect(ids({ q: "kartläggning" })).toEqual(["a"]);
    expect(ids({ q: "NETWORKS mapping" })).toEqual(["a"]);
    expect(ids({ q: "eduskuntavaalit" })).toEqual(["b"]);
    expect(ids({ q: "nothing-like-this" })).toEqual([]);
  });
  it("are read from the URL query, ignoring malformed values, and written back", () => {
    const f = parseFilters({ goal: "not-an-id", status: "late", late: "1", stale: "0", q: "  verkosto ", unit: "3fa85f64-5717-4562-b3fc-2c963f66afa6" });
    expect(f).toMatchObject({ goal: undefined, status: "late", late: true, stale: false, q: "verkosto", unit: "3fa85f64-5717-4562-b3fc-2c963f66afa6" });
    expect(filtersToQuery(f)).toBe("status=late&unit=3fa85f64-5717-4562-b3fc-2c963f66afa6&q=verkosto&late=1");
    expect(parseFilters({ status: "<script>" }).status).toBeUndefined();
  });
});

describe("numbers and chart", () => {
  it("formats exact decimals per language", () => {
    expect(formatDecimal("1250000.5000", "fi")).toBe("1\u00a0250\u00a0000,5");
    expect(formatDecimal("1250000.5000", "en")).toBe("1,250,000.5");
    expect(formatDecimal("-42.0000", "sv")).toBe("−42");
    expect(formatDecimal("7.1", "en", 2)).toBe("7.10");
  });
  it("places values and targets on the same axis, with the target above a lower value", () => {
    const g = chartGeometry([{ date: "2022-12-31", value: "40" }, { date: "2023-12-31", value: "50" }], [{ date: "2023-12-31", value: "60" }]);
    expect(g.values).toHaveLength(2);
    expect(g.values[0]!.x).toBeLessThan(g.values[1]!.x);
    expect(g.targets[0]!.y).toBeLessThan(g.values[1]!.y); // higher value = higher on screen
    expect(g.yTicks[g.yTicks.length - 1]!.value).toBeGreaterThanOrEqual(60);
    expect(g.xTicks.map((t) => t.label)).toEqual(["2022", "2023"]);
  });
});
