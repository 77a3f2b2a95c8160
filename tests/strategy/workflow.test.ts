import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishItem, returnItem } from "@/app/[locale]/staff/review/actions";
import { archiveGoal, createGoal, updateGoal } from "@/app/[locale]/staff/strategy/goals/actions";
import { savePoint, updateIndicator } from "@/app/[locale]/staff/strategy/indicators/actions";
import { addMilestone, addProgressUpdate, archiveMilestone, updateMilestone } from "@/app/[locale]/staff/strategy/measures/[id]/actions";
import { updateMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { archivePeriod, copyPeriod } from "@/app/[locale]/staff/strategy/periods/actions";
import { archivePriority } from "@/app/[locale]/staff/strategy/priorities/actions";
import { reorderItem } from "@/app/[locale]/staff/strategy/tree/actions";
import { historyForStaff, publishedHistory } from "@/db/queries/audit";
import { getPublicIndicator, getPublicMeasure } from "@/db/queries/strategy/public-detail";
import { listMeasuresForStaffFilters } from "@/db/queries/strategy/staff-list";
import { measureHistoryForStaff } from "@/db/queries/strategy/staff-measure";
import { goals, indicatorPoints, indicators, measures, milestones, priorities, progressUpdates, strategyPeriods } from "@/db/schema";
import { reviewSources } from "@/lib/review/sources";
import { applyFilters } from "@/lib/strategy/filters";
import { createActor, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { auditCount, firstGoal, kansMeasure, measureForm } from "./fixtures";
import { todayInHelsinki } from "@/lib/dates";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/permissions";

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));

describe("history", () => {
  it("records exactly one history entry per write, with who, what, before and after", async () => {
    const m = await kansMeasure(db);
    const before = (await historyForStaff(db, "measure", m.id)).length;
    const allBefore = await auditCount(db);
    const writes = [
      async () => updateMeasure.execute(coordinator, await measureForm(db, m.id, { progress: "41" })),
      async () => updateMeasure.execute(coordinator, await measureForm(db, m.id, { status: "postponed" })),
      async () => addMilestone.execute(coordinator, { measureId: m.id, titleFi: "Historiatesti", titleSv: "Historiktest", dueDate: "12/2030", state: "planned" }),
      async () => updateMeasure.execute(coordinator, await measureForm(db, m.id, { internalNotes: "muistiinpano" })),
    ];
    for (const w of writes) expect((await w()).ok).toBe(true);
    const entries = await historyForStaff(db, "measure", m.id);
    expect(entries.length - before).toBe(writes.length);
    expect(await auditCount(db)).toBe(allBefore + writes.length);
    const progressChange = entries.find((e) => e.action === "update" && (e.after as { progress?: number })?.progress === 41);
    expect(progressChange).toMatchObject({ actorName: "Kaisa Koordinaattori", before: { progress: expect.any(Number) }, after: { progress: 41 } });
    expect(Object.keys(progressChange!.after ?? {})).toEqual(["progress"]);
  });

  it("a changed due date is recorded with its precision, so the history reads 06/2031 and not 1.6.2031", async () => {
    const m = await kansMeasure(db);
    expect((await updateMeasure.execute(coordinator, await measureForm(db, m.id, { dueDate: "06/2031" }))).ok).toBe(true);
    const [latest] = (await historyForStaff(db, "measure", m.id)).filter((e) => e.action === "update").slice(-1);
    expect(latest?.after).toMatchObject({ dueDate: "2031-06-01", duePrecision: "month" });
    expect(latest?.before).toHaveProperty("duePrecision");
    expect(latest?.after).not.toHaveProperty("startDate");
  });

  it("the public history holds published versions only, never the working copy", async () => {
    const m = await kansMeasure(db);
    await updateMeasure.execute(coordinator, await measureForm(db, m.id, { internalNotes: "SALAINEN-HISTORIA", progress: "43" }));
    const published = await publishedHistory(db, "measure", m.id);
    expect(published.length).toBeGreaterThan(0);
    expect(JSON.stringify(published)).not.toContain("SALAINEN-HISTORIA");
    expect(JSON.stringify(published)).not.toContain("internalNotes");
  });
});

