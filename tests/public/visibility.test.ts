import { and, asc, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedAdvocacy } from "@/db/queries/advocacy/public";
import { getPublishedProject, listPublishedProjects, publicLabels } from "@/db/queries/funding/public";
import { getPublishedNetwork, pagePublishedNetworks, publishedPriorityTitles } from "@/db/queries/networks/public";
import { publicHistory } from "@/db/queries/public/history";
import { loadPublicStrategy } from "@/db/queries/public/strategy";
import { searchPublic } from "@/db/queries/public/search";
import { isPublic, publicIds } from "@/db/queries/public/visibility";
import { activitySnapshot } from "@/db/queries/advocacy/snapshots";
import { getPublicGoal, getPublicIndicator, getPublicMeasure, getPublicPriority } from "@/db/queries/strategy/public-detail";
import { getPublishedStrategy } from "@/db/queries/strategy/public";
import { goalSnapshot, indicatorSnapshot, measureSnapshot, prioritySnapshot, progressUpdateSnapshot } from "@/db/queries/strategy/snapshots";
import { advocacyActivities, euProjects, goals, indicators, measurePriorities, measures, milestones, networks, priorities, progressUpdates, strategyPeriods } from "@/db/schema";
import { resources } from "@/lib/open-data/resources";
import { isPublicItem } from "@/lib/public/content";
import { publicCalendar } from "@/lib/reminders/calendar";
import { setupTestDatabase } from "../helpers/db";

/**
 * Issue 14 item 6: one visibility rule for every public read. Every item
 * below is itself published, but an ancestor is a draft (a goal, a period),
 * so no public read may list, count, link or open it.
 */
const getDb = setupTestDatabase({ demo: true });
const M = "HIDDEN-ANCESTOR";
const publish = { reviewState: "published" as const, publishedAt: new Date(), publishedVersion: 1 };
let ids: {
  draftGoal: string;
  priority: string;
  measure: string;
  update: string;
  activity: string;
  draftPeriod: string;
  goalOfDraftPeriod: string;
  publicGoal: string;
  publicPriority: string;
  indicator: string;
  network: string;
  project: string;
};

