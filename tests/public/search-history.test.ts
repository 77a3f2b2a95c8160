import { eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { publicHistory } from "@/db/queries/public/history";
import { recordAudit } from "@/db/queries/audit";
import { euProjects, measures, networks } from "@/db/schema";
import { measureSnapshot } from "@/db/queries/strategy/snapshots";
import { isPublicItem } from "@/lib/public/content";
import { changedKeys, displayValue } from "@/lib/public/history-diff";
import { normalise, searchPublic, type SearchQuery } from "@/db/queries/public/search";
import { setupTestDatabase } from "../helpers/db";
import { seedInternalMarkers } from "./markers";

const getDb = setupTestDatabase({ demo: true });
let seeded: Awaited<ReturnType<typeof seedInternalMarkers>>;

beforeAll(async () => {
  seeded = await seedInternalMarkers(await getDb(), "search");
});

describe("public search", () => {
  const titles = async (query: SearchQuery) => (await searchPublic(await getDb(), query)).hits.map((d) => d.title.fi);

  it("finds published content in any language, accents or not, and never drafts or internal items", async () => {
    expect(await titles({ q: "elpyminen" })).toContain("Taloudellinen elpyminen");
    // The Swedish and English words find the same priority, and "aterhamtning" finds "återhämtning".
    expect(await titles({ q: "återhämtning" })).toContain("Taloudellinen elpyminen");
    expect(await titles({ q: "aterhamtning" })).toContain("Taloudellinen elpyminen");
    expect(await titles({ q: "ECONOMIC recovery" })).toContain("Taloudellinen elpyminen");
    // Every word must occur.
    expect(await titles({ q: "economic nonexistentword" })).toEqual([]);
    expect((await searchPublic(await getDb(), { q: "INTERNAL-MARKER" })).total).toBe(0);
    const everything = await searchPublic(await getDb(), { q: "", perPage: 100_000 });
    expect(JSON.stringify(everything)).not.toContain(seeded.marker);
    for (const id of seeded.hiddenIds) expect(everything.hits.some((h) => h.id === id)).toBe(false);
  });

  it("covers every area: EU projects, networks, advocacy actions and asks, by a word of their name", async () => {
    const db = await getDb();
    const [project] = await db.select({ id: euProjects.id, published: euProjects.published }).from(euProjects).where(isNotNull(euProjects.published)).limit(1);
    const [network] = await db.select({ id: networks.id, published: networks.published }).from(networks).where(isNotNull(networks.published)).limit(1);
    const word = (name: unknown) => String((name as { fi: string }).fi).split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    const projectHits = await searchPublic(db, { q: word(project!.published!.name), type: "euProject" });
    expect(projectHits.hits.map((h) => h.id)).toContain(project!.id);
    expect(projectHits.hits.every((h) => h.type === "euProject")).toBe(true);
    const networkHits = await searchPublic(db, { q: word(network!.published!.name).toUpperCase() });
    expect(networkHits.hits.some((h) => h.id === network!.id && h.type === "network")).toBe(true);
    for (const type of ["euProject", "network", "action", "ask"] as const) expect((await searchPublic(db, { q: "", type })).total).toBeGreaterThan(0);
    // A network that is archived or never published is not found, by any word.
    await db.update(networks).set({ archivedAt: new Date() }).where(eq(networks.id, network!.id));
    expect((await searchPublic(db, { q: "", type: "network", perPage: 1000 })).hits.map((h) => h.id)).not.toContain(network!.id);
    await db.update(networks).set({ archivedAt: null }).where(eq(networks.id, network!.id));
  });

  it("filters by kind, status and goal, ranks title matches first, and pages in the database", async () => {
    const db = await getDb();
    const late = await searchPublic(db, { q: "", type: "measure", status: "late" });
    expect(late.total).toBeGreaterThan(0);
    expect(late.hits.every((d) => d.type === "measure" && d.status === "late")).toBe(true);
    const ofGoal = await searchPublic(db, { q: "", goal: seeded.visible.goalId, type: "measure", perPage: 1000 });
    expect(ofGoal.hits.every((d) => d.goalId === seeded.visible.goalId)).toBe(true);
    expect(ofGoal.hits.some((d) => d.id === seeded.visible.measureId)).toBe(true);
    const all = await searchPublic(db, { q: "helsinki", perPage: 1000 });
    const titleHas = (d: { title: { fi: string; sv?: string; en?: string } }) => normalise(`${d.title.fi} ${d.title.sv ?? ""} ${d.title.en ?? ""}`).includes("helsinki");
    const firstBodyOnly = all.hits.findIndex((d) => !titleHas(d));
    if (firstBodyOnly >= 0) expect(all.hits.slice(firstBodyOnly).every((d) => !titleHas(d))).toBe(true);
    // Pages: the same order, cut in the database; a page past the end is empty but still counts.
    const first = await searchPublic(db, { q: "helsinki", perPage: 3, page: 1 });
    const second = await searchPublic(db, { q: "helsinki", perPage: 3, page: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.slice(0, 6).map((h) => h.id));
    const beyond = await searchPublic(db, { q: "helsinki", perPage: 3, page: 10_000 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(all.total);
  });
});

describe("published history", () => {
  it("shows the published versions of a public item and what changed, never a working copy", async () => {
    const db = await getDb();
    const id = seeded.visible.measureId;
    const [row] = await db.select({ published: measures.published }).from(measures).where(eq(measures.id, id));
    const first = row!.published as ReturnType<typeof measureSnapshot>;
    const second = { ...first, progress: 55, status: "late" };
    await recordAudit(db, { entityType: "measure", entityId: id, action: "publish", version: 2, actor: null, after: first, isPublication: true });
    await recordAudit(db, { entityType: "measure", entityId: id, action: "update", version: 3, actor: null, before: {}, after: { internalNotes: "INTERNAL-MARKER-search-history" } });
    await recordAudit(db, { entityType: "measure", entityId: id, action: "publish", version: 4, actor: null, after: second, isPublication: true });
    const history = await publicHistory(db, "measure", id);
    expect(history?.versions.map((v) => v.version)).toEqual([2, 4]);
    expect(JSON.stringify(history)).not.toContain("INTERNAL-MARKER");
    expect(changedKeys(history!.versions[0]!.snapshot, history!.versions[1]!.snapshot!)).toEqual(["status", "progress"]);
    expect(displayValue("progress", second, "en", () => null)).toBe("55 %");
    expect(displayValue("dueDate", { dueDate: "2022-06-30", duePrecision: "month" }, "fi", () => null)).toBe("06/2022");
  });

  it("answers 'not found' for items that are not public now, even when published under an unpublished parent", async () => {
    const db = await getDb();
    for (const id of seeded.hiddenIds) expect(await isPublicItem("measure", id)).toBe(false);
    expect(await isPublicItem("measure", seeded.visible.measureId)).toBe(true);
    expect(await isPublicItem("goal", seeded.visible.goalId)).toBe(true);
    expect(await isPublicItem("user", seeded.visible.goalId)).toBe(false);
    expect(await publicHistory(db, "measure", "not-a-uuid")).toBeNull();
  });
});
