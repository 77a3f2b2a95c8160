import { describe, expect, it, vi } from "vitest";
import { HISTORY_PAGE_SIZE, pageHistory, recordAudit } from "@/db/queries/audit";
import { measureHistoryForStaff } from "@/db/queries/strategy/staff-measure";
import { auditLog, measures, progressUpdates } from "@/db/schema";
import { setupTestDatabase } from "../helpers/db";
import { expectPagedLikeWhole } from "../helpers/paging";
import { eq } from "drizzle-orm";

const limits = vi.hoisted(() => [] as number[]);
vi.mock("@/lib/paging", async (importOriginal) => {
  const { recordingPaging } = await import("../helpers/paging");
  return recordingPaging(await importOriginal(), limits);
});

const getDb = setupTestDatabase({ demo: true });
const id = (r: { id: number }) => String(r.id);

describe("an item's history, paged in SQL", () => {
  it("pages a measure's history with its progress updates' woven in, newest first, like the whole history", async () => {
    const db = await getDb();
    const [m] = await db.select({ id: measures.id }).from(measures).limit(1);
    const updates = (await db.select({ id: progressUpdates.id }).from(progressUpdates).where(eq(progressUpdates.measureId, m!.id))).map((u) => u.id);
    // Ties: several entries at the same moment are ordered by their id.
    const at = new Date("2026-01-02T03:04:05Z");
    for (let i = 0; i < 3; i++) await db.insert(auditLog).values({ entityType: "measure", entityId: m!.id, action: "update", version: i + 1, at });
    const sources = [
      { entityType: "measure", entityIds: [m!.id] },
      { entityType: "progress_update", entityIds: updates, actionPrefix: "progress_update" },
    ];
    const rows = await expectPagedLikeWhole((page, size) => pageHistory(db, sources, { page, size }), id, { limits });
    const whole = await measureHistoryForStaff(db, m!.id, updates);
    expect(rows.map((r) => [r.id, r.action])).toEqual([...whole].reverse().map((r) => [r.id, r.action]));
    expect(rows.length).toBeGreaterThan(3);
  });

  it("a page is 20 entries; a page past the end is the first; an item with no history has none", async () => {
    const db = await getDb();
    const itemId = "00000000-0000-4000-8000-00000000abcd";
    for (let i = 0; i < 45; i++) await recordAudit(db, { entityType: "goal", entityId: itemId, action: "update", version: i + 1, actor: null });
    const first = await pageHistory(db, [{ entityType: "goal", entityIds: [itemId] }], { page: 1 });
    expect([first.rows.length, first.total, first.pages, first.from, first.to]).toEqual([HISTORY_PAGE_SIZE, 45, 3, 1, 20]);
    expect(first.rows[0]!.version).toBe(45);
    const last = await pageHistory(db, [{ entityType: "goal", entityIds: [itemId] }], { page: 3 });
    expect(last.rows.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
    expect((await pageHistory(db, [{ entityType: "goal", entityIds: [itemId] }], { page: 4 })).page).toBe(1);
    // Another kind with the same id is not mixed in.
    expect((await pageHistory(db, [{ entityType: "priority", entityIds: [itemId] }], { page: 1 })).total).toBe(0);
    expect((await pageHistory(db, [{ entityType: "progress_update", entityIds: [] }], { page: 1 })).total).toBe(0);
  });
});
