import { describe, expect, it } from "vitest";
import { listMeasuresForStaffFilters, strategyOutline } from "@/db/queries/strategy/staff-list";
import { pageMeasuresForStaff } from "@/db/queries/strategy/staff-page";
import { goalRollUps, priorityRollUps } from "@/db/queries/strategy/tree";
import { listHref, pageWithin, plainQuery, requestedPage, requestedSort } from "@/lib/paging";
import { applyFilters, type MeasureFilters } from "@/lib/strategy/filters";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("the paging helper", () => {
  it("reads ?page= as a whole number ≥ 1 and anything else as the first page", () => {
    expect(requestedPage("7")).toBe(7);
    expect(requestedPage(["3", "9"])).toBe(3);
    for (const bad of [undefined, "", "0", "-1", "2.5", "abc", "1e9", "9999999"]) expect(requestedPage(bad)).toBe(1);
    expect(pageWithin(51, 2500)).toEqual({ page: 1, pages: 50 });
    expect(pageWithin(1, 0)).toEqual({ page: 1, pages: 1 });
  });
  it("keeps the query in page and sort links, and reads only allowed sorts", () => {
    const q = plainQuery({ q: "verkosto", page: "3", empty: "", many: ["a", "b"] });
    expect(listHref("/staff/strategy", q, { page: 4 })).toBe("/staff/strategy?q=verkosto&page=4&many=a");
    expect(listHref("/staff/strategy", q, { page: 1 })).toBe("/staff/strategy?q=verkosto&many=a");
    expect(requestedSort("-due", ["title", "due"] as const, { key: "title", desc: false })).toEqual({ key: "due", desc: true });
    expect(requestedSort("drop table", ["title"] as const, { key: "title", desc: false })).toEqual({ key: "title", desc: false });
  });
});

describe("the staff measure list in SQL", () => {
  // The SQL list must say what the row-by-row rules (applyFilters, isLate, isStale) say, on several days.
  const days = ["2020-01-01", "2024-06-01", "2030-01-01"];
  it("filters, flags and counts like the row-by-row rules", async () => {
    const db = await getDb();
    const all = await listMeasuresForStaffFilters(db);
    const outline = await strategyOutline(db);
    const some = all.find((m) => m.priorityIds.length && m.responsibleUnitId)!;
    const filterSets: MeasureFilters[] = [
      {},
      { goal: some.goalId },
      { period: some.periodId },
      { priority: some.priorityIds[0] },
      { unit: some.responsibleUnitId! },
      { status: "on_schedule" },
      { late: true },
      { stale: true },
      { late: true, stale: true, goal: outline.goals[0]!.id },
      { q: some.title.fi.split(" ")[0]!.toUpperCase() },
      { q: `${some.title.sv?.split(" ")[0] ?? ""} ${some.title.fi.split(" ").at(-1)}` },
      { q: "ei-tällaista-sanaa" },
    ];
    for (const today of days) {
      for (const f of filterSets) {
        const expected = applyFilters(all, f, today, 90);
        const got = await pageMeasuresForStaff(db, f, { page: 1, sort: { key: "order", desc: false }, locale: "fi", today, staleAfterDays: 90 });
        expect(got.rows.map((r) => r.id)).toEqual(expected.slice(0, 50).map((r) => r.id));
        expect(got.total).toBe(expected.length);
        expect(got.all).toBe(all.length);
        expect(got.late).toBe(expected.filter((m) => m.late).length);
        expect(got.stale).toBe(expected.filter((m) => m.stale).length);
        for (const r of got.rows) {
          const e = expected.find((x) => x.id === r.id)!;
          expect([r.late, r.stale]).toEqual([e.late, e.stale]);
          expect(r.contacts.map((c) => c.userId).sort()).toEqual(e.contacts.map((c) => c.userId).sort());
        }
      }
    }
  });
  it("pages and sorts in SQL: 1–n of the total, a page past the end reads as the first", async () => {
    const db = await getDb();
    const opts = { locale: "fi", today: "2024-06-01", staleAfterDays: 90 };
    const all = await pageMeasuresForStaff(db, {}, { ...opts, page: 1, sort: { key: "progress", desc: true } });
    expect(all.from).toBe(1);
    expect(all.to).toBe(all.rows.length);
    const progress = all.rows.map((r) => r.progress);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
    const past = await pageMeasuresForStaff(db, {}, { ...opts, page: 99, sort: { key: "title", desc: false } });
    expect(past.page).toBe(1);
    expect(past.rows.length).toBe(Math.min(50, past.total));
  });
  it("rolls up goals and priorities in SQL like rollUpProgress", async () => {
    const db = await getDb();
    const all = applyFilters(await listMeasuresForStaffFilters(db), {}, "2024-06-01", 90);
    const outline = await strategyOutline(db);
    const goals = await goalRollUps(db);
    for (const g of outline.goals) {
      const own = all.filter((m) => m.goalId === g.id);
      expect(goals.get(g.id)?.progress ?? null).toBe(rollUpProgress(own));
      expect(goals.get(g.id)?.measures ?? 0).toBe(own.length);
      const prios = await priorityRollUps(db, g.id);
      for (const p of outline.priorities.filter((x) => x.goalId === g.id)) expect(prios.get(p.id)?.progress ?? null).toBe(rollUpProgress(all.filter((m) => m.priorityIds.includes(p.id))));
    }
  });
});
