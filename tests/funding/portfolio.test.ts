import { beforeAll, describe, expect, it } from "vitest";
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
