import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { publicHistory } from "@/db/queries/public/history";
import { loadPublicStrategy } from "@/db/queries/public/strategy";
import { recordAudit } from "@/db/queries/audit";
import { measures } from "@/db/schema";
import { measureSnapshot } from "@/db/queries/strategy/snapshots";
import { isPublicItem } from "@/lib/public/content";
import { changedKeys, displayValue } from "@/lib/public/history-diff";
import { buildSearchIndex, search } from "@/lib/public/search";
import { setupTestDatabase } from "../helpers/db";
import { seedInternalMarkers } from "./markers";

const getDb = setupTestDatabase({ demo: true });
let seeded: Awaited<ReturnType<typeof seedInternalMarkers>>;

beforeAll(async () => {
  seeded = await seedInternalMarkers(await getDb(), "search");
});

describe("public search", () => {
  it("finds published content in any language, accents or not, and never drafts or internal items", async () => {
    const index = buildSearchIndex(await loadPublicStrategy(await getDb()));
    const titles = (q: string) => search(index, { q }).map((d) => d.title.fi);
    expect(titles("elpyminen")).toContain("Taloudellinen elpyminen");
    // The Swedish and English words find the same priority, and "aterhamtning" finds "återhämtning".
    expect(titles("återhämtning")).toContain("Taloudellinen elpyminen");
    expect(titles("aterhamtning")).toContain("Taloudellinen elpyminen");
    expect(titles("economic recovery")).toContain("Taloudellinen elpyminen");
    // Every word must occur.
    expect(titles("economic nonexistentword")).toEqual([]);
    expect(search(index, { q: "INTERNAL-MARKER" })).toEqual([]);
    expect(JSON.stringify(index)).not.toContain(seeded.marker);
  });

  it("filters by kind, status and goal, and ranks title matches first", async () => {
    const index = buildSearchIndex(await loadPublicStrategy(await getDb()));
    const late = search(index, { q: "", type: "measure", status: "on_schedule" });
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((d) => d.type === "measure" && d.status === "on_schedule")).toBe(true);
    const ofGoal = search(index, { q: "", goal: seeded.visible.goalId, type: "measure" });
    expect(ofGoal.every((d) => d.goalId === seeded.visible.goalId)).toBe(true);
    expect(ofGoal.some((d) => d.id === seeded.visible.measureId)).toBe(true);
    const ranked = search(index, { q: "helsinki" });
    const firstBodyOnly = ranked.findIndex((d) => !d.titleText.includes("helsinki"));
    expect(ranked.slice(firstBodyOnly).every((d) => !d.titleText.includes("helsinki"))).toBe(true);
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