describe("milestones", () => {
  it("an editor's milestone change sends the measure to review and bumps its version; a stale form conflicts", async () => {
    const m = await kansMeasure(db);
    const r = await addMilestone.execute(editor, { measureId: m.id, titleFi: "Välitavoite", titleSv: "Delmål", dueDate: "01/2020", state: "planned" });
    expect(r.ok).toBe(true);
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after).toMatchObject({ reviewState: "pending", version: m.version + 1 });
    const id = r.ok ? (r.data as { id: string }).id : "";
    const [ms] = await db.select().from(milestones).where(eq(milestones.id, id));
    const first = await updateMilestone.execute(editor, { id, version: ms!.version, titleFi: "Välitavoite", titleSv: "Delmål", dueDate: "02/2020", state: "in_progress" });
    const second = await updateMilestone.execute(editor, { id, version: ms!.version, titleFi: "Välitavoite", titleSv: "Delmål", dueDate: "03/2020", state: "done" });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "conflict", conflict: { by: "Eero Editori" } });
    // An open milestone in the past makes the measure late in the staff list.
    const rows = applyFilters(await listMeasuresForStaffFilters(db), {}, todayInHelsinki(), 90);
    expect(rows.find((x) => x.id === m.id)?.late).toBe(true);
    const archived = await archiveMilestone.execute(editor, { id, version: ms!.version + 1 });
    expect(archived.ok).toBe(true);
  });

  it("published with the measure: the public sees milestones only after publishing", async () => {
    const m = await kansMeasure(db);
    await addMilestone.execute(coordinator, { measureId: m.id, titleFi: "Julkinen välitavoite", titleSv: "Offentligt delmål", dueDate: "06/2031", state: "planned" });
    expect(JSON.stringify(await getPublicMeasure(db, m.id))).not.toContain("Julkinen välitavoite");
    const [current] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect((await publishItem.execute(coordinator, { type: "measure", id: m.id, version: current!.version })).ok).toBe(true);
    const pub = await getPublicMeasure(db, m.id);
    expect(pub?.measure.milestones.some((x) => x.title.fi === "Julkinen välitavoite")).toBe(true);
  });
});

describe("progress updates", () => {
  it("an editor's update waits for review; internal updates never reach the public; published ones do", async () => {
    const m = await kansMeasure(db);
    const pub = await addProgressUpdate.execute(editor, { measureId: m.id, date: "1.3.2024", bodyFi: "Julkinen raportti", bodySv: "Offentlig rapport", bodyEn: "Public update", visibility: "public" });
    const internal = await addProgressUpdate.execute(editor, { measureId: m.id, date: "2.3.2024", bodyFi: "SISÄINEN-RAPORTTI", visibility: "internal" });
    expect(pub.ok && internal.ok).toBe(true);
    const pubId = pub.ok ? (pub.data as { id: string }).id : "";
    const [row] = await db.select().from(progressUpdates).where(eq(progressUpdates.id, pubId));
    expect(row?.reviewState).toBe("pending");
    expect(JSON.stringify(await getPublicMeasure(db, m.id))).not.toContain("Julkinen raportti");
    expect((await publishItem.execute(editor, { type: "progress_update", id: pubId, version: row!.version })).ok).toBe(false);
    expect((await publishItem.execute(coordinator, { type: "progress_update", id: pubId, version: row!.version })).ok).toBe(true);
    const page = JSON.stringify(await getPublicMeasure(db, m.id));
    expect(page).toContain("Julkinen raportti");
    expect(page).not.toContain("SISÄINEN-RAPORTTI");
    // Staff see the update's own history woven into the measure's, by time.
    const history = await measureHistoryForStaff(db, m.id, [pubId]);
    expect(history.filter((e) => e.entityId === pubId).map((e) => e.action)).toEqual(["progress_update.create", "progress_update.publish"]);
    expect(history.map((e) => e.at.getTime())).toEqual([...history.map((e) => e.at.getTime())].sort((a, b) => a - b));
  });

  it("refuses a missing text, an impossible date and a date far in the future", async () => {
    const m = await kansMeasure(db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ bodyFi: "" }, "bodyFi", "errors.required"],
      [{ date: "30.2.2024" }, "date", "errors.date"],
      [{ date: "06/2024" }, "date", "errors.date"],
      [{ date: "1.1.2099" }, "date", "errors.dateInFuture"],
      [{ visibility: "secret" }, "visibility", "errors.invalidValue"],
    ];
    const before = await auditCount(db);
    for (const [change, field, key] of cases) {
      const r = await addProgressUpdate.execute(editor, { measureId: m.id, date: "1.3.2024", bodyFi: "Teksti", visibility: "public", ...change });
      expect(r.ok, JSON.stringify(change)).toBe(false);
      if (!r.ok) expect(r.fields?.[field]?.[0]?.key, JSON.stringify(change)).toBe(key);
    }
    expect(await auditCount(db)).toBe(before);
  });
});

