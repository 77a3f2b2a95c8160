import { beforeAll, describe, expect, it, vi } from "vitest";
import { alignProject } from "@/app/[locale]/staff/funding/projects/[id]/actions";
import { createProject } from "@/app/[locale]/staff/funding/actions";
import type { Db } from "@/db/client";
import { alignedShare, euByPriority, euByProgramme, heatMap, portfolioFlags, successRate } from "@/db/queries/funding/portfolio";
import type { Actor } from "@/lib/permissions";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { makePriorities, programmeId, projectForm } from "./helpers";

/**
 * A hand-checked portfolio (amounts in euros):
 *   A HORIZON ongoing   1 000 000,00  P1:3 P2:1
 *   B ERDF    granted     500 000,50  P2:2
 *   C ERDF    ongoing     250 000,25  P1:1
 *   D LIFE    closed      300 000,00  P1:3
 *   E LIFE    rejected    999 999,99  P1:3
 *   F HORIZON submitted       123,45  –
 *   G ERDF    ongoing           0,01  –
 */
const current = vi.hoisted(() => ({ user: null as null | { id: string; role: string; name: string } }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.user }));

const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;
let P: [string, string, string];
const prog: Record<string, string> = {};

async function project(code: string, status: string, eu: string, align: [number, number][]) {
  const created = await createProject.execute(coordinator, projectForm({ programmeId: prog[code]!, status, euContributionCents: eu, statusDate: "2024-01-01" }));
  if (!created.ok) throw new Error(JSON.stringify(created));
  let version = 1;
  for (const [p, strength] of align) {
    const r = await alignProject.execute(coordinator, { id: created.data.id, version: String(version), priorityId: P[p]!, strength: String(strength), justification: "Perustelu" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    version = r.data.version;
  }
}

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
  P = await makePriorities(db);
  for (const code of ["HORIZON", "ERDF", "LIFE"]) prog[code] = await programmeId(db, code);
  await project("HORIZON", "ongoing", "1 000 000,00", [[0, 3], [1, 1]]);
  await project("ERDF", "granted", "500 000,50", [[1, 2]]);
  await project("ERDF", "ongoing", "250000.25", [[0, 1]]);
  await project("LIFE", "closed", "300 000", [[0, 3]]);
  await project("LIFE", "rejected", "999 999,99", [[0, 3]]);
  await project("HORIZON", "submitted", "123,45", []);
  await project("ERDF", "ongoing", "0,01", []);
});

describe("portfolio figures on a hand-checked example", () => {
  it("aligned share: A and B (strength ≥ 2) over A+B+C+G, each project counted once", async () => {
    const share = await alignedShare(db);
    expect(share.totalCents).toBe(175000076);
    expect(share.alignedCents).toBe(150000050);
    expect(share.projects).toBe(4);
    expect(share.alignedProjects).toBe(2);
    expect(share.basisPoints).toBe(8571); // 85,71 %
  });

  it("success rate: 5 granted (incl. ongoing and closed) of 6 decided", async () => {
    const s = await successRate(db);
    expect(s).toMatchObject({ decided: 6, granted: 5, basisPoints: 8333 });
  });

  it("euros by programme count secured money (granted, ongoing, closed)", async () => {
    const rows = await euByProgramme(db);
    const by = Object.fromEntries(rows.map((r) => [r.key, r.euCents]));
    expect(by).toEqual({ [prog.HORIZON!]: 100000000, [prog.ERDF!]: 75000076, [prog.LIFE!]: 30000000 });
  });

  it("euros by priority count the whole contribution under every linked priority; P3 has none", async () => {
    const by = Object.fromEntries((await euByPriority(db)).map((r) => [r.key, r.euCents]));
    expect(by).toEqual({ [P[0]]: 155000025, [P[1]]: 150000050 });
  });

  it("the heat-map splits priorities by programme", async () => {
    const cells = Object.fromEntries((await heatMap(db)).map((c) => [`${c.priorityId}/${c.programmeId}`, c.euCents]));
    expect(cells).toEqual({
      [`${P[0]}/${prog.HORIZON}`]: 100000000,
      [`${P[0]}/${prog.ERDF}`]: 25000025,
      [`${P[0]}/${prog.LIFE}`]: 30000000,
      [`${P[1]}/${prog.HORIZON}`]: 100000000,
      [`${P[1]}/${prog.ERDF}`]: 50000050,
    });
  });

  it("flags the projects with no alignment (F and G)", async () => {
    expect((await portfolioFlags(db, "2024-06-01")).unaligned).toBe(2);
  });
});

