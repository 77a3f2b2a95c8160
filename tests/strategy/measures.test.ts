import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createMeasure, updateMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { publishItem, returnItem } from "@/app/[locale]/staff/review/actions";
import { getPublishedStrategy } from "@/db/queries/strategy/public";
import { measureContacts, measurePriorities, measures, users } from "@/db/schema";
import { createActor, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { auditCount, firstGoal, kansMeasure, measureForm, prioritiesOf, straMeasure, unitId } from "./fixtures";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/permissions";

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));

describe("editing a measure", () => {
  it("an editor's save of their measure waits for review; the public still sees the published version", async () => {
    const m = await kansMeasure(db);
    const result = await updateMeasure.execute(editor, await measureForm(db, m.id, { progress: "65", internalNotes: "INTERNAL-XYZ" }));
    expect(result.ok).toBe(true);
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after).toMatchObject({ progress: 65, reviewState: "pending", version: m.version + 1 });
    const tree = await getPublishedStrategy(db);
    const pub = tree.flatMap((p) => p.goals.flatMap((g) => g.measures)).find((x) => x.id === m.id);
    expect(pub?.progress).toBe(m.progress);
    expect(JSON.stringify(tree)).not.toContain("INTERNAL-XYZ");
  });

  it("a coordinator publishes it; the public sees the new progress but never the internal notes", async () => {
    const m = await kansMeasure(db);
    const result = await publishItem.execute(coordinator, { type: "measure", id: m.id, version: m.version });
    expect(result).toMatchObject({ ok: true });
    const tree = await getPublishedStrategy(db);
    const pub = tree.flatMap((p) => p.goals.flatMap((g) => g.measures)).find((x) => x.id === m.id);
    expect(pub?.progress).toBe(65);
    expect(JSON.stringify(tree)).not.toContain("INTERNAL-XYZ");
  });

  it("return with a comment: the editor sees it on the item", async () => {
    const m = await kansMeasure(db);
    await updateMeasure.execute(editor, await measureForm(db, m.id, { progress: "70" }));
    const [pending] = await db.select().from(measures).where(eq(measures.id, m.id));
    const r = await returnItem.execute(coordinator, { type: "measure", id: m.id, version: pending!.version, comment: "Lisää ruotsinkielinen kuvaus" });
    expect(r.ok).toBe(true);
    const [returned] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(returned).toMatchObject({ reviewState: "returned", reviewComment: "Lisää ruotsinkielinen kuvaus" });
  });

  it("two saves from the same version: exactly one wins, the other gets a conflict naming who and when", async () => {
    const m = await kansMeasure(db);
    const a = await measureForm(db, m.id, { progress: "11" });
    const b = await measureForm(db, m.id, { progress: "22" });
    const results = await Promise.all([updateMeasure.execute(editor, a), updateMeasure.execute(coordinator, b)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, code: "conflict" });
    if (loser && !loser.ok) {
      expect(loser.conflict?.by).toMatch(/Eero Editori|Kaisa Koordinaattori/);
      expect(loser.message.key).toBe("errors.conflict");
    }
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after?.version).toBe(m.version + 1);
    expect([11, 22]).toContain(after?.progress);
  });

  it("bad input gets messages next to the fields and writes nothing", async () => {
    const m = await kansMeasure(db);
    const before = await auditCount(db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ titleFi: "" }, "titleFi", "errors.required"],
      [{ progress: "101" }, "progress", "errors.progressRange"],
      [{ progress: "-1" }, "progress", "errors.progressRange"],
      [{ progress: "" }, "progress", "errors.required"],
      [{ progress: "abc" }, "progress", "errors.number"],
      [{ startDate: "06/2023", dueDate: "05/2023" }, "dueDate", "errors.dueBeforeStart"],
      [{ dueDate: "31.2.2023" }, "dueDate", "errors.date"],
      [{ titleFi: "x".repeat(301) }, "titleFi", "errors.tooLong"],
      [{ responsibleUnitId: "00000000-0000-4000-8000-000000000000" }, "responsibleUnitId", "errors.unknownItem"],
      [{ priorityIds: ["00000000-0000-4000-8000-000000000000"] }, "priorityIds", "errors.unknownItem"],
      [{ priorityIds: [] }, "priorityIds", "errors.chooseAtLeast"],
      [{ goalId: "not-a-uuid" }, "goalId", "errors.unknownItem"],
      [{ status: "finished" }, "status", "errors.invalidValue"],
      [{ published: "{}" }, "_form", "errors.unexpectedField"],
    ];
    for (const [change, field, key] of cases) {
      const result = await updateMeasure.execute(coordinator, await measureForm(db, m.id, change));
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (!result.ok) expect(result.fields?.[field]?.[0]?.key, JSON.stringify(change)).toBe(key);
    }
    expect(await auditCount(db)).toBe(before);
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after?.version).toBe(m.version);
  });

  it("a month-precision due date is stored as the month", async () => {
    const m = await kansMeasure(db);
    const r = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { dueDate: "06/2026", startDate: "15.1.2026" }));
    expect(r.ok).toBe(true);
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after).toMatchObject({ dueDate: "2026-06-01", duePrecision: "month", startDate: "2026-01-15", startPrecision: "day" });
  });

  it("an editor cannot change the structural fields of their measure, even with a tampered form", async () => {
    const m = await kansMeasure(db);
    const r = await updateMeasure.execute(editor, await measureForm(db, m.id, { responsibleUnitId: await unitId(db, "STRA") }));
    expect(r).toMatchObject({ ok: false, code: "invalid", fields: { responsibleUnitId: [{ key: "errors.fieldLocked" }] } });
  });

  it("save and publish: coordinators only, and refused without Swedish", async () => {
    const m = await kansMeasure(db);
    const denied = await updateMeasure.execute(editor, await measureForm(db, m.id, { progress: "90", intent: "publish" }));
    expect(denied).toMatchObject({ ok: false, code: "forbidden" });
    const noSv = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { titleSv: "", intent: "publish" }));
    expect(noSv).toMatchObject({ ok: false, code: "invalid", fields: { titleSv: [{ key: "errors.translationMissing" }] } });
    const [unchanged] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(unchanged?.title.sv).toBeTruthy();
    const ok = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { progress: "95", intent: "publish" }));
    expect(ok.ok).toBe(true);
    const [after] = await db.select().from(measures).where(eq(measures.id, m.id));
    expect(after).toMatchObject({ reviewState: "published", progress: 95 });
    expect((after?.published as { progress: number }).progress).toBe(95);
  });

  it("creates a measure under a goal as a draft that the public does not see", async () => {
    const coordinator = await createActor(db, "coordinator", "KANS");
    const goal = await firstGoal(db);
    const [p] = await prioritiesOf(db, goal.id);
    const r = await createMeasure.execute(coordinator, {
      titleFi: "Uusi toimenpide", goalId: goal.id, responsibleUnitId: await unitId(db, "KANS"), priorityIds: [p!.id],
      status: "not_started", progress: "0", weight: "2", visibility: "public", dueDate: "12/2026",
    });
    expect(r.ok).toBe(true);
    const tree = await getPublishedStrategy(db);
    expect(JSON.stringify(tree)).not.toContain("Uusi toimenpide");
  });

  it("an editor of another unit is refused and nothing changes", async () => {
    const m = await straMeasure(db);
    const before = await auditCount(db);
    const r = await updateMeasure.execute(editor, await measureForm(db, m.id, { progress: "1" }));
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(await auditCount(db)).toBe(before);
  });

  it("a save writes the priority and contact links it changes, keeps those it does not, and its history names both", async () => {
    const m = await straMeasure(db);
    const linksOf = async () => ({
      priorityIds: (await db.select().from(measurePriorities).where(eq(measurePriorities.measureId, m.id))).map((l) => l.priorityId).sort(),
      contactIds: (await db.select().from(measureContacts).where(eq(measureContacts.measureId, m.id))).map((c) => c.userId).sort(),
    });
    const before = await linksOf();
    const goalPriorities = (await prioritiesOf(db, m.goalId)).map((p) => p.id).sort();
    const [staff] = await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@example.com"));
    const notes = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { internalNotes: "links stay" }));
    expect(notes.ok).toBe(true);
    expect(await linksOf()).toEqual(before);
    const changed = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { priorityIds: goalPriorities, contactIds: [...before.contactIds, staff!.id] }));
    expect(changed).toMatchObject({ ok: true });
    expect(await linksOf()).toEqual({ priorityIds: goalPriorities, contactIds: [...new Set([...before.contactIds, staff!.id])].sort() });
    const dropped = await updateMeasure.execute(coordinator, await measureForm(db, m.id, { contactIds: [] }));
    expect(dropped.ok).toBe(true);
    expect(await linksOf()).toEqual({ priorityIds: goalPriorities, contactIds: [] });
  });
});
