import { and, asc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { linkMeasure, unlinkMeasure } from "@/app/[locale]/staff/links/actions";
import { publishItem } from "@/app/[locale]/staff/review/actions";
import { publicLinkedItems, publicLinkedItemsOfPriority, publicMeasuresLinkedTo } from "@/db/queries/links/public";
import { linksOfMeasure, linksOfPriority, measuresLinkedTo } from "@/db/queries/links/staff";
import { auditLog, euProjects, evaluationRounds, measureLinks, measurePriorities, measures, networks } from "@/db/schema";
import { createActor, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { kansMeasure } from "../strategy/fixtures";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/permissions";

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));

async function project(db: Db) {
  const [p] = await db.select().from(euProjects).where(and(isNull(euProjects.archivedAt), isNotNull(euProjects.published))).orderBy(asc(euProjects.externalId)).limit(1);
  return p!;
}
async function network(db: Db) {
  const [n] = await db.select().from(networks).where(and(isNull(networks.archivedAt), isNotNull(networks.published))).orderBy(asc(networks.id)).limit(1);
  return n!;
}
const staffLinksOf = async (db: Db, id: string) => db.select().from(measureLinks).where(eq(measureLinks.measureId, id));
const measureRow = async (db: Db, id: string) => (await db.select().from(measures).where(eq(measures.id, id)))[0]!;

