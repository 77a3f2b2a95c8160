import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, measures, reportingRounds, roundEntries } from "@/db/schema";
import { atRiskMeasures, changesSince, lateMeasures } from "@/db/queries/strategy/dashboard-watch";
import { loadBriefing, resolveBaseline } from "@/lib/dashboard/load";
import type { ListBlock } from "@/lib/dashboard/model";
import { renderBriefingPdf } from "@/lib/dashboard/pdf";
import { isLate } from "@/lib/strategy/flags";
import { setupTestDatabase } from "../helpers/db";
import { flatText, readPdf } from "../helpers/pdf-text";
import { STALE_DAYS, TODAY, seedDashboardFixture, type DashboardFixture } from "./fixture";
import { seedAdvocacyFixture } from "./fixture-advocacy";
import { seedFundingFixture } from "./fixture-funding";

const current = vi.hoisted(() => ({ user: null as null | { id: string; role: string; name: string } }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.user }));

/**
 * The briefing's "needs attention" lists and "changed since", against the
 * hand-worked fixture (fixture.ts; today 15.6.2024):
 * late m6 (milestone 05/2024), m7 (due 05/2024), m2 (reported late); at risk
 * m5 (due 06/2024, within six weeks).
 */
const getDb = setupTestDatabase({ demo: false });
let f: DashboardFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = await getDb();
  f = await seedDashboardFixture(db);
  await seedAdvocacyFixture(db, f);
  await seedFundingFixture(db, f);
  for (const m of await db.select({ id: measures.id, title: measures.title }).from(measures)) ids[m.title.fi.replace("Toimenpide ", "")] = m.id;
  // m3 was marked completed on 1.6.2024 (the change history says so).
  await db.insert(auditLog).values({ entityType: "measure", entityId: ids.m3!, action: "update", at: new Date("2024-06-01T09:00:00Z"), before: { status: "on_schedule" }, after: { status: "completed" } });
});

const scope = () => ({ periodId: f.periodId, today: TODAY });
const names = (items: { id: string }[]) => items.map((m) => Object.keys(ids).find((k) => ids[k] === m.id)).sort();

describe("late and at-risk measures", () => {
  it("late: the one rule, longest overdue first, reported-late last, with the count", async () => {
    const late = await lateMeasures(await getDb(), scope(), 5);
    expect(late.total).toBe(3);
    expect(names(late.items.slice(0, 2))).toEqual(["m6", "m7"]);
    expect(names(late.items.slice(2))).toEqual(["m2"]);
  });

  it("the list is bounded but the count is not", async () => {
    const late = await lateMeasures(await getDb(), scope(), 1);
    expect(late.items).toHaveLength(1);
    expect(late.total).toBe(3);
  });

  it("agrees with the TypeScript rule on every measure of the period", async () => {
    const db = await getDb();
    const late = await lateMeasures(db, scope(), 100);
    const rows = await db.execute<{ id: string }>(sql`select m.id from measures m join goals g on g.id = m.goal_id where g.period_id = ${f.periodId} and g.archived_at is null and m.archived_at is null`);
    const all = "rows" in rows ? (rows.rows as { id: string }[]) : (rows as unknown as { id: string }[]);
    const expected: string[] = [];
    for (const { id } of all) {
      const [m] = await db.select().from(measures).where(eq(measures.id, id));
      const ms = await db.execute<{ due_date: string; due_precision: "day" | "month"; state: string }>(sql`select due_date::text, due_precision, state from milestones where measure_id = ${id} and archived_at is null`);
      const msRows = ("rows" in ms ? ms.rows : ms) as unknown as { due_date: string; due_precision: "day" | "month"; state: string }[];
      if (isLate({ ...m!, milestones: msRows.map((r) => ({ dueDate: r.due_date, duePrecision: r.due_precision, state: r.state })) }, TODAY)) expected.push(id);
    }
    expect(late.items.map((m) => m.id).sort()).toEqual(expected.sort());
  });

  it("a goal narrows the list", async () => {
    const late = await lateMeasures(await getDb(), { ...scope(), goalId: f.goalA }, 5);
    expect(names(late.items)).toEqual(["m2"]);
  });

  it("at risk: not late, due (or a milestone) within the window; nothing else", async () => {
    const risk = await atRiskMeasures(await getDb(), { ...scope(), until: "2024-07-27" }, 5);
    expect(names(risk.items)).toEqual(["m5"]);
    const later = await atRiskMeasures(await getDb(), { ...scope(), until: "2025-01-01" }, 5);
    // m1 (31.12.2024) comes into the window; m6 is late, so it is not "at risk".
    expect(names(later.items)).toEqual(["m1", "m5"]);
    expect(later.items[0]!.id).toBe(ids.m5);
  });
});

