import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as list } from "@/app/api/public/v1/[resource]/route";
import EmbedGoal from "@/app/embed/[locale]/goals/[id]/page";
import PublicMeasurePage from "@/app/[locale]/measures/[id]/page";
import PublicGoalPage from "@/app/[locale]/goals/[goalId]/page";
import type { Db } from "@/db/client";
import { goalSnapshot, measureSnapshot, periodSnapshot } from "@/db/queries/strategy/snapshots";
import { goals, measures, milestones, strategyPeriods } from "@/db/schema";
import { lateReason } from "@/lib/strategy/flags";
import { statusCounts } from "@/lib/public/progress";
import { setupTestDatabase } from "../helpers/db";
import { renderHtml, renderLocale } from "../helpers/render";
import { todayInHelsinki } from "@/lib/dates";

vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());

/**
 * Statuses checked against the dates (lib/strategy/flags.ts), under fixed
 * clocks. 27 March 2022 is the day Finland moved to summer time: at 21:30 UTC
 * it is already 28 March in Helsinki (UTC+3), so a measure due 27.3.2022 is
 * late there although the UTC date still says the 27th.
 */
const DST_EVENING = "2022-03-27T21:30:00Z"; // Helsinki 28.3.2022 00:30
const DST_MIDDAY = "2022-03-27T10:00:00Z"; // Helsinki 27.3.2022 13:00
const MONTH_END_EVENING = "2022-03-31T21:30:00Z"; // Helsinki 1.4.2022 00:30

const clock = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
};
afterEach(() => vi.useRealTimers());

const base = { status: "on_schedule", dueDate: null as string | null, duePrecision: "day" as const, milestones: [] as { dueDate: string | null; duePrecision: "day" | "month"; state: string }[] };

describe("the late rule under a fixed clock", () => {
  it("counts Helsinki calendar days on the day summer time starts", () => {
    const m = { ...base, dueDate: "2022-03-27" };
    clock(DST_MIDDAY);
    expect(todayInHelsinki()).toBe("2022-03-27");
    expect(lateReason(m, todayInHelsinki())).toBeNull();
    clock(DST_EVENING);
    expect(new Date().toISOString().slice(0, 10)).toBe("2022-03-27"); // UTC still says the 27th
    expect(todayInHelsinki()).toBe("2022-03-28");
    expect(lateReason(m, todayInHelsinki())).toEqual({ kind: "due", date: "2022-03-27", precision: "day" });
  });

  it("a month date lasts to the month's end; an open milestone's date counts; reported late stays late", () => {
    const month = { ...base, dueDate: "2022-03-01", duePrecision: "month" as const };
    clock(DST_EVENING);
    expect(lateReason(month, todayInHelsinki())).toBeNull();
    clock(MONTH_END_EVENING);
    expect(todayInHelsinki()).toBe("2022-04-01");
    expect(lateReason(month, todayInHelsinki())).toEqual({ kind: "due", date: "2022-03-01", precision: "month" });
    const withMilestone = { ...base, dueDate: "2023-01-01", milestones: [{ dueDate: "2022-03-15", duePrecision: "day" as const, state: "planned" }] };
    expect(lateReason(withMilestone, todayInHelsinki())?.kind).toBe("milestone");
    expect(lateReason({ ...withMilestone, milestones: [{ ...withMilestone.milestones[0]!, state: "done" }] }, todayInHelsinki())).toBeNull();
    expect(lateReason({ ...base, status: "late" }, todayInHelsinki())).toEqual({ kind: "reported" });
    expect(lateReason({ ...month, status: "completed" }, todayInHelsinki())).toBeNull();
  });

  it("roll-ups count a measure past its date as late", () => {
    const list = [{ ...base, dueDate: "2022-03-27" }, { ...base }, { ...base, status: "completed", dueDate: "2022-01-01" }];
    expect(statusCounts(list, "2022-03-27")).toEqual([{ status: "on_schedule", count: 2 }, { status: "completed", count: 1 }]);
    expect(statusCounts(list, "2022-03-28")).toEqual([{ status: "on_schedule", count: 1 }, { status: "late", count: 1 }, { status: "completed", count: 1 }]);
  });
});

