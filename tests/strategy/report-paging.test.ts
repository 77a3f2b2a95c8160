import { beforeAll, describe, expect, it, vi } from "vitest";
import ReportPage from "@/app/[locale]/reports/[id]/page";
import { GET as list } from "@/app/api/public/v1/[resource]/route";
import { GET as item } from "@/app/api/public/v1/[resource]/[id]/route";
import { GET as openapi } from "@/app/api/public/v1/openapi.json/route";
import type { Db } from "@/db/client";
import { reportChangeCounts, reportChangesPage, reportContents, reportLinesPage } from "@/db/queries/strategy/report-read";
import { reportingRounds, strategyPeriods } from "@/db/schema";
import { isCacheableRequest } from "@/lib/public-cache/policy";
import { changeKinds, reportSections, roundChanges, type ReportMeasure, type RoundReport } from "@/lib/strategy/rounds";
import { setupTestDatabase } from "../helpers/db";
import { renderHtml, renderLocale } from "../helpers/render";

vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());

/**
 * The public follow-up report read a page at a time: the SQL over the frozen
 * snapshot gives the lines in the order the whole report prints them
 * (lib/strategy/rounds.ts), the contents count each goal's measures, the
 * changes match `roundChanges`, and the open data's entries are paged.
 * Two synthetic published reports of 130 measures (three goals, measures
 * under two priorities, under none) stand for a city-sized one.
 */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
let current: RoundReport;
let previous: RoundReport;
let currentId: string;
let previousId: string;

const gid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const pid = (g: number, n: number) => `00000000-0000-4000-8000-0000000001${g}${n}`;
const mid = (n: number) => `00000000-0000-4000-8000-${String(1000000000000 + n).slice(1)}`;

function synthetic(periodId: string, name: string, cutOffDate: string, count: number, tweak: (m: ReportMeasure, i: number) => ReportMeasure): RoundReport {
  const goals = [1, 2, 3].map((g) => ({ id: gid(g), title: { fi: `Tavoite ${g}`, en: `Goal ${g}` }, description: { fi: `Kuvaus ${g}` }, scope: "international", priorities: [1, 2].map((p) => ({ id: pid(g, p), title: { fi: `Painopiste ${g}.${p}`, en: `Priority ${g}.${p}` }, description: null })) }));
  const measures: ReportMeasure[] = [];
  for (let i = 0; i < count; i++) {
    // Goal 1 holds most; every seventh serves both priorities, every fifth none; sort orders out of insertion order.
    const g = i < 100 ? 1 : i < 120 ? 2 : 3;
    const priorityIds = i % 5 === 0 ? [] : i % 7 === 0 ? [pid(g, 2), pid(g, 1)] : [pid(g, 1 + (i % 2))];
    measures.push(
      tweak(
        { id: mid(i), goalId: gid(g), priorityIds, title: { fi: `Toimenpide ${i}`, en: `Measure ${i}` }, narrative: { fi: `Kerrottu ${i}` }, status: "on_schedule", checkedStatus: "on_schedule", late: null, progress: 10, dueDate: null, duePrecision: "day", writtenAt: null, sortOrder: (i * 37) % 211 },
        i,
      ),
    );
  }
  return { name: { fi: name, en: name }, cutOffDate, period: { id: periodId, name: { fi: "Kausi" } }, goals, measures };
}

/** The whole report's lines as the printed report lists them. */
function expectedLines(report: RoundReport) {
  return report.goals.flatMap((g) => {
    const s = reportSections(report, g.id);
    return [...s.priorities.flatMap((p) => p.measures.map((m) => `${g.id}|${p.priority.id}|${m.id}`)), ...s.other.map((m) => `${g.id}|-|${m.id}`)];
  });
}

const api = async (path: string) => list(new Request(`http://localhost/api/public/v1/${path}`), { params: Promise.resolve({ resource: path.split("?")[0]! }) });
const html = async (locale: "fi" | "sv" | "en", id: string, query: Record<string, string> = {}) => {
  renderLocale.current = locale;
  return (await renderHtml(await ReportPage({ params: Promise.resolve({ locale, id }), searchParams: Promise.resolve(query) }))).replaceAll("<!-- -->", "");
};