describe("changed since", () => {
  it("since a day: created, progress update, became late, marked completed", async () => {
    const c = await changesSince(await getDb(), scope(), { kind: "date", date: "2024-05-15" }, 5);
    expect(names(c.new.items)).toEqual(["m5"]);
    expect(names(c.progressed.items)).toEqual(["m7"]);
    expect(names(c.newlyLate.items)).toEqual(["m6", "m7"]);
    expect(names(c.completed.items)).toEqual(["m3"]);
    expect(c.newlyLate.total).toBe(2);
  });

  it("since a later day, less has changed", async () => {
    const c = await changesSince(await getDb(), scope(), { kind: "date", date: "2024-06-10" }, 5);
    expect(c.new.total).toBe(0);
    expect(c.newlyLate.total).toBe(0);
    expect(c.completed.total).toBe(0);
    expect(names(c.progressed.items)).toEqual(["m7"]);
  });

  it("since a reporting round: compared with the round's entries at its cut-off", async () => {
    const db = await getDb();
    const [round] = await db.insert(reportingRounds).values({ periodId: f.periodId, name: { fi: "Seuranta 05/2024", en: "Follow-up 05/2024" }, cutOffDate: "2024-05-15", state: "published" }).returning();
    const entry = (key: string, status: (typeof roundEntries.$inferInsert)["status"], progress: number) => ({ roundId: round!.id, measureId: ids[key]!, status, progress });
    await db.insert(roundEntries).values([entry("m1", "on_schedule", 50), entry("m2", "late", 20), entry("m3", "on_schedule", 80), entry("m4", "cancelled", 0), entry("m6", "on_schedule", 40), entry("m7", "postponed", 62)]);
    const c = await changesSince(db, scope(), { kind: "round", roundId: round!.id, cutOffDate: "2024-05-15" }, 5);
    expect(names(c.new.items)).toEqual(["m5", "m9"]);
    expect(names(c.progressed.items)).toEqual(["m1", "m3"]);
    expect(names(c.newlyLate.items)).toEqual(["m6", "m7"]);
    expect(names(c.completed.items)).toEqual(["m3"]);

    // The briefing compares with the latest round by default, and names it.
    const loaded = await loadBriefing(db, { locale: "en", query: { period: f.periodId }, today: TODAY, staleAfterDays: STALE_DAYS });
    const changes = loaded!.briefing.sections.find((s) => s.id === "changes")!;
    expect(changes.title).toBe("Changed since the round Follow-up 05/2024 (15 May 2024)");
    expect(Object.fromEntries(changes.figures.map((x) => [x.key, x.value]))).toEqual({ new: "2", progressed: "2", newlyLate: "2", completed: "1" });
    expect(loaded!.rounds.map((r) => r.id)).toEqual([round!.id]);
    // A day asked for wins; it lands in the scope (and so in the PDF link).
    const byDay = await loadBriefing(db, { locale: "en", query: { period: f.periodId, since: ["", "2024-05-15"] }, today: TODAY, staleAfterDays: STALE_DAYS });
    expect(byDay!.briefing.sections.find((s) => s.id === "changes")!.title).toBe("Changed since 15 May 2024");
    expect(byDay!.scope.since).toBe("2024-05-15");
  });

  it("a baseline that is not a past day or one of the period's rounds falls back", () => {
    const rounds = [{ id: "r1", name: { fi: "K" }, cutOffDate: "2024-05-15", state: "published" }];
    expect(resolveBaseline("2024-13-40", rounds, TODAY).baseline).toEqual({ kind: "round", roundId: "r1", cutOffDate: "2024-05-15" });
    expect(resolveBaseline("2099-01-01", [], TODAY).baseline).toEqual({ kind: "date", date: "2024-05-18" });
    expect(resolveBaseline("round:other", [], TODAY).asked).toBeUndefined();
    expect(resolveBaseline("round:r1", rounds, TODAY).asked).toBe("round:r1");
  });
});