describe("public pages, the embed and the open data show the checked status", () => {
  const getDb = setupTestDatabase({ demo: false });
  let db: Db;
  let goalId: string;
  let dueId: string;

  beforeAll(async () => {
    db = await getDb();
    const publish = { reviewState: "published" as const, publishedAt: new Date("2022-01-10T10:00:00Z"), publishedVersion: 1 };
    const [period] = await db.insert(strategyPeriods).values({ name: { fi: "Kausi", sv: "Period", en: "Term" }, startYear: 2021, endYear: 2025 }).returning();
    await db.update(strategyPeriods).set({ ...publish, published: periodSnapshot(period!) }).where(eq(strategyPeriods.id, period!.id));
    const [goal] = await db.insert(goals).values({ periodId: period!.id, title: { fi: "Tavoite", sv: "Mål", en: "Goal" }, scope: "eu" }).returning();
    await db.update(goals).set({ ...publish, published: goalSnapshot(goal!) }).where(eq(goals.id, goal!.id));
    goalId = goal!.id;
    const add = async (values: Partial<typeof measures.$inferInsert>, ms: Partial<typeof milestones.$inferInsert>[] = []) => {
      const [m] = await db.insert(measures).values({ goalId, title: { fi: "x" }, ...values }).returning();
      const rows = ms.length ? await db.insert(milestones).values(ms.map((x) => ({ measureId: m!.id, title: { fi: "Välitavoite", en: "Milestone" }, ...x }))).returning() : [];
      await db.update(measures).set({ ...publish, published: measureSnapshot(m!, [], rows) }).where(eq(measures.id, m!.id));
      return m!.id;
    };
    dueId = await add({ title: { fi: "Ohjeistus", sv: "Riktlinjer", en: "Guidelines" }, status: "on_schedule", dueDate: "2022-03-27", progress: 40, sortOrder: 1 });
    await add({ title: { fi: "Kartoitus", en: "Mapping" }, status: "on_schedule", dueDate: "2022-03-01", duePrecision: "month", sortOrder: 2 });
    await add({ title: { fi: "Valmis", en: "Done" }, status: "completed", dueDate: "2022-01-31", progress: 100, sortOrder: 3 });
  });

  const api = async (resource: string) =>
    ((await (await list(new Request(`http://localhost/api/public/v1/${resource}`), { params: Promise.resolve({ resource }) })).json()) as { data: Record<string, unknown>[] }).data;

  it("the open-data API: reported status, checked status and why", async () => {
    clock(DST_MIDDAY);
    let rows = await api("measures");
    expect(rows.find((r) => r.id === dueId)).toMatchObject({ status: "on_schedule", checkedStatus: "on_schedule", late: null });
    clock(DST_EVENING);
    rows = await api("measures");
    expect(rows.find((r) => r.id === dueId)).toMatchObject({ status: "on_schedule", checkedStatus: "late", late: { reason: "due", date: "2022-03-27", precision: "day" }, lastUpdate: null, stale: false });
    const [goal] = await api("goals");
    expect(goal!.measuresByStatus).toEqual({ on_schedule: 1, late: 1, completed: 1 });
    clock(MONTH_END_EVENING);
    expect((await api("goals"))[0]!.measuresByStatus).toEqual({ late: 2, completed: 1 });
  });

  it("the public measure and goal pages say what was reported and which date passed", async () => {
    clock(DST_EVENING);
    renderLocale.current = "en";
    const page = await renderHtml(await PublicMeasurePage({ params: Promise.resolve({ locale: "en", id: dueId }) }));
    expect(page).toContain(">Late<");
    expect(page).toContain("reported on schedule — due 27 Mar 2022 passed");
    renderLocale.current = "fi";
    const goalPage = await renderHtml(await PublicGoalPage({ params: Promise.resolve({ locale: "fi", goalId }), searchParams: Promise.resolve({}) }));
    expect(goalPage).toContain("ilmoitettu: aikataulussa — määräaika 27.3.2022 on ohitettu");
    expect(goalPage).not.toContain("määräaika 03/2022 on ohitettu");
    clock(DST_MIDDAY);
    const before = await renderHtml(await PublicGoalPage({ params: Promise.resolve({ locale: "fi", goalId }), searchParams: Promise.resolve({}) }));
    expect(before).not.toContain("on ohitettu");
  });

  it("the embed counts the measure as late", async () => {
    renderLocale.current = "en";
    clock(DST_MIDDAY);
    expect(await renderHtml(await EmbedGoal({ params: Promise.resolve({ locale: "en", id: goalId }) }))).toContain("On schedule 2, Completed 1");
    clock(DST_EVENING);
    expect(await renderHtml(await EmbedGoal({ params: Promise.resolve({ locale: "en", id: goalId }) }))).toContain("On schedule 1, Late 1, Completed 1");
  });
});