beforeAll(async () => {
  db = await getDb();
  const periodId = (await db.select().from(strategyPeriods))[0]!.id;
  previous = synthetic(periodId, "Testiseuranta A", "2030-01-31", 120, (m, i) => ({ ...m, progress: i % 3 === 0 ? 50 : 10, status: i % 11 === 0 ? "completed" : "on_schedule", checkedStatus: i % 13 === 0 ? "late" : "on_schedule" }));
  current = synthetic(periodId, "Testiseuranta B", "2030-06-30", 130, (m, i) => ({ ...m, progress: i % 3 === 0 ? 50 : i % 4 === 0 ? 60 : 10, status: i % 11 === 0 || i % 9 === 0 ? "completed" : "on_schedule", checkedStatus: i % 13 === 0 || i % 8 === 0 ? "late" : "on_schedule" }));
  const [a] = await db.insert(reportingRounds).values({ periodId, name: previous.name, cutOffDate: previous.cutOffDate, state: "published", published: previous as unknown as Record<string, unknown>, publishedAt: new Date("2030-02-01T10:00:00Z") }).returning();
  const [b] = await db.insert(reportingRounds).values({ periodId, name: current.name, cutOffDate: current.cutOffDate, state: "published", published: current as unknown as Record<string, unknown>, publishedAt: new Date("2030-07-01T10:00:00Z") }).returning();
  previousId = a!.id;
  currentId = b!.id;
});