describe("the briefing's lists", () => {
  it("name the items, say how many there are and link to each item and to the filtered list", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "en", query: { period: f.periodId, since: "2024-05-15" }, today: TODAY, staleAfterDays: STALE_DAYS });
    const watch = loaded!.briefing.sections[0]!;
    expect(watch.id).toBe("watch");
    const late = watch.blocks.find((b) => b.id === "late-measures") as ListBlock;
    expect(late.count).toBe("3");
    expect(late.items.map((i) => i.href)).toContain(`/staff/strategy/measures/${ids.m7}`);
    expect(late.items.find((i) => i.href?.endsWith(ids.m7!))!.detail).toBe("reported postponed — due 05/2024 passed · 62%");
    expect(late.items.find((i) => i.href?.endsWith(ids.m2!))!.detail).toBe("reported late · 20%");
    const kinds = watch.blocks.map((b) => b.id);
    expect(kinds).toEqual(["late-measures", "at-risk-measures", "overdue-reports", "open-audits", "consultations"]);
    for (const b of watch.blocks as ListBlock[]) expect(b.items.length).toBeLessThanOrEqual(5);
  });

  it("a list of exactly the limit shows every item and needs no 'show all' link", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "fi", query: { period: f.periodId }, today: "2025-02-01", staleAfterDays: STALE_DAYS });
    const late = loaded!.briefing.sections[0]!.blocks.find((b) => b.id === "late-measures") as ListBlock;
    expect(late.total).toBe(5);
    expect(late.items).toHaveLength(5);
    expect(late.more).toBeUndefined();
  });

  it("the PDF carries the lists, with absolute links back to the items in the reader's language, and its metadata", async () => {
    const loaded = await loadBriefing(await getDb(), { locale: "sv", query: { period: f.periodId, since: "2024-05-15" }, today: TODAY, staleAfterDays: STALE_DAYS });
    const file = await renderBriefingPdf(loaded!.briefing, { confidential: "INTERNT", compress: false, baseUrl: "https://app.example/" });
    const raw = file.toString("latin1");
    expect(raw).toContain(`/URI (https://app.example/sv/staff/strategy/measures/${ids.m7})`);
    expect(raw).toContain(`/URI (https://app.example/sv/staff/strategy?period=${f.periodId}&late=1)`);
    expect(raw).toContain("/Lang (sv)");
    const text = flatText(readPdf(file).pages);
    expect(text).toContain("Försenade åtgärder");
    expect(text).toContain("Toimenpide m7");
    expect(text).toContain("Ändringar sedan");
  });
});

describe("the PDF route answers in the reader's language", () => {
  it("refusals are translated (fi, sv, en)", async () => {
    const { GET } = await import("@/app/[locale]/staff/dashboard/briefing.pdf/route");
    const call = (locale: string) => GET(new Request(`http://localhost/${locale}/staff/dashboard/briefing.pdf`), { params: Promise.resolve({ locale }) });
    current.user = null;
    const fi = await call("fi");
    expect(fi.status).toBe(401);
    expect(fi.headers.get("Content-Language")).toBe("fi");
    expect(await fi.text()).toBe("Kirjaudu sisään ladataksesi katsauksen.");
    expect(await (await call("sv")).text()).toBe("Logga in för att ladda ner översikten.");
    current.user = { id: "00000000-0000-4000-8000-000000000001", role: "editor", name: "E" };
    const en = await call("en");
    expect(en.status).toBe(403);
    expect(await en.text()).toBe("You do not have the right to read the executive briefing.");
    current.user = null;
  });
});

describe("a chart's picture and its numbers come from the chart route, not with the page", () => {
  const call = async (path: string, headers: Record<string, string> = {}) => {
    const { GET } = await import("@/app/[locale]/staff/dashboard/charts/[chart]/route");
    const [locale, chart] = path.split("/") as [string, string];
    return GET(new Request(`http://localhost/${locale}/staff/dashboard/charts/${chart}`, { headers }), { params: Promise.resolve({ locale, chart: chart.split("?")[0]! }) });
  };

  it("the picture names the chart and draws its rows; the numbers are the table's; an unchanged picture is not sent again", async () => {
    current.user = { id: "00000000-0000-4000-8000-000000000002", role: "executive", name: "X" };
    const svg = await call(`en/progress-by-goal.svg?period=${f.periodId}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    const picture = await svg.text();
    expect(picture).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(picture).toContain("<title>Chart: Progress by goal.");
    expect(picture).toContain(">Alpha goal</text>");
    expect(picture).toContain(">Beta goal</text>");
    // The same answer again, asked with its ETag: 304 and no body.
    const again = await call(`en/progress-by-goal.svg?period=${f.periodId}`, { "If-None-Match": svg.headers.get("ETag")! });
    expect(again.status).toBe(304);

    const json = await call(`sv/progress-by-goal.json?period=${f.periodId}`);
    expect(json.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const block = (await json.json()) as { title: string; extraHeaders: string[]; rows: { label: string; values: { display: string }[]; extra: string[] }[] };
    expect(block.rows.map((r) => r.label)).toEqual(["Alfamål", "Betamål"]);
    // Goal A's measures: 6 (the archived goal's are not counted).
    expect(block.rows[0]!.extra[0]).toBe("6");

    expect((await call(`en/no-such-chart.svg?period=${f.periodId}`)).status).toBe(404);
    expect((await call(`en/progress-by-goal.exe?period=${f.periodId}`)).status).toBe(404);
  });

  it("refuses the signed-out and editors", async () => {
    current.user = null;
    expect((await call(`fi/progress-by-goal.svg?period=${f.periodId}`)).status).toBe(401);
    current.user = { id: "00000000-0000-4000-8000-000000000001", role: "editor", name: "E" };
    const refused = await call(`en/progress-by-goal.json?period=${f.periodId}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Alpha");
    current.user = null;
  });
});