describe("links from measures to what carries them out", () => {
  it("a link added on the measure's page: version-checked, the measure waits for review, both histories record it, both sides list it", async () => {
    const m = await kansMeasure(db);
    const p = await project(db);
    // The editor of the measure's unit may not tie it to a project they may not edit.
    const refused = await linkMeasure.execute(editor, { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: m.version });
    expect(refused.ok).toBe(editor.unitId === p.responsibleUnitId);
    if (refused.ok) await unlinkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: p.id, from: "target", version: (await project(db)).version });
    const before = await measureRow(db, m.id);

    const stale = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: before.version + 3 });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.select().from(measureLinks).where(eq(measureLinks.measureId, m.id))).toHaveLength(0);

    const ok = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: before.version });
    expect(ok).toMatchObject({ ok: true, data: { version: before.version + 1 } });
    const after = await measureRow(db, m.id);
    expect(after.version).toBe(before.version + 1);
    expect((await project(db)).version).toBe(p.version + 1 + (refused.ok ? 2 : 0));

    const again = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: after.version });
    expect(again).toMatchObject({ ok: false, code: "invalid", fields: { targetId: [{ key: "errors.duplicate" }] } });

    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "link"));
    expect(audits.map((a) => a.entityType).sort()).toEqual(["euProject", "measure"]);
    expect(audits.find((a) => a.entityType === "measure")?.after).toEqual({ kind: "euProject", targetId: p.id });

    expect((await linksOfMeasure(db, m.id)).items).toEqual([expect.objectContaining({ kind: "euProject", targetId: p.id, title: p.name })]);
    expect((await measuresLinkedTo(db, "euProject", p.id)).items.map((x) => x.measureId)).toEqual([m.id]);
    const [prio] = await db.select().from(measurePriorities).where(eq(measurePriorities.measureId, m.id));
    expect((await linksOfPriority(db, prio!.priorityId)).items).toEqual([expect.objectContaining({ targetId: p.id, measureId: m.id })]);
  });

  it("added on the network's page: the network's version guards the form; publishing the measure puts the public links in its snapshot, not the evaluation round", async () => {
    const m = await kansMeasure(db);
    const n = await network(db);
    const stale = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "network", targetId: n.id, from: "target", version: n.version + 5 });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const ok = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "network", targetId: n.id, from: "target", version: n.version });
    expect(ok).toMatchObject({ ok: true, data: { version: n.version + 1 } });

    const [round] = await db.insert(evaluationRounds).values({ name: { fi: "Kierros" }, opensOn: "2024-01-01", closesOn: "2024-02-01" }).returning();
    const r = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "evaluationRound", targetId: round!.id, from: "target", version: round!.version });
    expect(r.ok).toBe(true);

    const current = await measureRow(db, m.id);
    expect(current.reviewState).not.toBe("published");
    const published = await publishItem.execute(coordinator, { type: "measure", id: m.id, version: current.version });
    expect(published.ok).toBe(true);
    const snap = (await measureRow(db, m.id)).published as { links: string[] };
    const p = await project(db);
    expect(snap.links).toEqual([`euProject:${p.id}`, `network:${n.id}`].sort());
  });

  it("public pages: only links the published measure names, only items that are public themselves, both ways", async () => {
    const m = await kansMeasure(db);
    const p = await project(db);
    const n = await network(db);
    const snap = (await measureRow(db, m.id)).published as { links: string[]; priorityIds: string[] };
    expect((await publicLinkedItems(db, snap.links)).map((i) => [i.kind, i.id, i.href])).toEqual([
      ["euProject", p.id, `/eu-projects/${p.id}`],
      ["network", n.id, `/networks/${n.id}`],
    ]);
    expect((await publicMeasuresLinkedTo(db, "euProject", p.id)).items.map((x) => x.id)).toEqual([m.id]);
    expect((await publicLinkedItemsOfPriority(db, snap.priorityIds[0]!)).map((i) => i.id).sort()).toEqual([p.id, n.id].sort());

    // A link not yet reviewed is not public: a second project linked but the measure not published again.
    const [other] = await db.select().from(euProjects).where(and(isNotNull(euProjects.published), ne(euProjects.id, p.id))).limit(1);
    expect(await linkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: other!.id, from: "target", version: other!.version })).toMatchObject({ ok: true });
    expect((await publicMeasuresLinkedTo(db, "euProject", other!.id)).total).toBe(0);
    expect((await staffLinksOf(db, m.id)).length).toBe(4);

    // An item that is no longer public disappears from the measure's public page, and the other way.
    await db.update(networks).set({ published: null }).where(eq(networks.id, n.id));
    expect((await publicLinkedItems(db, snap.links)).map((i) => i.id)).toEqual([p.id]);
    // A measure that is not public does not show on the project's page.
    await db.update(measures).set({ archivedAt: new Date() }).where(eq(measures.id, m.id));
    expect((await publicMeasuresLinkedTo(db, "euProject", p.id)).items).toEqual([]);
    await db.update(measures).set({ archivedAt: null }).where(eq(measures.id, m.id));
    await db.update(networks).set({ published: n.published }).where(eq(networks.id, n.id));
    await unlinkMeasure.execute(coordinator, { measureId: m.id, kind: "euProject", targetId: other!.id, from: "target", version: other!.version + 1 });
  });

  it("removed from either side; an unknown link is not found; the kinds' columns are checked by the database", async () => {
    const m = await kansMeasure(db);
    const n = await network(db);
    const removed = await unlinkMeasure.execute(coordinator, { measureId: m.id, kind: "network", targetId: n.id, from: "measure", version: (await measureRow(db, m.id)).version });
    expect(removed).toMatchObject({ ok: true });
    const missing = await unlinkMeasure.execute(coordinator, { measureId: m.id, kind: "network", targetId: n.id, from: "measure", version: (await measureRow(db, m.id)).version });
    expect(missing).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "unlink"), eq(auditLog.entityId, n.id)))).toHaveLength(1);
    // A link of one kind must name its own column and no other.
    await expect(db.insert(measureLinks).values({ measureId: m.id, kind: "network", euProjectId: (await project(db)).id })).rejects.toThrow();
    await expect(db.insert(measureLinks).values({ measureId: m.id, kind: "network", networkId: n.id, euProjectId: (await project(db)).id })).rejects.toThrow();
  });

  it("an editor of another unit may not link; an archived item cannot be linked", async () => {
    const other = await createActor(db, "editor", "STRA");
    const m = await kansMeasure(db);
    const p = await project(db);
    const refused = await linkMeasure.execute(other, { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: (await measureRow(db, m.id)).version });
    expect(refused.ok).toBe(false);
    const [archived] = await db.insert(networks).values({ name: { fi: "Arkistoitu" }, type: "city_network", status: "member", statusSince: "2020-01-01", archivedAt: new Date() }).returning();
    const gone = await linkMeasure.execute(coordinator, { measureId: m.id, kind: "network", targetId: archived!.id, from: "measure", version: (await measureRow(db, m.id)).version });
    expect(gone).toMatchObject({ ok: false, code: "not_found" });
  });
});
