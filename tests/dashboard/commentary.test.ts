import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { saveCommentary } from "@/app/[locale]/staff/dashboard/actions";
import type { Db } from "@/db/client";
import { auditLog, briefingCommentaries, goals } from "@/db/schema";
import { loadBriefing } from "@/lib/dashboard/load";
import { renderBriefingPdf } from "@/lib/dashboard/pdf";
import type { Actor } from "@/lib/permissions";
import { databaseWith } from "../helpers/actors";
import { flatText, readPdf } from "../helpers/pdf-text";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";

/** A coordinator's commentary per briefing section: stored, version-checked, audited, shown on the page and in the PDF. */
let db: Db, coordinator: Actor, admin: Actor, executive: Actor;
databaseWith({ demo: false }, { coordinator: { role: "coordinator" }, admin: { role: "admin" }, executive: { role: "executive" } }, (r) => ({ db, coordinator, admin, executive } = r));
let f: DashboardFixture;
beforeAll(async () => {
  f = await seedDashboardFixture(db);
});

const rowsOf = (section: string, goalKey = "") =>
  db.select().from(briefingCommentaries).where(and(eq(briefingCommentaries.periodId, f.periodId), eq(briefingCommentaries.goalKey, goalKey), eq(briefingCommentaries.section, section)));
const briefing = async (locale: "fi" | "sv" | "en", goal?: string) =>
  (await loadBriefing(db, { locale, query: { period: f.periodId, ...(goal ? { goal } : {}) }, today: TODAY, staleAfterDays: STALE_DAYS }))!;

describe("briefing commentary", () => {
  it("a coordinator writes a section's commentary: stored, audited, on the briefing and in the PDF", async () => {
    const r = await saveCommentary.execute(coordinator, { periodId: f.periodId, goalId: "", section: "watch", body: "  Kaksi toimenpidettä odottaa rahoituspäätöstä.  ", version: "0" });
    expect(r).toMatchObject({ ok: true, data: { version: 1 } });
    const [row] = await rowsOf("watch");
    expect(row).toMatchObject({ body: "Kaksi toimenpidettä odottaa rahoituspäätöstä.", version: 1, updatedBy: coordinator.id });
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "briefing_commentary"), eq(auditLog.entityId, row!.id)));
    expect(history.map((h) => [h.action, h.actorId, (h.after as { body: string }).body])).toEqual([["create", coordinator.id, "Kaksi toimenpidettä odottaa rahoituspäätöstä."]]);

    const loaded = await briefing("en");
    expect(loaded.briefing.sections.find((s) => s.id === "watch")!.commentary).toBe("Kaksi toimenpidettä odottaa rahoituspäätöstä.");
    expect(loaded.commentaries.watch).toMatchObject({ version: 1 });
    const pdf = await renderBriefingPdf(loaded.briefing, { confidential: "INTERNAL", baseUrl: "https://app.example" });
    const text = flatText(readPdf(pdf).pages);
    expect(text).toContain("Coordinator's commentary");
    expect(text).toContain("Kaksi toimenpidettä odottaa rahoituspäätöstä.");
    // A commentary belongs to its scope: the briefing of one goal does not show the whole period's.
    expect((await briefing("en", f.goalA)).briefing.sections.find((s) => s.id === "watch")!.commentary).toBeUndefined();
  });

  it("two coordinators never silently overwrite each other: a save from an old version is a conflict", async () => {
    const [before] = await rowsOf("watch");
    const first = await saveCommentary.execute(admin, { periodId: f.periodId, section: "watch", body: "Päivitetty arvio.", version: String(before!.version) });
    expect(first).toMatchObject({ ok: true, data: { version: before!.version + 1 } });
    const stale = await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "watch", body: "Vanhasta versiosta.", version: String(before!.version) });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    // A form opened before the first commentary existed (version 0) is also refused.
    const fromNothing = await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "watch", body: "Ensimmäinen?", version: "0" });
    expect(fromNothing).toMatchObject({ ok: false, code: "conflict" });
    const [after] = await rowsOf("watch");
    expect(after).toMatchObject({ body: "Päivitetty arvio.", version: before!.version + 1 });
  });

  it("emptying the text removes it from the briefing (the row and its history stay)", async () => {
    const [row] = await rowsOf("watch");
    expect(await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "watch", body: "", version: String(row!.version) })).toMatchObject({ ok: true });
    expect((await briefing("fi")).briefing.sections.find((s) => s.id === "watch")!.commentary).toBeUndefined();
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "briefing_commentary"), eq(auditLog.entityId, row!.id)));
    expect(history.map((h) => h.action)).toEqual(["create", "update", "update"]);
  });

  it("bad input is refused next to the field and changes nothing", async () => {
    const long = await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "strategy", body: "x".repeat(1001), version: "0" });
    expect(long).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((long as { fields: object }).fields)).toEqual(["body"]);
    const section = await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "secrets", body: "x", version: "0" });
    expect(Object.keys((section as { fields: object }).fields)).toEqual(["section"]);
    // A goal of another period (or archived) is not a scope of this period's briefing.
    const [otherGoal] = await db.select().from(goals).where(eq(goals.periodId, f.period2Id));
    const goal = await saveCommentary.execute(coordinator, { periodId: f.periodId, goalId: otherGoal!.id, section: "strategy", body: "x", version: "0" });
    expect(Object.keys((goal as { fields: object }).fields)).toEqual(["goalId"]);
    const archived = await saveCommentary.execute(coordinator, { periodId: f.periodId, goalId: f.goalC, section: "strategy", body: "x", version: "0" });
    expect(archived).toMatchObject({ ok: false, code: "invalid" });
    const empty = await saveCommentary.execute(coordinator, { periodId: f.periodId, section: "strategy", body: "   ", version: "0" });
    expect(empty).toMatchObject({ ok: false, code: "invalid" });
    expect(await rowsOf("strategy")).toEqual([]);
    expect(await rowsOf("strategy", otherGoal!.id)).toEqual([]);
  });

  it("an executive reads the commentary but may not write it", async () => {
    expect(await saveCommentary.execute(executive, { periodId: f.periodId, section: "funding", body: "x", version: "0" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await rowsOf("funding")).toEqual([]);
  });

  it("a goal's briefing has its own commentary", async () => {
    expect(await saveCommentary.execute(coordinator, { periodId: f.periodId, goalId: f.goalB, section: "strategy", body: "Beta jäljessä.", version: "0" })).toMatchObject({ ok: true });
    expect((await briefing("sv", f.goalB)).briefing.sections.find((s) => s.id === "strategy")!.commentary).toBe("Beta jäljessä.");
    expect((await briefing("sv")).briefing.sections.find((s) => s.id === "strategy")!.commentary).toBeUndefined();
  });
});
