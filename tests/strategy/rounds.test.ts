import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ReportPage from "@/app/[locale]/reports/[id]/page";
import HomePage from "@/app/[locale]/page";
import { GET as list } from "@/app/api/public/v1/[resource]/route";
import { closeRound, openRound, publishRound, reopenRound, saveRoundEntry } from "@/app/[locale]/staff/strategy/rounds/actions";
import type { Db } from "@/db/client";
import { allReminderItems } from "@/db/queries/reminders/items";
import { personalItems, type Person } from "@/lib/reminders/assign";
import { getRound, publishedReports, roundProgress } from "@/db/queries/strategy/rounds";
import { measureContacts, measures, roundEntries, strategyPeriods, type ReportingRound } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { roundChanges } from "@/lib/strategy/rounds";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { renderHtml, renderLocale } from "../helpers/render";

vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());

const api = async (resource: string, query = "") =>
  ((await (await list(new Request(`http://localhost/api/public/v1/${resource}${query}`), { params: Promise.resolve({ resource }) })).json()) as { data: Record<string, unknown>[] }).data;
const reportHtml = async (locale: "fi" | "sv" | "en", id: string, view?: string) => {
  renderLocale.current = locale;
  return renderHtml(await ReportPage({ params: Promise.resolve({ locale, id }), searchParams: Promise.resolve(view ? { view } : {}) }));
};

/** A reporting round from open to published, on the demo strategy. */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
let coordinator: Actor;
let editor: Actor;
let periodId: string;
let own: { id: string; measureId: string; version: number };
let other: { id: string; version: number };

const ok = <T,>(r: { ok: boolean; data?: T; code?: string }) => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r.data as T;
};

beforeAll(async () => {
  db = await getDb();
  coordinator = await actorByEmail(db, "coordinator@example.com");
  editor = await actorByEmail(db, "editor@example.com");
  periodId = (await db.select().from(strategyPeriods))[0]!.id;
});

async function remindersOf(actor: Actor) {
  const items = await allReminderItems(db, { today: "2022-11-20", staleAfterDays: 90, lookahead: 14 });
  return personalItems({ ...actor, locale: "fi" } as Person, items, "2022-11-20", 14);
}

async function entryOf(roundId: string, measureId: string) {
  return (await db.select().from(roundEntries).where(and(eq(roundEntries.roundId, roundId), eq(roundEntries.measureId, measureId))))[0]!;
}