beforeAll(async () => {
  const db = await getDb();
  const [period] = await db.select().from(strategyPeriods).where(isNotNull(strategyPeriods.published)).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
  const [publicGoal] = await db.select().from(goals).where(and(eq(goals.periodId, period!.id), isNotNull(goals.published))).orderBy(asc(goals.sortOrder)).limit(1);
  const [publicPriority] = await db.select().from(priorities).where(and(eq(priorities.goalId, publicGoal!.id), isNotNull(priorities.published))).orderBy(asc(priorities.sortOrder)).limit(1);

  // A draft goal (never published) with a published priority, and a published measure that also serves a public priority.
  const [draftGoal] = await db.insert(goals).values({ periodId: period!.id, title: { fi: `${M} goal` }, scope: "eu", sortOrder: 990 }).returning();
  const [priority] = await db.insert(priorities).values({ goalId: draftGoal!.id, title: { fi: `${M} priority` }, sortOrder: 990 }).returning();
  await db.update(priorities).set({ ...publish, published: prioritySnapshot(priority!) }).where(eq(priorities.id, priority!.id));
  const [measure] = await db.insert(measures).values({ goalId: draftGoal!.id, title: { fi: `${M} measure` }, status: "on_schedule", progress: 77, sortOrder: 990 }).returning();
  await db.insert(measurePriorities).values([
    { measureId: measure!.id, priorityId: priority!.id },
    { measureId: measure!.id, priorityId: publicPriority!.id },
  ]);
  const [milestone] = await db.insert(milestones).values({ measureId: measure!.id, title: { fi: `${M} milestone` }, dueDate: "2025-03-01" }).returning();
  await db
    .update(measures)
    .set({ ...publish, published: measureSnapshot(measure!, [priority!.id, publicPriority!.id].sort(), [milestone!]) })
    .where(eq(measures.id, measure!.id));
  const [update] = await db.insert(progressUpdates).values({ measureId: measure!.id, date: "2024-06-01", body: { fi: `${M} update` } }).returning();
  await db.update(progressUpdates).set({ ...publish, published: progressUpdateSnapshot(update!) }).where(eq(progressUpdates.id, update!.id));
  const [activity] = await db.insert(advocacyActivities).values({ type: "statement", priorityId: priority!.id, title: { fi: `${M} statement` }, date: "2024-02-02" }).returning();
  await db.update(advocacyActivities).set({ ...publish, published: activitySnapshot(activity!) }).where(eq(advocacyActivities.id, activity!.id));

  // A published indicator of the public period linked to the hidden measure and priority.
  const [indicator] = await db.insert(indicators).values({ periodId: period!.id, title: { fi: "Mittari näkyvyys" }, unit: { fi: "kpl" } }).returning();
  await db
    .update(indicators)
    .set({ ...publish, published: indicatorSnapshot(indicator!, [], { measureIds: [measure!.id], priorityIds: [priority!.id, publicPriority!.id] }) })
    .where(eq(indicators.id, indicator!.id));

  // A draft period with a published goal.
  const [draftPeriod] = await db.insert(strategyPeriods).values({ name: { fi: `${M} period` }, startYear: 2030, endYear: 2033, sortOrder: 990 }).returning();
  const [goalOfDraftPeriod] = await db.insert(goals).values({ periodId: draftPeriod!.id, title: { fi: `${M} goal of draft period` }, scope: "national", sortOrder: 991 }).returning();
  await db.update(goals).set({ ...publish, published: goalSnapshot(goalOfDraftPeriod!) }).where(eq(goals.id, goalOfDraftPeriod!.id));

  // A published network and EU project of the demo data, their snapshots naming the hidden priority.
  const [network] = await db.select().from(networks).where(isNotNull(networks.published)).limit(1);
  const ns = network!.published as { priorityIds: string[] };
  await db.update(networks).set({ published: { ...ns, priorityIds: [...ns.priorityIds, priority!.id] } }).where(eq(networks.id, network!.id));
  const [project] = await db.select().from(euProjects).where(isNotNull(euProjects.published)).limit(1);
  const ps = project!.published as { alignments: { priorityId: string; strength: number }[] };
  await db.update(euProjects).set({ published: { ...ps, alignments: [...ps.alignments, { priorityId: priority!.id, strength: 3 }] } }).where(eq(euProjects.id, project!.id));

  ids = {
    draftGoal: draftGoal!.id,
    priority: priority!.id,
    measure: measure!.id,
    update: update!.id,
    activity: activity!.id,
    draftPeriod: draftPeriod!.id,
    goalOfDraftPeriod: goalOfDraftPeriod!.id,
    publicGoal: publicGoal!.id,
    publicPriority: publicPriority!.id,
    indicator: indicator!.id,
    network: network!.id,
    project: project!.id,
  };
});

const hidden = () => [ids.draftGoal, ids.priority, ids.measure, ids.update, ids.activity, ids.draftPeriod, ids.goalOfDraftPeriod];
const expectNone = (value: unknown) => {
  const text = JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v));
  expect(text).not.toContain(M);
  for (const id of hidden()) expect(text).not.toContain(id);
};

