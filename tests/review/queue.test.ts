import { beforeAll, describe, expect, it, vi } from "vitest";
import { inArray, isNull, and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countMatching, queueCounts, queueItems, queueTypes, reviewQueuePage, type QueueFilter, type QueueItem } from "@/db/queries/review/queue";
import { euProjects, goals, measures, networks } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { reviewSources } from "@/lib/review/sources";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { expectPagedLikeWhole } from "../helpers/paging";
import { renderHtml, renderLocale } from "../helpers/render";

const limits = vi.hoisted(() => [] as number[]);
const signedIn = vi.hoisted(() => ({ current: null as Actor | null }));
vi.mock("@/lib/paging", async (importOriginal) => {
  const { recordingPaging } = await import("../helpers/paging");
  return recordingPaging(await importOriginal(), limits);
});
vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => signedIn.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

/**
 * The cross-area review queue read a page at a time (db/queries/review/queue.ts):
 * one UNION ALL over every kind, paged, filtered and counted by the database.
 * Demo items are put into the queue in three areas; an internal measure never
 * published stays out of it.
 */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
let internalMeasure: string;
const key = (i: QueueItem) => `${i.type}:${i.id}`;

beforeAll(async () => {
  db = await getDb();
  const goalRows = await db.select({ id: goals.id }).from(goals).where(isNull(goals.archivedAt)).limit(3);
  await db.update(goals).set({ reviewState: "pending" }).where(inArray(goals.id, goalRows.map((g) => g.id)));
  const networkRows = await db.select({ id: networks.id }).from(networks).where(isNull(networks.archivedAt)).limit(2);
  await db.update(networks).set({ reviewState: "draft" }).where(inArray(networks.id, networkRows.map((n) => n.id)));
  const projectRows = await db.select({ id: euProjects.id }).from(euProjects).where(isNull(euProjects.archivedAt)).limit(2);
  await db.update(euProjects).set({ reviewState: "returned" }).where(inArray(euProjects.id, projectRows.map((p) => p.id)));
  const [m] = await db.select({ id: measures.id, goalId: measures.goalId }).from(measures).where(isNull(measures.archivedAt)).limit(1);
  const [internal] = await db
    .insert(measures)
    .values({ goalId: m!.goalId, title: { fi: "Sisäinen jonon ohi" }, visibility: "internal", reviewState: "draft", sortOrder: 999 })
    .returning({ id: measures.id });
  internalMeasure = internal!.id;
});

const fetch = (filter: QueueFilter) => (page: number, size: number) => reviewQueuePage(db, filter, page, undefined, size).then((r) => r.page);

describe("the review queue in SQL", () => {
  it("pages the whole queue in one order: every item once, no page read past its LIMIT, page 2 differs from page 1", async () => {
    const whole = await expectPagedLikeWhole(fetch({}), key, { size: 3, limits });
    expect(whole.length).toBeGreaterThanOrEqual(7);
    const [one, two] = [await fetch({})(1, 3), await fetch({})(2, 3)];
    expect(two.rows.map(key).some((k) => one.rows.map(key).includes(k))).toBe(false);
    // Waiting for a decision first, then returned, then drafts.
    const rank = { pending: 0, returned: 1, draft: 2 } as const;
    expect(whole.map((i) => rank[i.state])).toEqual([...whole.map((i) => rank[i.state])].sort());
    expect(whole.some((i) => i.id === internalMeasure)).toBe(false);
  });

  it("counts per area, kind and state equal the items listed", async () => {
    const whole = (await fetch({})(1, 10_000)).rows;
    const counts = await queueCounts(db);
    for (const area of ["strategy", "advocacy", "funding", "networks"]) expect(countMatching(counts, { area })).toBe(whole.filter((i) => i.area === area).length);
    for (const type of queueTypes) expect(countMatching(counts, { type })).toBe(whole.filter((i) => i.type === type).length);
    expect(countMatching(counts, { area: "networks", state: "draft" })).toBeGreaterThanOrEqual(2);
    expect(countMatching(counts, { area: "funding", state: "returned" })).toBeGreaterThanOrEqual(2);
  });

  it("a filter narrows in SQL: only the chosen area's (or kind's, or state's) items, counted and paged", async () => {
    const all = (await fetch({})(1, 10_000)).total;
    for (const filter of [{ area: "networks" }, { type: "goal" }, { state: "returned" as const }, { area: "strategy", state: "pending" as const }]) {
      const rows = await expectPagedLikeWhole(fetch(filter), key, { size: 2, limits });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all);
      for (const r of rows) expect(r).toMatchObject(filter);
    }
    expect((await fetch({ type: "no_such_kind" })(1, 10)).total).toBe(0);
  });

  it("sorts by when saved and by title in SQL, both directions", async () => {
    for (const sort of [{ key: "at" as const, desc: true }, { key: "title" as const, desc: false }]) {
      const { page } = await reviewQueuePage(db, {}, 1, sort, 10_000);
      const values = page.rows.map((r) => (sort.key === "at" ? -r.at.getTime() : (r.title.fi ?? "").toLowerCase()));
      for (let i = 1; i < values.length; i++) expect(values[i - 1]! <= values[i]!).toBe(true);
    }
  });

  it("every review source lists exactly its own kind's items from the queue", async () => {
    const whole = (await fetch({})(1, 10_000)).rows;
    expect(new Set(reviewSources.map((s) => s.type))).toEqual(new Set(queueTypes));
    for (const s of reviewSources) {
      const own = await s.queue(db);
      expect(own.map((i) => i.id).sort()).toEqual(whole.filter((i) => i.type === s.type).map((i) => i.id).sort());
    }
    const [goal] = await queueItems(db, "goal");
    expect(goal?.editHref).toBe(`/staff/strategy/goals/${goal?.id}`);
    const [project] = await db.select({ id: euProjects.id, acronym: euProjects.acronym, name: euProjects.name }).from(euProjects).where(and(eq(euProjects.reviewState, "returned"), isNull(euProjects.archivedAt))).limit(1);
    const listed = (await queueItems(db, "euProject")).find((i) => i.id === project!.id)!;
    expect(listed.title.fi).toBe(project!.acronym ? `${project!.acronym} – ${project!.name.fi}` : project!.name.fi);
  });
});

describe("the review queue page", () => {
  it("shows a coordinator one page of the filtered queue with its place in the whole; editors and executives get no access", async () => {
    const { default: ReviewQueuePage } = await import("@/app/[locale]/staff/review/page");
    renderLocale.current = "en";
    signedIn.current = await actorByEmail(db, "coordinator@example.com");
    const html = await renderHtml(await ReviewQueuePage({ params: Promise.resolve({ locale: "en" }), searchParams: Promise.resolve({ area: "networks" }) }));
    const networksCount = countMatching(await queueCounts(db), { area: "networks" });
    expect(html).toContain(`1–${networksCount} of ${networksCount}`);
    expect(html).toContain("Items in the review queue");
    expect(html).not.toContain("/staff/review/goal/");
    expect(html).toContain("/staff/review/network/");
    for (const email of ["editor@example.com", "executive@example.com"]) {
      signedIn.current = await actorByEmail(db, email);
      await expect(ReviewQueuePage({ params: Promise.resolve({ locale: "en" }), searchParams: Promise.resolve({}) })).rejects.toThrow(/NEXT_REDIRECT/);
    }
  });
});
