import { describe, expect, it, vi } from "vitest";
import {
  activitySorts,
  askOutcomeCounts,
  askSorts,
  listActivities,
  listAsks,
  overdueStatements,
  pageActivities,
  pageAsks,
  statementDeadlineCounts,
  upcomingDeadlines,
  activityCountsByPriority,
} from "@/db/queries/advocacy/staff";
import { adoptionByPriority, adoptionFromCounts } from "@/lib/advocacy/adoption";
import { activityFilters, askFilters } from "@/lib/advocacy/filters";
import { setupTestDatabase } from "../helpers/db";
import { expectPagedLikeWhole } from "../helpers/paging";
import { newActivity, newAsk, newPriority } from "./fixtures";

const limits = vi.hoisted(() => [] as number[]);
vi.mock("@/lib/paging", async (importOriginal) => {
  const { recordingPaging } = await import("../helpers/paging");
  return recordingPaging(await importOriginal(), limits);
});

const getDb = setupTestDatabase({ demo: true });
const TODAY = "2026-06-15";
const id = (r: { id: string }) => r.id;

describe("the staff list of advocacy actions, paged in SQL", () => {
  it("pages every sort order like the whole list, ties broken the same way on every page", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    // Ties: three actions on the same day, of the same type, with the same title.
    for (let i = 0; i < 3; i++) await newActivity(db, p.id, { type: "meeting", date: "2026-02-02", deadline: null, title: { fi: "Sama otsikko" } });
    for (const key of activitySorts)
      for (const desc of [false, true]) await expectPagedLikeWhole((page, size) => pageActivities(db, { today: TODAY }, { page, size, sort: { key, desc }, locale: "fi" }), id, { limits });
  });

  it("the default order and every filter say what the unpaged list says; a filter combines with paging", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    await newActivity(db, p.id, { deadline: "2026-06-14" });
    await newActivity(db, p.id, { deadline: "2026-06-20" });
    await newActivity(db, p.id, { type: "meeting", deadline: null, date: "2026-03-10", title: { fi: "Tapaaminen Qörtministeriössä", sv: "Möte", en: "Meeting at the Qört Ministry" } });
    const filterSets = [{}, { priority: p.id }, { type: "statement" }, { outcome: "overdue" }, { outcome: "due", priority: p.id }, { state: "draft" }, { from: "2026-01-01", to: "2026-12-31" }, { q: "MINISTRY" }, { q: "ei-tällaista" }];
    for (const params of filterSets) {
      const filters = activityFilters(params, TODAY);
      const expected = (await listActivities(db, filters)).map(id);
      const rows = await expectPagedLikeWhole((page, size) => pageActivities(db, filters, { page, size, locale: "en" }), id, { limits });
      expect(rows.map(id)).toEqual(expected);
    }
    const found = await pageActivities(db, activityFilters({ q: "QÖRTministeriö" }, TODAY), { page: 1, locale: "fi" });
    expect(found.total).toBe(1);
  });

  it("sorts by title in the reader's language and by the day", async () => {
    const db = await getDb();
    const byTitle = (await pageActivities(db, {}, { page: 1, size: 1000, sort: { key: "title", desc: false }, locale: "sv" })).rows.map((r) => (r.title.sv ?? r.title.fi).toLowerCase());
    expect(byTitle).toEqual([...byTitle].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byDay = (await pageActivities(db, {}, { page: 1, size: 1000, sort: { key: "date", desc: false }, locale: "fi" })).rows.map((r) => r.date ?? r.deadline);
    const dated = byDay.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(byDay.slice(dated.length).every((d) => d === null)).toBe(true);
  });

  it("the deadline calendar reads the first few and counts the rest in SQL; the overview counts per priority", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    for (const deadline of ["2026-06-01", "2026-06-10", "2026-06-14", "2026-06-15", "2026-07-01"]) await newActivity(db, p.id, { deadline });
    await newActivity(db, p.id, { deadline: "2026-06-02", declined: true });
    await newActivity(db, p.id, { deadline: "2026-06-03", date: "2026-06-01" });
    const overdue = await overdueStatements(db, TODAY, { priorityId: p.id, limit: 2 });
    expect(overdue.map((s) => s.deadline)).toEqual(["2026-06-01", "2026-06-10"]);
    expect((await upcomingDeadlines(db, TODAY, { priorityId: p.id, limit: 1 })).map((s) => s.deadline)).toEqual(["2026-06-15"]);
    expect(await statementDeadlineCounts(db, TODAY, { priorityId: p.id })).toEqual({ overdue: 3, upcoming: 2 });
    const all = await statementDeadlineCounts(db, TODAY);
    expect(all.overdue).toBe((await overdueStatements(db, TODAY)).length);
    expect(all.upcoming).toBe((await upcomingDeadlines(db, TODAY)).length);
    const counts = await activityCountsByPriority(db);
    expect(counts.get(p.id)).toBe(7);
    const every = await listActivities(db);
    for (const [priorityId, n] of counts) expect(n).toBe(every.filter((a) => a.priorityId === priorityId).length);
  });
});

describe("the asks register, paged in SQL", () => {
  it("pages every sort order like the whole list; filters say what the unpaged list says", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    for (const outcome of ["adopted", "adopted", "partly", "not_adopted", "pending"] as const) await newAsk(db, p.id, { outcome, programmeYear: 2027 });
    for (const key of askSorts)
      for (const desc of [false, true]) await expectPagedLikeWhole((page, size) => pageAsks(db, {}, { page, size, sort: { key, desc }, locale: "fi" }), id, { limits });
    for (const params of [{}, { priority: p.id }, { outcome: "adopted" }, { year: "2027", priority: p.id }, { year: "2023" }, { q: "TAVOITE" }]) {
      const filters = askFilters(params);
      const rows = await expectPagedLikeWhole((page, size) => pageAsks(db, filters, { page, size, locale: "fi" }), id, { limits });
      expect(rows.map(id)).toEqual((await listAsks(db, filters)).map(id));
    }
  });

  it("counts the adoption figures in SQL exactly as the row-by-row rule does", async () => {
    const db = await getDb();
    for (const filters of [{}, { programmeYear: 2023 }, { programmeYear: 2027 }]) {
      const fromRows = adoptionByPriority(await listAsks(db, filters));
      const fromCounts = adoptionFromCounts(await askOutcomeCounts(db, filters));
      expect(fromCounts.overall).toEqual(fromRows.overall);
      expect([...fromCounts.byPriority].sort()).toEqual([...fromRows.byPriority].sort());
    }
  });
});