describe("the portfolio's charts: images from the chart route, their numbers exact", () => {
  const call = async (path: string, headers: Record<string, string> = {}) => {
    const { GET } = await import("@/app/[locale]/staff/funding/charts/[chart]/route");
    const [locale, chart] = path.split("/") as [string, string];
    return GET(new Request(`http://localhost/${locale}/staff/funding/charts/${chart}`, { headers }), { params: Promise.resolve({ locale, chart }) });
  };
  type Bars = { kind: "bars"; rows: { label: string; alert?: string; values: { display: string }[]; extra: string[] }[]; total?: { label: string; cells: string[] } };
  type Heat = { kind: "heatmap"; totalHeader: string; columns: { short: string; full: string }[]; rows: { label: string; alert?: string; total: string; cells: { value: number; exact: string }[] }[] };

  it("by programme: the exact sums and project counts, the total under the table (not a bar)", async () => {
    current.user = { id: "00000000-0000-4000-8000-000000000002", role: "editor", name: "E" };
    const block = (await (await call("en/fig-programme.json")).json()) as Bars;
    const row = (name: RegExp) => block.rows.find((r) => name.test(r.label))!;
    expect(row(/Horizon/).values[0]!.display).toBe("€1,000,000.00");
    expect(row(/Horizon/).extra[0]).toBe("1");
    expect(row(/Regional Development/).values[0]!.display).toBe("€750,000.76");
    expect(row(/Regional Development/).extra[0]).toBe("3");
    expect(block.total).toEqual({ label: "Total", cells: ["€2,050,000.76", ""] });
  });

  it("by priority and the heat-map: a priority with no money is marked 'no funding'; row totals in whole euros", async () => {
    current.user = { id: "00000000-0000-4000-8000-000000000002", role: "executive", name: "X" };
    const priority = (await (await call("en/fig-priority.json")).json()) as Bars;
    const p = (n: number) => priority.rows.find((r) => r.label === `Priority ${n}`)!;
    expect(p(1).values[0]!.display).toBe("€1,550,000.25");
    expect(p(1).alert).toBeUndefined();
    expect(p(3).alert).toBe("no funding");
    const heat = (await (await call("en/fig-heat.json")).json()) as Heat;
    expect(heat.totalHeader).toBe("Total");
    const h = (n: number) => heat.rows.find((r) => r.label === `Priority ${n}`)!;
    const col = heat.columns.findIndex((c) => c.short === "ERDF");
    expect(h(2).cells[col]!.exact).toBe("€500,001");
    expect(h(2).total).toBe("€1,500,001");
    expect(h(3)).toMatchObject({ alert: "no funding", total: "€0" });
  });

  it("the picture names the chart and writes the warning after the label; an unchanged picture is not sent again; others refused", async () => {
    current.user = { id: "00000000-0000-4000-8000-000000000002", role: "executive", name: "X" };
    const svg = await call("fi/fig-priority.svg");
    expect(svg.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    const picture = await svg.text();
    expect(picture).toContain("<title>Kaavio: ");
    expect(picture).toContain("Painopiste 3 – ");
    expect((await call("fi/fig-priority.svg", { "If-None-Match": svg.headers.get("ETag")! })).status).toBe(304);
    expect((await call("fi/no-such.svg")).status).toBe(404);
    current.user = null;
    expect((await call("fi/fig-heat.json")).status).toBe(401);
    current.user = { id: "00000000-0000-4000-8000-000000000003", role: "public", name: "P" };
    expect((await call("en/fig-heat.json")).status).toBe(403);
    current.user = null;
  });
});