describe("review queue", () => {
  it("lists pending items from the registry and returns one with a comment", async () => {
    const m = await kansMeasure(db);
    await updateMeasure.execute(editor, await measureForm(db, m.id, { progress: "77" }));
    const queue = (await Promise.all(reviewSources.map((s) => s.queue(db)))).flat();
    const item = queue.find((q) => q.id === m.id);
    expect(item).toMatchObject({ type: "measure", state: "pending", by: "Eero Editori", area: "strategy", title: m.title });
    const [row] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect((await returnItem.execute(coordinator, { type: "measure", id: m.id, version: row!.version, comment: "" })).ok).toBe(false);
    expect((await returnItem.execute(coordinator, { type: "unknown-type", id: m.id, version: row!.version, comment: "x" })).ok).toBe(false);
    expect((await publishItem.execute(coordinator, { type: "measure", id: m.id, version: row!.version - 1 })).ok).toBe(false);
  });
});

describe("structure", () => {
  it("creates and edits a goal; refuses publishing it without Swedish", async () => {
    const coordinator = await createActor(db, "coordinator");
    const [period] = await db.select().from(strategyPeriods);
    const r = await createGoal.execute(coordinator, { periodId: period!.id, titleFi: "Uusi tavoite", scope: "eu", intent: "publish" });
    expect(r).toMatchObject({ ok: false, fields: { title: [{ key: "errors.translationMissing" }] } });
    expect((await db.select({ n: count() }).from(goals).where(eq(goals.periodId, period!.id)))[0]?.n).toBe(2);
    const ok = await createGoal.execute(coordinator, { periodId: period!.id, titleFi: "Uusi tavoite", titleSv: "Nytt mål", scope: "eu", intent: "publish" });
    expect(ok.ok).toBe(true);
    const id = ok.ok ? (ok.data as { id: string }).id : "";
    const [g] = await db.select().from(goals).where(eq(goals.id, id));
    expect(g).toMatchObject({ reviewState: "published", published: { title: { fi: "Uusi tavoite", sv: "Nytt mål" } } });
    const edit = await updateGoal.execute(coordinator, { id, version: g!.version, titleFi: "Muutettu tavoite", titleSv: "Ändrat mål", scope: "eu" });
    expect(edit.ok).toBe(true);
    const [after] = await db.select().from(goals).where(eq(goals.id, id));
    expect(after).toMatchObject({ reviewState: "draft", published: { title: { fi: "Uusi tavoite" } } });
  });

  it("archiving is refused while active items hang under a period, goal or priority; an emptied goal archives", async () => {
    const goal = await firstGoal(db);
    const [period] = await db.select().from(strategyPeriods).where(eq(strategyPeriods.id, goal.periodId));
    const [priority] = await db.select().from(priorities).where(eq(priorities.goalId, goal.id)).limit(1);
    const auditBefore = await auditCount(db);
    for (const [action, row] of [[archivePeriod, period!], [archiveGoal, goal], [archivePriority, priority!]] as const) {
      const r = await action.execute(coordinator, { id: row.id, version: row.version });
      expect(r).toMatchObject({ ok: false, message: { key: "structurePage.archiveHasChildren", params: { count: expect.any(Number) } } });
    }
    expect(await auditCount(db)).toBe(auditBefore);
    expect((await db.select().from(goals).where(eq(goals.id, goal.id)))[0]?.archivedAt).toBeNull();
    const created = await createGoal.execute(coordinator, { periodId: goal.periodId, titleFi: "Tyhjä tavoite", scope: "eu" });
    const id = created.ok ? (created.data as { id: string }).id : "";
    expect(await archiveGoal.execute(coordinator, { id, version: 1 })).toMatchObject({ ok: true });
  });

  it("reorders goals and the public order follows", async () => {
    const goal = await firstGoal(db);
    const edge = await reorderItem.execute(coordinator, { type: "goal", id: goal.id, direction: "up" });
    expect(edge).toMatchObject({ ok: false, message: { key: "errors.cannotMove" } });
    const r = await reorderItem.execute(coordinator, { type: "goal", id: goal.id, direction: "down" });
    expect(r.ok).toBe(true);
    const [moved] = await db.select().from(goals).where(eq(goals.id, goal.id));
    expect(moved!.sortOrder).toBe(1);
    expect((moved!.published as { sortOrder: number }).sortOrder).toBe(1);
    await reorderItem.execute(coordinator, { type: "goal", id: goal.id, direction: "up" });
  });

  it("copies a period's structure into a new draft period with fresh progress", async () => {
    const [source] = await db.select().from(strategyPeriods).orderBy(strategyPeriods.sortOrder);
    const bad = await copyPeriod.execute(coordinator, { sourceId: source!.id, nameFi: "Kausi", startYear: "2029", endYear: "2026" });
    expect(bad).toMatchObject({ ok: false, fields: { endYear: [{ key: "errors.endBeforeStart" }] } });
    const r = await copyPeriod.execute(coordinator, { sourceId: source!.id, nameFi: "Valtuustokausi 2025–2029", nameSv: "Fullmäktigeperioden 2025–2029", startYear: "2025", endYear: "2029" });
    expect(r.ok).toBe(true);
    const data = r.ok ? (r.data as { id: string; counts: { goals: number; priorities: number; measures: number } }) : null;
    const srcGoals = await db.select().from(goals).where(eq(goals.periodId, source!.id));
    expect(data?.counts.goals).toBe(srcGoals.filter((g) => !g.archivedAt).length);
    const newGoals = await db.select().from(goals).where(eq(goals.periodId, data!.id));
    expect(newGoals.every((g) => g.reviewState === "draft" && g.published === null)).toBe(true);
    const newGoalIds = newGoals.map((g) => g.id);
    const newPriorities = await db.select().from(priorities).where(inArray(priorities.goalId, newGoalIds));
    expect(newPriorities.length).toBe(data?.counts.priorities);
    expect(newPriorities.length).toBeGreaterThanOrEqual(9);
    const copied = await db.select().from(measures).where(inArray(measures.goalId, newGoalIds));
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.every((m) => m.progress === 0 && m.status === "not_started" && m.dueDate === null && m.internalNotes === null)).toBe(true);
    expect((await historyForStaff(db, "measure", copied[0]!.id))[0]).toMatchObject({ action: "create", after: { copiedFrom: expect.any(String) } });
  });
});