describe("a reporting round", () => {
  let round: ReportingRound;

  it("a coordinator opens it: every measure of the period gets an entry, nothing written yet", async () => {
    expect(await openRound.execute(editor, { periodId, nameFi: "Seuranta 11/2022", cutOffDate: "30.11.2022" })).toMatchObject({ ok: false, code: "forbidden" });
    const bad = await openRound.execute(coordinator, { periodId, nameFi: "", cutOffDate: "31.2.2022" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((bad as { fields: object }).fields).sort()).toEqual(["cutOffDate", "nameFi"]);
    const { id } = ok<{ id: string }>(await openRound.execute(coordinator, { periodId, nameFi: "Seuranta 11/2022", nameSv: "Uppföljning 11/2022", nameEn: "Follow-up 11/2022", cutOffDate: "30.11.2022" }));
    round = (await getRound(db, id))!;
    const progress = await roundProgress(db, id);
    expect(progress.total).toBeGreaterThan(3);
    expect(progress.written).toBe(0);
    // The editor's own measures (their unit or as contact) and someone else's.
    const mine = await db.select({ id: measures.id }).from(measures).where(eq(measures.responsibleUnitId, editor.unitId!));
    const contactOf = await db.select({ measureId: measureContacts.measureId }).from(measureContacts).where(eq(measureContacts.userId, editor.id));
    const ownIds = new Set([...mine.map((m) => m.id), ...contactOf.map((c) => c.measureId)]);
    const entries = await db.select().from(roundEntries).where(eq(roundEntries.roundId, id));
    const e = entries.find((x) => ownIds.has(x.measureId))!;
    const o = entries.find((x) => !ownIds.has(x.measureId))!;
    expect(e && o).toBeTruthy();
    own = { id: e.id, measureId: e.measureId, version: e.version };
    other = { id: o.id, version: o.version };
  });

  it("the missing reports are reminders for the measure's owners", async () => {
    const items = await remindersOf(editor);
    expect(items.some((i) => i.item.key === `round_entry:${own.id}` && !i.item.done)).toBe(true);
    expect(items.some((i) => i.item.key === `round_entry:${other.id}`)).toBe(false);
  });

  it("an editor writes their own measure's report; not someone else's; a stale version is a conflict", async () => {
    const input = { id: own.id, version: own.version, narrativeFi: "Ohjeistus hyväksyttiin 6/2022.", narrativeSv: "Riktlinjerna godkändes 6/2022.", narrativeEn: "The guidelines were approved in 6/2022.", status: "completed", progress: "100" };
    expect(await saveRoundEntry.execute(editor, { ...input, id: other.id, version: other.version })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveRoundEntry.execute(editor, { ...input, progress: "140" })).toMatchObject({ ok: false, code: "invalid" });
    ok(await saveRoundEntry.execute(editor, input));
    expect(await saveRoundEntry.execute(coordinator, input)).toMatchObject({ ok: false, code: "conflict" });
    const e = await entryOf(round.id, own.measureId);
    expect(e.narrative).toEqual({ fi: "Ohjeistus hyväksyttiin 6/2022.", sv: "Riktlinjerna godkändes 6/2022.", en: "The guidelines were approved in 6/2022." });
    expect(e.writtenBy).toBe(editor.id);
    expect((await roundProgress(db, round.id)).written).toBe(1);
    const items = await remindersOf(editor);
    expect(items.find((i) => i.item.key === `round_entry:${own.id}`)?.item.done).toBe(true);
  });

  it("closed: editors can no longer write; the coordinator reviews and publishes; the report is frozen", async () => {
    expect(await publishRound.execute(coordinator, { id: round.id, version: round.version })).toMatchObject({ ok: false, code: "invalid" });
    ok(await closeRound.execute(coordinator, { id: round.id, version: round.version }));
    round = (await getRound(db, round.id))!;
    const e = await entryOf(round.id, own.measureId);
    const edit = { id: e.id, version: e.version, narrativeFi: "Myöhempi muokkaus", status: "completed", progress: "100" };
    expect(await saveRoundEntry.execute(editor, edit)).toMatchObject({ ok: false, code: "forbidden" });
    ok(await reopenRound.execute(coordinator, { id: round.id, version: round.version }));
    round = (await getRound(db, round.id))!;
    ok(await closeRound.execute(coordinator, { id: round.id, version: round.version }));
    round = (await getRound(db, round.id))!;
    expect(await publishRound.execute(editor, { id: round.id, version: round.version })).toMatchObject({ ok: false, code: "forbidden" });
    ok(await publishRound.execute(coordinator, { id: round.id, version: round.version }));
    const [report] = (await publishedReports(db)).filter((r) => r.id === round.id);
    const m = report!.report.measures.find((x) => x.id === own.measureId);
    // The measure is in the report if it is public; the demo editor's measures are.
    expect(m).toMatchObject({ narrative: { fi: "Ohjeistus hyväksyttiin 6/2022." }, status: "completed", progress: 100 });
    // Later edits change neither the entry (published rounds are read-only) nor the report.
    const after = await entryOf(round.id, own.measureId);
    expect(await saveRoundEntry.execute(coordinator, { ...edit, id: after.id, version: after.version })).toMatchObject({ ok: false, code: "forbidden" });
    await db.update(measures).set({ title: { fi: "Muutettu otsikko" } }).where(eq(measures.id, own.measureId));
    await db.update(roundEntries).set({ narrative: { fi: "Suoraan kantaan" } }).where(eq(roundEntries.id, after.id));
    const [again] = (await publishedReports(db)).filter((r) => r.id === round.id);
    expect(again!.report.measures.find((x) => x.id === own.measureId)!.narrative).toEqual({ fi: "Ohjeistus hyväksyttiin 6/2022.", sv: "Riktlinjerna godkändes 6/2022.", en: "The guidelines were approved in 6/2022." });
    expect(again!.report.measures.some((x) => x.id === other.id)).toBe(false);
    // The public page and the open data show the frozen text, not the later edits.
    const fi = await reportHtml("fi", round.id);
    expect(fi).toContain("Ohjeistus hyväksyttiin 6/2022.");
    expect(fi).not.toContain("Suoraan kantaan");
    expect(await reportHtml("sv", round.id)).toContain("Riktlinjerna godkändes 6/2022.");
    expect(await reportHtml("en", round.id)).toContain("Situation on 30 Nov 2022");
    const entries = await api("report-entries", `?report=${round.id}`);
    expect(entries.find((e) => e.measureId === own.measureId)).toMatchObject({ narrative: { fi: "Ohjeistus hyväksyttiin 6/2022." }, status: "completed", checkedStatus: "completed" });
    expect((await api("reports")).some((r) => r.id === round.id)).toBe(true);
  });

  it("the demo data hold the source page as the published round 05/2022; the home page links the latest report", async () => {
    const reports = await publishedReports(db);
    const seed = reports.find((r) => r.cutOffDate === "2022-05-31")!;
    expect(seed.report.name.fi).toBe("Seuranta 05/2022");
    // Checked against its own cut-off: the guidelines due 06/2022 were not late on 31.5.2022.
    const html = await reportHtml("fi", seed.id);
    expect(html).toContain("Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025");
    expect(html).toContain("Päivityksessä huomioidaan uusi kaupunkistrategia");
    renderLocale.current = "en";
    const home = await renderHtml(await HomePage({ params: Promise.resolve({ locale: "en" }) }));
    expect(home).toContain(`/reports/${reports[0]!.id}`);
    // The changes view of the later round compares with 05/2022.
    const changes = await reportHtml("en", round.id, "changes");
    expect(changes).toContain("Compared with Follow-up 05/2022");
    const changesHtml = changes.replaceAll("<!-- -->", "");
    const expected = roundChanges(reports.find((x) => x.id === round.id)!.report, seed.report);
    for (const kind of ["progressed", "newlyLate", "completed"] as const) {
      const section = changesHtml.split(`id="change-${kind}"`)[1]!.split("</section>")[0]!;
      expect(section).toContain(`(${expected[kind].length})`);
      for (const c of expected[kind]) expect(section).toContain(c.measure.title.en!);
    }
    // The editor's measure moved from the seed's 80 % to 100 %.
    expect(expected.progressed.some((c) => c.measure.id === own.measureId && c.before?.progress !== 100) || seed.report.measures.find((m) => m.id === own.measureId)?.progress === 100).toBe(true);
  });

  it("a new round starts from the previous one's text, and the changes are listed", async () => {
    const { id } = ok<{ id: string }>(await openRound.execute(coordinator, { periodId, nameFi: "Seuranta 05/2023", cutOffDate: "31.5.2023" }));
    const next = (await getRound(db, id))!;
    expect(next.previousRoundId).toBe(round.id);
    expect((await entryOf(id, own.measureId)).narrative).toEqual({ fi: "Suoraan kantaan" });
    const reports = await publishedReports(db);
    const cur = reports.find((x) => x.id === round.id)!.report;
    const previous = reports.find((x) => x.id !== round.id && x.report.period.id === cur.period.id && x.cutOffDate < cur.cutOffDate)?.report ?? null;
    const changes = roundChanges(cur, previous);
    if (previous) expect(changes.completed.some((c) => c.measure.id === own.measureId) || previous.measures.find((m) => m.id === own.measureId)?.status === "completed").toBe(true);
  });
});