describe("one public visibility rule (a published item under a draft ancestor is not public anywhere)", () => {
  it("the rule itself: the item and every ancestor must be public", async () => {
    const db = await getDb();
    expect(await isPublic(db, "priority", ids.priority)).toBe(false);
    expect(await isPublic(db, "measure", ids.measure)).toBe(false);
    expect(await isPublic(db, "progressUpdate", ids.update)).toBe(false);
    expect(await isPublic(db, "advocacyActivity", ids.activity)).toBe(false);
    expect(await isPublic(db, "goal", ids.goalOfDraftPeriod)).toBe(false);
    expect(await isPublic(db, "goal", ids.publicGoal)).toBe(true);
    expect(await isPublic(db, "priority", ids.publicPriority)).toBe(true);
    expect(await isPublic(db, "measure", "not-a-uuid")).toBe(false);
    expect([...(await publicIds(db, "priority", [ids.priority, ids.publicPriority]))]).toEqual([ids.publicPriority]);
  });

  it("pages: goal, priority (list and count), measure, indicator pages", async () => {
    const db = await getDb();
    // The reported case: the public priority page listed and counted the measure under the draft goal.
    const priorityPage = await getPublicPriority(db, ids.publicGoal, ids.publicPriority);
    expect(priorityPage).not.toBeNull();
    expect(priorityPage!.measures.map((m) => m.id)).not.toContain(ids.measure);
    expectNone(priorityPage);
    expectNone(await getPublicGoal(db, ids.publicGoal));
    expect(await getPublicMeasure(db, ids.measure)).toBeNull();
    expect(await getPublicPriority(db, ids.draftGoal, ids.priority)).toBeNull();
    expect(await getPublicGoal(db, ids.goalOfDraftPeriod)).toBeNull();
    const indicatorPage = await getPublicIndicator(db, ids.indicator);
    expect(indicatorPage?.priorities.map((p) => p.id)).toEqual([ids.publicPriority]);
    expectNone(indicatorPage);
  });

  it("the public strategy behind the home page, search, open-data API and embeds", async () => {
    const db = await getDb();
    const data = await loadPublicStrategy(db);
    expectNone(data);
    expect(data.indicators.find((i) => i.id === ids.indicator)?.measureIds).toEqual([]);
    // The search (SQL, every area): nothing under the draft ancestors, by word or by listing everything.
    expect((await searchPublic(db, { q: M.toLowerCase() })).total).toBe(0);
    expectNone((await searchPublic(db, { q: "", perPage: 100_000 })).hits);
    const url = (path: string) => `https://example.test${path}`;
    for (const [name, resource] of Object.entries(resources)) {
      const rows = await resource.list(url);
      expect(rows.length, name).toBeGreaterThanOrEqual(0);
      expectNone(rows);
    }
    // The embeds look items up in the same public strategy.
    expect(data.priorities.some((p) => p.id === ids.priority)).toBe(false);
    expect(data.goals.some((g) => g.id === ids.goalOfDraftPeriod)).toBe(false);
  });

  it("calendar feed and its tree", async () => {
    const db = await getDb();
    expectNone(await getPublishedStrategy(db));
    const ics = await publicCalendar(db, "fi");
    expect(ics).not.toContain(M);
    expect(ics).toContain("BEGIN:VCALENDAR");
  });

  it("published history", async () => {
    const db = await getDb();
    expect(await publicHistory(db, "measure", ids.measure)).toBeNull();
    expect(await publicHistory(db, "priority", ids.priority)).toBeNull();
    expect(await publicHistory(db, "progress_update", ids.update)).toBeNull();
    expect(await publicHistory(db, "advocacy_activity", ids.activity)).toBeNull();
    expect(await publicHistory(db, "goal", ids.goalOfDraftPeriod)).toBeNull();
    for (const [type, id] of [["measure", ids.measure], ["priority", ids.priority], ["goal", ids.goalOfDraftPeriod]] as const) expect(await isPublicItem(type, id)).toBe(false);
    expect(await publicHistory(db, "goal", ids.publicGoal)).not.toBeNull();
  });

  it("advocacy, network and EU project pages show no priority whose goal is not public", async () => {
    const db = await getDb();
    expectNone(await getPublishedAdvocacy(db));
    expectNone(await publishedPriorityTitles(db));
    const network = await getPublishedNetwork(db, ids.network);
    expect(network).not.toBeNull();
    expect(network!.priorityIds).not.toContain(ids.priority);
    expectNone((await pagePublishedNetworks(db, { page: 1 })).rows);
    const project = await getPublishedProject(db, ids.project);
    expect(project).not.toBeNull();
    expect(project!.alignments.map((a) => a.priorityId)).not.toContain(ids.priority);
    expectNone((await listPublishedProjects(db)).projects);
    expectNone((await publicLabels(db, [ids.priority, ids.publicPriority])).priorities);
  });
});