describe("indicators", () => {
  it("stores values exactly, replaces a value for the same date, and publishes values with the indicator", async () => {
    const [computed] = await db.select().from(indicators).where(eq(indicators.visibility, "public"));
    // The demo's indicators are computed: their values cannot be typed in.
    expect((await savePoint.execute(coordinator, { indicatorId: computed!.id, kind: "actual", date: "31.12.2025", value: "1" })).ok).toBe(false);
    const [ind] = await db.update(indicators).set({ source: "manual", computation: null }).where(eq(indicators.id, computed!.id)).returning();
    const first = await savePoint.execute(coordinator, { indicatorId: ind!.id, kind: "actual", date: "31.12.2025", value: "61 234 567,89" });
    expect(first.ok).toBe(true);
    const again = await savePoint.execute(coordinator, { indicatorId: ind!.id, kind: "actual", date: "2025-12-31", value: "61234567.8900" });
    expect(again).toMatchObject({ ok: false, message: { key: "errors.noChanges" } });
    const bad = await savePoint.execute(coordinator, { indicatorId: ind!.id, kind: "actual", date: "2025-12-31", value: "12,3,4" });
    expect(bad).toMatchObject({ ok: false, fields: { value: [{ key: "errors.number" }] } });
    const [p] = await db.select().from(indicatorPoints).where(and(eq(indicatorPoints.indicatorId, ind!.id), eq(indicatorPoints.date, "2025-12-31"), eq(indicatorPoints.kind, "actual")));
    expect(p?.value).toBe("61234567.8900");
    expect(JSON.stringify((await getPublicIndicator(db, ind!.id))?.indicator.values)).not.toContain("61234567");
    const [cur] = await db.select().from(indicators).where(eq(indicators.id, ind!.id));
    expect(cur?.reviewState).toBe("draft");
    expect((await publishItem.execute(coordinator, { type: "indicator", id: ind!.id, version: cur!.version })).ok).toBe(true);
    expect((await getPublicIndicator(db, ind!.id))?.indicator.values.some((v) => v.value === "61234567.8900")).toBe(true);
  });

  it("an editor of another unit cannot change an indicator", async () => {
    const otherEditor = await createActor(db, "editor", "STRA");
    // An indicator of another unit, chosen by its order (not by where the rows happen to lie on disk).
    const rows = await db.select().from(indicators).innerJoin(strategyPeriods, eq(strategyPeriods.id, indicators.periodId)).orderBy(indicators.sortOrder);
    const indicator = rows.map((r) => r.indicators).find((i) => i.responsibleUnitId !== otherEditor.unitId)!;
    const r = await updateIndicator.execute(otherEditor, {
      id: indicator.id, version: indicator.version, titleFi: "x", unitFi: "kpl", decimals: "0", responsibleUnitId: indicator.responsibleUnitId!, visibility: "public",
    });
    expect(r.ok).toBe(false);
  });
});

describe("demo data", () => {
  it("has milestones, stale and fresh measures and three published indicators", async () => {
    const rows = applyFilters(await listMeasuresForStaffFilters(db), {}, todayInHelsinki(), 90);
    expect(rows.some((r) => r.stale)).toBe(true);
    expect(rows.some((r) => r.lastUpdate && !r.stale)).toBe(true);
    expect(rows.some((r) => r.milestones.length > 0)).toBe(true);
    const published = await db.select().from(indicators).where(eq(indicators.reviewState, "published"));
    expect(published.length).toBeGreaterThanOrEqual(3);
  });
});
