import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishItem, returnItem } from "@/app/[locale]/staff/review/actions";
import { createActivity, updateActivity } from "@/app/[locale]/staff/advocacy/activities/actions";
import { createAsk, updateAsk } from "@/app/[locale]/staff/advocacy/asks/actions";
import { createPlan, updatePlan } from "@/app/[locale]/staff/advocacy/plans/actions";
import { getPublishedAdvocacy } from "@/db/queries/advocacy/public";
import { listAsks, overdueStatements, upcomingDeadlines } from "@/db/queries/advocacy/staff";
import { reviewSource } from "@/lib/review/sources";
import { historyForStaff, publishedHistory } from "@/db/queries/audit";
import { advocacyActivities, priorities } from "@/db/schema";
import { prioritySnapshot } from "@/db/queries/strategy/snapshots";
import { adoptionByPriority } from "@/lib/advocacy/adoption";
import type { Db } from "@/db/client";
import { createActor, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { fingerprint, newActivity, newPriority } from "./fixtures";
import { todayInHelsinki } from "@/lib/dates";
import type { Actor } from "@/lib/permissions";

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));

/** Items of a type waiting in the cross-area review queue. */
const inQueue = async (db: Db, type: string) => (await reviewSource(type)!.queue(db)).filter((i) => i.state === "pending");

describe("advocacy actions: bad input is refused next to the field and writes nothing", () => {
  it("a deadline that is not a date, a missing deadline or date, a link that is not a web address", async () => {
    const p = await newPriority(db, "KANS");
    const before = await fingerprint(db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: "statement", deadline: "31.13.2026" }, "deadline", "errors.dateDay"],
      [{ type: "statement", deadline: "ensi viikolla" }, "deadline", "errors.dateDay"],
      [{ type: "statement", deadline: "06/2026" }, "deadline", "errors.dateDay"],
      [{ type: "statement" }, "deadline", "errors.required"],
      [{ type: "meeting" }, "date", "errors.required"],
      [{ type: "meeting", date: "2026-02-30" }, "date", "errors.dateDay"],
      [{ type: "statement", deadline: "2026-05-01", links: "javascript:alert(1)" }, "links", "errors.url"],
      [{ type: "hearing", deadline: "2026-05-01" }, "type", "errors.invalidValue"],
    ];
    for (const [input, field, key] of cases) {
      const r = await createActivity.execute(editor, { priorityId: p.id, "titleFi": "Lausunto", ...input });
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid", fields: { [field]: [{ key }] } });
    }
    const noTitle = await createActivity.execute(editor, { priorityId: p.id, type: "statement", deadline: "2026-05-01", "titleSv": "Utlåtande" });
    expect(noTitle).toMatchObject({ ok: false, fields: { "titleFi": [{ key: "errors.required" }] } });
    expect(await fingerprint(db)).toBe(before);
  });

  it("an adopted ask needs the programme's wording; a public plan needs a public summary; the year is a number", async () => {
    const p = await newPriority(db, "KANS");
    const before = await fingerprint(db);
    expect(await createAsk.execute(coordinator, { programmeYear: "2023", priorityId: p.id, "wordingFi": "X", outcome: "partly" })).toMatchObject({
      ok: false,
      fields: { "evidenceFi": [{ key: "errors.evidenceRequired" }] },
    });
    expect(await createAsk.execute(coordinator, { programmeYear: "vuosi", priorityId: p.id, "wordingFi": "X" })).toMatchObject({ ok: false, fields: { programmeYear: [{}] } });
    expect(await createAsk.execute(coordinator, { programmeYear: "2023", priorityId: p.id, "wordingFi": "X", outcome: "maybe" })).toMatchObject({ ok: false, fields: { outcome: [{}] } });
    expect(await createPlan.execute(coordinator, { priorityId: p.id, "objectivesFi": "X", visibility: "public" })).toMatchObject({
      ok: false,
      fields: { "publicSummaryFi": [{ key: "errors.publicSummaryRequired" }] },
    });
    expect(await createPlan.execute(coordinator, { priorityId: p.id, "objectivesFi": "X", "timeline.0.date": "pian", "timeline.0.activityFi": "Tapaaminen" })).toMatchObject({
      ok: false,
      fields: { "timeline.0.date": [{ key: "errors.dateDay" }] },
    });
    expect(await fingerprint(db)).toBe(before);
  });
});

