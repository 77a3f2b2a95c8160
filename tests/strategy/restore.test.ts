import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishItem } from "@/app/[locale]/staff/review/actions";
import { archiveGoal, createGoal, restoreGoal } from "@/app/[locale]/staff/strategy/goals/actions";
import { archiveMeasure, restoreMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { archivePriority, createPriority, restorePriority } from "@/app/[locale]/staff/strategy/priorities/actions";
import { historyForStaff } from "@/db/queries/audit";
import { getPublicGoal, getPublicMeasure } from "@/db/queries/strategy/public-detail";
import { archivedStrategyItems } from "@/db/queries/strategy/archived";
import { strategyOutline } from "@/db/queries/strategy/staff-list";
import type { Db } from "@/db/client";
import { goals, measures, priorities } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { auditCount, firstGoal, kansMeasure, unitId } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });

const goalRow = async (db: Db, id: string) => (await db.select().from(goals).where(eq(goals.id, id)))[0]!;
const priorityRow = async (db: Db, id: string) => (await db.select().from(priorities).where(eq(priorities.id, id)))[0]!;
const measureRow = async (db: Db, id: string) => (await db.select().from(measures).where(eq(measures.id, id)))[0]!;

async function newGoal(db: Db, coordinator: Actor, name: string, intent: "save" | "publish" = "save") {
  const r = await createGoal.execute(coordinator, { periodId: (await firstGoal(db)).periodId, titleFi: name, titleSv: `${name} (sv)`, scope: "eu", intent });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return goalRow(db, (r.data as { id: string }).id);
}