describe("the follow-up report a page at a time", () => {
  it("the lines in SQL are the whole report's, in its order; pages are slices of it; the contents count each goal's measures", async () => {
    const expected = expectedLines(current);
    const all = await reportLinesPage(db, currentId, { limit: 1000, offset: 0 });
    expect(all.map((l) => `${l.goalId}|${l.priorityId ?? "-"}|${l.measure.id}`)).toEqual(expected);
    const second = await reportLinesPage(db, currentId, { limit: 50, offset: 50 });
    expect(second.map((l) => l.measure.id)).toEqual(all.slice(50, 100).map((l) => l.measure.id));
    const goal2 = await reportLinesPage(db, currentId, { goalId: gid(2), limit: 1000, offset: 0 });
    expect(goal2.map((l) => `${l.goalId}|${l.priorityId ?? "-"}|${l.measure.id}`)).toEqual(expected.filter((l) => l.startsWith(gid(2))));
    const contents = await reportContents(db, currentId);
    expect(contents).toEqual(
      current.goals.map((g) => ({ goalId: g.id, measures: current.measures.filter((m) => m.goalId === g.id).length, lines: expected.filter((l) => l.startsWith(g.id)).length })),
    );
    // A measure under two priorities is a line under each; the lines outnumber the measures.
    expect(contents.reduce((n, c) => n + c.lines, 0)).toBeGreaterThan(130);
  });

  it("the changes in SQL are roundChanges', each kind paged", async () => {
    const expected = roundChanges(current, previous);
    const counts = await reportChangeCounts(db, currentId, previousId);
    for (const kind of changeKinds) expect(counts[kind], kind).toBe(expected[kind].length);
    expect(counts.new).toBe(10);
    const pages = Object.fromEntries(changeKinds.map((k) => [k, { limit: 5, offset: 5 }])) as Record<(typeof changeKinds)[number], { limit: number; offset: number }>;
    const lines = await reportChangesPage(db, currentId, previousId, pages);
    for (const kind of changeKinds) {
      expect(lines.filter((l) => l.kind === kind).map((l) => l.measure.id), kind).toEqual(expected[kind].slice(5, 10).map((c) => c.measure.id));
    }
    const progressed = lines.find((l) => l.kind === "progressed")!;
    expect(progressed.beforeProgress).toBe(expected.progressed.find((c) => c.measure.id === progressed.measure.id)!.before!.progress);
  });

  it("the page shows 50 lines with the contents, repeats the goal's and priority's headings on the next page, and has shareable page links (fi, sv, en)", async () => {
    const expected = expectedLines(current);
    const first = await html("en", currentId);
    expect(first).toContain('aria-label="Contents"');
    expect(first).toContain("All goals (130 measures)");
    expect(first).toContain("Goal 1</span> (100 measures)");
    expect(first).toContain(`/reports/${currentId}?goal=${gid(2)}`);
    expect(first.match(/class="report-measure/g)).toHaveLength(50);
    expect(first).toContain(`1–50 of ${expected.length}`);
    expect(first).toContain(`/reports/${currentId}?page=2`);
    const second = await html("en", currentId, { page: "2" });
    // Page 2 starts within goal 1: its heading again, marked as continued, and the priority heading of its first line.
    expect(second).toMatch(/<h2[^>]*>Goal 1<span[^>]*> \(continued\)<\/span><\/h2>/);
    const firstOfPage2 = expected[50]!.split("|");
    expect(second).toContain(`id="rp-${firstOfPage2[0]}-${firstOfPage2[1] === "-" ? "other" : firstOfPage2[1]}"`);
    expect(second).toContain(`Measure ${Number(firstOfPage2[2]!.slice(-5))}<`);
    expect(second).not.toContain(`>Measure ${Number(expected[49]!.split("|")[2]!.slice(-5))}<`);
    // One goal, its own pages; an unknown goal or a page past the end reads as the whole report's first page.
    const goal3 = await html("fi", currentId, { goal: gid(3) });
    expect(goal3.match(/class="report-measure/g)).toHaveLength(expected.filter((l) => l.startsWith(gid(3))).length);
    expect(goal3).toContain('aria-current="page" class="font-bold"><span>Tavoite 3</span>');
    expect((await html("sv", currentId, { goal: "nonsense", page: "999" })).match(/class="report-measure/g)).toHaveLength(50);
  });

  it("the whole report on one page for printing; the changes view paged per kind", async () => {
    const whole = await html("en", currentId, { view: "all" });
    expect(whole.match(/class="report-measure/g)).toHaveLength(expectedLines(current).length);
    const expected = roundChanges(current, previous);
    const changes = await html("en", currentId, { view: "changes", completedPage: "1" });
    for (const kind of changeKinds) {
      const section = changes.split(`id="change-${kind}"`)[1]!.split("</section>")[0]!;
      expect(section).toContain(`(${expected[kind].length})`);
      expect(section.match(/<li><a /g)?.length ?? 0).toBe(Math.min(50, expected[kind].length));
    }
    expect(expected.progressed.length).toBeGreaterThan(0);
  });

  it("the open data's report entries are paged in SQL: meta, Link header, page size limits, an entry by id; the OpenAPI says so", async () => {
    const res = await api(`report-entries?report=${currentId}&pageSize=40&page=2`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { measureId: string }[]; meta: Record<string, unknown> };
    expect(body.meta).toMatchObject({ page: 2, pageSize: 40, pages: 4, total: 130, count: 40 });
    expect(body.data.map((d) => d.measureId)).toEqual(current.measures.slice(40, 80).map((m) => m.id));
    expect(res.headers.get("Link")).toContain(`page=3>; rel="next"`);
    expect(res.headers.get("Link")).toContain(`page=1>; rel="prev"`);
    expect(res.headers.get("X-Total-Count")).toBe("130");
    const csv = await api(`report-entries.csv?report=${currentId}&pageSize=10`);
    expect((await csv.text()).trim().split("\n")).toHaveLength(11);
    const unfiltered = (await (await api("report-entries")).json()) as { meta: { total: number; pageSize: number } };
    expect(unfiltered.meta.pageSize).toBe(500);
    expect(unfiltered.meta.total).toBeGreaterThanOrEqual(250);
    for (const bad of ["page=0", "pageSize=1001", "page=x", "foo=1"]) expect((await api(`report-entries?${bad}`)).status, bad).toBe(400);
    const one = await item(new Request("http://localhost/x"), { params: Promise.resolve({ resource: "report-entries", id: `${currentId}:${mid(7)}` }) });
    expect(((await one.json()) as { data: { title: { en: string } } }).data.title.en).toBe("Measure 7");
    const missing = await item(new Request("http://localhost/x"), { params: Promise.resolve({ resource: "report-entries", id: `${currentId}:nonsense` }) });
    expect(missing.status).toBe(404);
    const reports = (await (await api("reports")).json()) as { data: { id: string; measureCount: number; previousReportId: string | null }[] };
    expect(reports.data.find((r) => r.id === currentId)).toMatchObject({ measureCount: 130, previousReportId: previousId });
    const doc = (await (await openapi(new Request("http://localhost/api/public/v1/openapi.json"))).json()) as { paths: Record<string, { get: { parameters: { name: string }[] } }> };
    expect(doc.paths["/report-entries"]!.get.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["page", "pageSize", "report"]));
  });

  it("the report's PDF is a file, not a page: the page cache leaves it alone", () => {
    const req = (pathname: string) => ({ method: "GET", pathname, search: "", header: () => null });
    expect(isCacheableRequest(req(`/fi/reports/${currentId}`))).toBe(true);
    expect(isCacheableRequest(req(`/fi/reports/${currentId}/pdf`))).toBe(false);
  });
});