describe("advocacy review, publication and history", () => {
  it("an editor's statement waits for review; once given and published the public sees it, never its internal notes", async () => {
    const p = await newPriority(db, "KANS");
    await db.update(priorities).set({ published: prioritySnapshot(p), reviewState: "published" }).where(eq(priorities.id, p.id));
    const marker = `SISÄINEN-${Date.now()}`;
    const created = await createActivity.execute(editor, {
      type: "statement",
      priorityId: p.id,
      "titleFi": "Lausunto liikennelaista",
      "titleSv": "Utlåtande om trafiklagen",
      deadline: "2026-09-30",
      ministry: "Liikenne- ja viestintäministeriö",
      internalNotes: marker,
      links: "Lausunto | https://www.hel.fi/lausunto.pdf",
    });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const [row] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.id, created.data.id));
    expect(row).toMatchObject({ reviewState: "pending", links: [{ label: "Lausunto", url: "https://www.hel.fi/lausunto.pdf" }] });
    expect((await inQueue(db, "advocacy_activity")).some((i) => i.id === created.data.id)).toBe(true);

    // Published before it is given: approved, but nothing public yet.
    const first = await publishItem.execute(coordinator, { type: "advocacy_activity", id: created.data.id, version: created.data.version });
    expect(first).toMatchObject({ ok: true });
    expect(JSON.stringify(await getPublishedAdvocacy(db))).not.toContain("Lausunto liikennelaista");

    const given = await updateActivity.execute(editor, {
      id: created.data.id,
      version: created.data.version + 1,
      type: "statement",
      priorityId: p.id,
      "titleFi": "Lausunto liikennelaista",
      "titleSv": "Utlåtande om trafiklagen",
      deadline: "2026-09-30",
      date: "29.9.2026",
      internalNotes: marker,
    });
    expect(given).toMatchObject({ ok: true });
    expect(JSON.stringify(await getPublishedAdvocacy(db))).not.toContain("Lausunto liikennelaista");
    const second = await publishItem.execute(coordinator, { type: "advocacy_activity", id: created.data.id, version: given.ok ? given.data.version : 0 });
    expect(second).toMatchObject({ ok: true });
    const published = await getPublishedAdvocacy(db);
    const text = JSON.stringify(published);
    expect(published.statements.find((s) => s.id === created.data.id)).toMatchObject({ date: "2026-09-29", ministry: null });
    expect(text).not.toContain(marker);
    expect(text).not.toContain(editor.id);
    const history = await historyForStaff(db, "advocacy_activity", created.data.id);
    expect(history.map((h) => h.action)).toEqual(["create", "publish", "update", "publish"]);
    expect(history[2]).toMatchObject({ before: { date: null }, after: { date: "2026-09-29" } });
    expect(JSON.stringify(await publishedHistory(db, "advocacy_activity", created.data.id))).not.toContain(marker);
  });

  it("publishing needs the Swedish text; returning keeps the public version", async () => {
    const p = await newPriority(db, "KANS");
    const created = await createAsk.execute(coordinator, { programmeYear: "2027", priorityId: p.id, "wordingFi": "Vain suomeksi" });
    if (!created.ok) throw new Error("not created");
    const refused = await publishItem.execute(coordinator, { type: "government_ask", id: created.data.id, version: created.data.version });
    expect(refused).toMatchObject({ ok: false, code: "invalid", fields: { wording: [{ key: "errors.translationMissing" }] } });
    const returned = await returnItem.execute(coordinator, { type: "government_ask", id: created.data.id, version: created.data.version, comment: "Lisää ruotsinkielinen teksti" });
    expect(returned).toMatchObject({ ok: true });
    const empty = await returnItem.execute(coordinator, { type: "government_ask", id: created.data.id, version: 99, comment: " " });
    expect(empty).toMatchObject({ ok: false, fields: { comment: [{ key: "errors.required" }] } });
  });

  it("an editor marks an ask adopted with the programme's wording; it waits for review before the public sees the outcome", async () => {
    const p = await newPriority(db, "KANS");
    await db.update(priorities).set({ published: prioritySnapshot(p), reviewState: "published" }).where(eq(priorities.id, p.id));
    const base = { programmeYear: "2027", priorityId: p.id, "wordingFi": "Kaupungeille suora rahoitus", "wordingSv": "Direkt finansiering till städerna" };
    const created = await createAsk.execute(coordinator, { ...base, publishNow: "on" });
    if (!created.ok) throw new Error("not created");
    const marked = await updateAsk.execute(editor, { ...base, id: created.data.id, version: created.data.version, outcome: "adopted", "evidenceFi": "Hallitus ohjaa rahoitusta suoraan kaupungeille.", "evidenceSv": "Regeringen styr finansiering direkt till städerna." });
    expect(marked).toMatchObject({ ok: true });
    expect((await inQueue(db, "government_ask")).some((i) => i.id === created.data.id)).toBe(true);
    // The public still sees the published version: pending, not the editor's unreviewed "adopted".
    expect((await getPublishedAdvocacy(db)).asks.find((a) => a.id === created.data.id)?.outcome).toBe("pending");
    const history = await historyForStaff(db, "government_ask", created.data.id);
    expect(history.at(-1)).toMatchObject({ action: "update", before: { outcome: "pending" }, after: { outcome: "adopted" } });
    if (!marked.ok) return;
    expect(await publishItem.execute(coordinator, { type: "government_ask", id: created.data.id, version: marked.data.version })).toMatchObject({ ok: true });
    expect((await getPublishedAdvocacy(db)).asks.find((a) => a.id === created.data.id)).toMatchObject({ outcome: "adopted", evidence: { fi: "Hallitus ohjaa rahoitusta suoraan kaupungeille." } });
  });

  it("internal plans never reach the public; a public plan shows only its summary", async () => {
    const p = await newPriority(db, "KANS");
    await db.update(priorities).set({ published: prioritySnapshot(p), reviewState: "published" }).where(eq(priorities.id, p.id));
    const secret = `Salainen tavoite ${Date.now()}`;
    const created = await createPlan.execute(coordinator, { priorityId: p.id, "objectivesFi": secret, publishNow: "on" });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    let pub = JSON.stringify(await getPublishedAdvocacy(db));
    expect(pub).not.toContain(secret);
    const summary = "Helsinki vaikuttaa avoimesti";
    const updated = await updatePlan.execute(coordinator, {
      id: created.data.id,
      version: created.data.version,
      "objectivesFi": secret,
      visibility: "public",
      "publicSummaryFi": summary,
      "publicSummarySv": "Helsingfors påverkar öppet",
      "timeline.0.date": "2026-05-01",
      "timeline.0.activityFi": "Seminaari",
      "timeline.0.channel": "events",
      "timeline.1.date": "",
      "timeline.1.activityFi": "",
      publishNow: "on",
    });
    expect(updated).toMatchObject({ ok: true });
    pub = JSON.stringify(await getPublishedAdvocacy(db));
    expect(pub).toContain(summary);
    expect(pub).not.toContain(secret);
    expect(pub).not.toContain("Seminaari");
  });

  it("two people saving the same version: one wins, the other hears who changed it", async () => {
    const p = await newPriority(db, "KANS");
    const a = await newActivity(db, p.id);
    const base = { id: a.id, version: a.version, type: "statement", priorityId: p.id, deadline: "2026-10-01" };
    const first = await updateActivity.execute(editor, { ...base, "titleFi": "Editorin versio" });
    const second = await updateActivity.execute(coordinator, { ...base, "titleFi": "Koordinaattorin versio" });
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, code: "conflict", conflict: { by: editor.name } });
    const [row] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.id, a.id));
    expect(row?.title.fi).toBe("Editorin versio");
  });

  it("an editor edits actions they are responsible for, but cannot move them to another unit's priority", async () => {
    const outsider = await createActor(db, "editor", "ELKE");
    const p = await newPriority(db, "KANS");
    const a = await newActivity(db, p.id, { responsibleUserId: outsider.id });
    const base = { id: a.id, type: "statement", "titleFi": "Päivitetty", deadline: "2026-10-01" };
    expect(await updateActivity.execute(outsider, { ...base, version: a.version, priorityId: p.id })).toMatchObject({ ok: true });
    const stra = await newPriority(db, "STRA");
    const before = await fingerprint(db);
    expect(await updateActivity.execute(outsider, { ...base, version: a.version + 1, priorityId: stra.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await fingerprint(db)).toBe(before);
  });

  it("an editor may not name themselves responsible for another unit's priority to get in", async () => {
    const outsider = await createActor(db, "editor", "ELKE");
    const p = await newPriority(db, "KANS");
    const r = await createActivity.execute(outsider, { type: "meeting", priorityId: p.id, "titleFi": "X", date: "2026-01-01", responsibleUserId: outsider.id });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("advocacy demo data and figures", () => {
  it("flags the statement past its deadline with nothing given, and lists upcoming deadlines", async () => {
    const today = todayInHelsinki();
    const overdue = await overdueStatements(db, today);
    expect(overdue.map((s) => s.title.fi)).toContain("Lausunto korkeakoulujen aloituspaikkojen lisäämisestä");
    expect(overdue.every((s) => s.date === null && s.deadline! < today)).toBe(true);
    const upcoming = await upcomingDeadlines(db, today);
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.every((s) => s.deadline! >= today && s.date === null)).toBe(true);
    // A statement that was decided against is not overdue.
    const p = await newPriority(db, "KANS");
    const declined = await newActivity(db, p.id, { deadline: "2020-01-01", declined: true });
    expect((await overdueStatements(db, today)).some((s) => s.id === declined.id)).toBe(false);
  });

  it("the 2023 asks: adoption rate overall and by priority", async () => {
    const asks = await listAsks(db, { programmeYear: 2023 });
    const { overall } = adoptionByPriority(asks);
    // 3 adopted, 2 partly, 2 not adopted in the demo data: (3 + 1) / 7.
    expect(overall).toMatchObject({ adopted: 3, partly: 2, notAdopted: 2, pending: 0 });
    expect(overall.rate).toBeCloseTo(4 / 7, 10);
  });

  it("the public sees every published ask with its outcome, given statements and public summaries only", async () => {
    const pub = await getPublishedAdvocacy(db);
    // Every published ask with its real outcome, not only the adopted ones: a record, not a success story.
    expect(pub.asks.filter((a) => a.programmeYear === 2023).length).toBe(7);
    expect(new Set(pub.asks.map((a) => a.outcome))).toEqual(new Set(["adopted", "partly", "not_adopted", "pending"]));
    expect(pub.statements.every((s) => s.date)).toBe(true);
    const text = JSON.stringify(pub);
    expect(text).not.toContain("Luottamuksellinen");
    expect(text).not.toContain("Lausunto korkeakoulujen aloituspaikkojen");
    expect(text).not.toContain("tarvekertoimissa huomioidaan suurkaupungin"); // the internal financing plan
    expect(text).not.toContain("Laskelmat rahoitusvajeesta"); // an evaluation answer
    const [internalMeeting] = await db
      .select()
      .from(advocacyActivities)
      .where(and(eq(advocacyActivities.visibility, "internal"), eq(advocacyActivities.type, "meeting")));
    expect(pub.otherActions.some((a) => a.id === internalMeeting?.id)).toBe(false);
  });
});