describe("restoring archived strategy items", () => {
  it("a coordinator restores an archived goal as a draft: back in the tree, off the public site until published again, and the history says restore", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const created = await newGoal(db, coordinator, "Palautettava tavoite", "publish");
    expect(await getPublicGoal(db, created.id)).not.toBeNull();
    expect((await archiveGoal.execute(coordinator, { id: created.id, version: created.version })).ok).toBe(true);
    expect(await getPublicGoal(db, created.id)).toBeNull();
    const archived = await goalRow(db, created.id);
    expect((await archivedStrategyItems(db)).map((i) => i.id)).toContain(created.id);

    const auditBefore = await auditCount(db);
    const r = await restoreGoal.execute(coordinator, { id: archived.id, version: archived.version });
    expect(r).toMatchObject({ ok: true });
    const restored = await goalRow(db, created.id);
    expect(restored).toMatchObject({ archivedAt: null, reviewState: "draft", published: null, version: archived.version + 1 });
    expect(await getPublicGoal(db, created.id)).toBeNull();
    expect((await strategyOutline(db)).goals.map((g) => g.id)).toContain(created.id);
    expect((await archivedStrategyItems(db)).map((i) => i.id)).not.toContain(created.id);
    expect(await auditCount(db)).toBe(auditBefore + 1);
    const last = (await historyForStaff(db, "goal", created.id)).at(-1);
    expect(last).toMatchObject({ action: "restore", actorId: coordinator.id, isPublication: false, after: { archivedAt: null, reviewState: "draft" } });

    expect(await publishItem.execute(coordinator, { type: "goal", id: restored.id, version: restored.version })).toMatchObject({ ok: true });
    expect(await getPublicGoal(db, created.id)).toMatchObject({ goal: { title: { fi: "Palautettava tavoite" } } });
  });

  it("executives and editors cannot restore, not even the editor's own measure, and a refused restore writes nothing", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const m = await kansMeasure(db);
    expect((await archiveMeasure.execute(coordinator, { id: m.id, version: m.version })).ok).toBe(true);
    const archivedMeasure = await measureRow(db, m.id);
    const goal = await newGoal(db, coordinator, "Arkistoitu tavoite");
    expect((await archiveGoal.execute(coordinator, { id: goal.id, version: goal.version })).ok).toBe(true);
    const archivedGoal = await goalRow(db, goal.id);

    const auditBefore = await auditCount(db);
    for (const email of ["executive@example.com", "editor@example.com"]) {
      const actor = await actorByEmail(db, email);
      expect(await restoreMeasure.execute(actor, { id: m.id, version: archivedMeasure.version })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await restoreGoal.execute(actor, { id: goal.id, version: archivedGoal.version })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await auditCount(db)).toBe(auditBefore);
    expect(await measureRow(db, m.id)).toEqual(archivedMeasure);
    expect(await goalRow(db, goal.id)).toEqual(archivedGoal);
    expect(await getPublicMeasure(db, m.id)).toBeNull();

    expect(await restoreMeasure.execute(coordinator, { id: m.id, version: archivedMeasure.version })).toMatchObject({ ok: true });
    expect(await measureRow(db, m.id)).toMatchObject({ archivedAt: null, reviewState: "draft", published: null });
  });

  it("a priority or measure cannot be restored while its goal is archived; restoring the goal first lets them back", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const goal = await newGoal(db, coordinator, "Vanhempi tavoite");
    const p = await createPriority.execute(coordinator, { goalId: goal.id, titleFi: "Lapsipainopiste" });
    const priorityId = p.ok ? (p.data as { id: string }).id : "";
    const [measure] = await db
      .insert(measures)
      .values({ goalId: goal.id, title: { fi: "Lapsitoimenpide" }, status: "on_schedule", progress: 0, responsibleUnitId: await unitId(db, "KANS"), archivedAt: new Date() })
      .returning();
    const pr = await priorityRow(db, priorityId);
    expect((await archivePriority.execute(coordinator, { id: pr.id, version: pr.version })).ok).toBe(true);
    const g = await goalRow(db, goal.id);
    expect((await archiveGoal.execute(coordinator, { id: g.id, version: g.version })).ok).toBe(true);

    const archivedPriority = await priorityRow(db, priorityId);
    const auditBefore = await auditCount(db);
    const refusedP = await restorePriority.execute(coordinator, { id: priorityId, version: archivedPriority.version });
    const refusedM = await restoreMeasure.execute(coordinator, { id: measure!.id, version: measure!.version });
    for (const r of [refusedP, refusedM]) expect(r).toMatchObject({ ok: false, code: "invalid", message: { key: "structurePage.restoreParentArchived" } });
    expect(await auditCount(db)).toBe(auditBefore);
    expect(await priorityRow(db, priorityId)).toEqual(archivedPriority);
    expect((await measureRow(db, measure!.id)).archivedAt).not.toBeNull();

    const archivedGoal = await goalRow(db, goal.id);
    expect((await restoreGoal.execute(coordinator, { id: goal.id, version: archivedGoal.version })).ok).toBe(true);
    expect((await restorePriority.execute(coordinator, { id: priorityId, version: archivedPriority.version })).ok).toBe(true);
    expect((await restoreMeasure.execute(coordinator, { id: measure!.id, version: measure!.version })).ok).toBe(true);
    expect((await priorityRow(db, priorityId)).archivedAt).toBeNull();
    expect((await historyForStaff(db, "measure", measure!.id)).map((e) => e.action)).toEqual(["restore"]);
  });

  it("an item that is not archived cannot be restored, and a stale version gets a conflict", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const active = await newGoal(db, coordinator, "Aktiivinen tavoite");
    expect(await restoreGoal.execute(coordinator, { id: active.id, version: active.version })).toMatchObject({ ok: false, code: "not_found" });
    expect((await archiveGoal.execute(coordinator, { id: active.id, version: active.version })).ok).toBe(true);
    const auditBefore = await auditCount(db);
    expect(await restoreGoal.execute(coordinator, { id: active.id, version: active.version })).toMatchObject({ ok: false, code: "conflict" });
    expect(await auditCount(db)).toBe(auditBefore);
    expect((await goalRow(db, active.id)).archivedAt).not.toBeNull();
  });
});
