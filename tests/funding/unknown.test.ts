import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createProject } from "@/app/[locale]/staff/funding/actions";
import { importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { alignProject } from "@/app/[locale]/staff/funding/projects/[id]/actions";
import type { Db } from "@/db/client";
import { alignedShare, euByPriority, euByProgramme, euByStatus, securedCityShare } from "@/db/queries/funding/portfolio";
import { euProjectRecord } from "@/lib/open-data/serialize-areas";
import { euProjects } from "@/db/schema";
import { fundingSection } from "@/lib/funding/dashboard-section";
import { cityShare, euRate, ownRate } from "@/lib/funding/rules";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { makePriorities, programmeId, projectForm } from "./helpers";

/**
 * Issue 15 item 2: an EU contribution no source gives stays unknown (null),
 * is shown as "not known" and is counted apart in the portfolio figures,
 * never as zero.
 */
const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;
let P: [string, string, string];
let horizon: string;

const byExternalId = async (id: string) => (await db.select().from(euProjects).where(eq(euProjects.externalId, id)))[0];

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
  P = await makePriorities(db);
  horizon = await programmeId(db, "HORIZON");
});

describe("unknown EU contribution", () => {
  it("the form saves an empty EU contribution as not known (null), not 0", async () => {
    const r = await createProject.execute(coordinator, projectForm({ externalId: "FORM-UNK", programmeId: horizon, status: "ongoing", statusDate: "2024-01-01", euContributionCents: "" }));
    expect(r.ok ? r.ok : r).toBe(true);
    expect((await byExternalId("FORM-UNK"))?.euContributionCents).toBeNull();
  });

  it("the import keeps an empty cell unknown, and a file without the column creates unknowns", async () => {
    const withEmpty = "external_id;name_fi;programme;status;role;status_date;eu_contribution;own_funding\r\nIMP-UNK-1;Tuntematon osuus;HORIZON;ongoing;partner;2024-01-01;;10 000\r\nIMP-KNOWN;Tunnettu osuus;HORIZON;ongoing;partner;2024-01-01;200 000;\r\n";
    const r = await importProjects.execute(coordinator, { csv: withEmpty });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 2 });
    expect((await byExternalId("IMP-UNK-1"))?.euContributionCents).toBeNull();
    expect((await byExternalId("IMP-KNOWN"))?.euContributionCents).toBe(20000000);
    const without = "external_id;name_fi;programme;status;role;status_date\r\nIMP-UNK-2;Ei saraketta;HORIZON;granted;partner;2024-01-01\r\n";
    const r2 = await importProjects.execute(coordinator, { csv: without });
    expect(r2.ok ? r2.data : rowErrorsFromFields(r2.fields)).toMatchObject({ created: 1 });
    expect((await byExternalId("IMP-UNK-2"))?.euContributionCents).toBeNull();
    // An update without the column keeps the known amount.
    const r3 = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme\r\nIMP-KNOWN;Tunnettu osuus;HORIZON\r\n" });
    expect(r3).toMatchObject({ ok: true, data: { unchanged: 1 } });
    expect((await byExternalId("IMP-KNOWN"))?.euContributionCents).toBe(20000000);
  });

  it("city share and rates are not known either, while the EU contribution is not known", async () => {
    const p = (await byExternalId("IMP-UNK-1"))!;
    expect(cityShare(p)).toBeNull();
    expect(euRate(p)).toBeNull();
    expect(ownRate(p)).toBeNull();
    const k = (await byExternalId("IMP-KNOWN"))!;
    // Its EU contribution is known, its co-financing is not (own_funding empty, state_funding not in the file).
    expect(k).toMatchObject({ euContributionCents: 20000000, stateFundingCents: null, ownFundingCents: null });
    expect(cityShare(k)).toBeNull();
    expect(cityShare({ ...k, stateFundingCents: 0, ownFundingCents: 0 })).toBe(20000000);
  });

  it("portfolio figures sum the known amounts and count the unknown projects apart (hand-checked)", async () => {
    // Secured (granted/ongoing/closed): FORM-UNK (unknown), IMP-UNK-1 (unknown), IMP-KNOWN (200 000 €), IMP-UNK-2 (unknown).
    const programmes = await euByProgramme(db);
    expect(programmes).toEqual([{ key: horizon, projects: 4, euCents: 20000000, unknown: 3 }]);
    const status = Object.fromEntries((await euByStatus(db)).map((s) => [s.key, s]));
    expect(status.ongoing).toMatchObject({ projects: 3, euCents: 20000000, unknown: 2, cityShareCents: 0 });
    expect(status.granted).toMatchObject({ projects: 1, euCents: 0, unknown: 1 });
    const unknown = (await byExternalId("IMP-UNK-1"))!;
    const r = await alignProject.execute(coordinator, { id: unknown.id, version: String(unknown.version), priorityId: P[0], strength: "3", justification: "Perustelu" });
    expect(r.ok).toBe(true);
    expect(await euByPriority(db)).toEqual([{ key: P[0], projects: 1, euCents: 0, unknown: 1 }]);
    const share = await alignedShare(db);
    expect(share).toMatchObject({ totalCents: 20000000, alignedCents: 0, projects: 4, alignedProjects: 1, unknownProjects: 3 });
  });

  it("the dashboard says how many secured projects' EU contribution is not known", async () => {
    const byProgramme = await euByProgramme(db);
    const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as never;
    const section = fundingSection(
      { byProgramme, byPriority: [], heat: [], share: await alignedShare(db), success: { decided: 0, granted: 0, basisPoints: null, decidedEuCents: 0, grantedEuCents: 0 }, programmes: [], priorities: [] } as never,
      { t, locale: "en", goalTitles: new Map() },
    );
    expect(section.figures.find((f) => f.key === "securedUnknown")).toMatchObject({ value: "3", label: 'funding.securedUnknown {"n":3}' });
  });

  it("state and own co-financing: an empty field or cell is not known (null), a written 0 stays 0", async () => {
    const r = await createProject.execute(coordinator, projectForm({ externalId: "FORM-COF", programmeId: horizon, status: "ongoing", statusDate: "2024-01-01", euContributionCents: "100", stateFundingCents: "", ownFundingCents: "0" }));
    expect(r.ok ? r.ok : r).toBe(true);
    expect(await byExternalId("FORM-COF")).toMatchObject({ euContributionCents: 10000, stateFundingCents: null, ownFundingCents: 0 });
    const csv = "external_id;name_fi;programme;status;role;status_date;eu_contribution;state_funding\r\nIMP-COF;Osuus osin;HORIZON;closed;partner;2020-01-01;50 000;\r\n";
    const i = await importProjects.execute(coordinator, { csv });
    expect(i.ok ? i.data : rowErrorsFromFields(i.fields)).toMatchObject({ created: 1 });
    // state_funding empty, own_funding absent from the file: both not known for a new project.
    const p = (await byExternalId("IMP-COF"))!;
    expect(p).toMatchObject({ euContributionCents: 5000000, stateFundingCents: null, ownFundingCents: null });
    expect(cityShare(p)).toBeNull();
    expect(ownRate(p)).toBeNull();
  });

  it("the secured projects' city share sums the fully known ones and counts the rest apart (hand-checked)", async () => {
    // Secured: FORM-UNK, IMP-UNK-1, IMP-UNK-2 (EU unknown), IMP-KNOWN (co-financing unknown), FORM-COF (state unknown),
    // IMP-COF (state and own unknown): none fully known, so 0 € and 6 counted apart.
    const known = await db.select().from(euProjects);
    const secured = known.filter((p) => ["granted", "ongoing", "closed"].includes(p.status) && !p.archivedAt);
    const byHand = secured.map(cityShare);
    const fig = await securedCityShare(db);
    expect(fig).toEqual({ projects: secured.length, cityShareCents: byHand.reduce<number>((a, b) => a + (b ?? 0), 0), shareUnknown: byHand.filter((b) => b === null).length });
    expect(fig).toEqual({ projects: 6, cityShareCents: 0, shareUnknown: 6 });
    // One project made fully known moves from the unknown count into the sum.
    await db.update(euProjects).set({ stateFundingCents: 0, ownFundingCents: 2500 }).where(eq(euProjects.externalId, "IMP-COF"));
    expect(await securedCityShare(db)).toEqual({ projects: 6, cityShareCents: 5002500, shareUnknown: 5 });
  });

  it("open data carries an unknown EU contribution as null, never as 0", async () => {
    const url = (path: string) => `https://example.test${path}`;
    const areas = { programmes: new Map() } as never;
    const unknown = euProjectRecord({ id: "x", name: { fi: "A" }, programmeId: horizon, status: "ongoing", role: "partner", euContributionCents: null, publishedAt: null } as never, areas, new Set(), url);
    expect(unknown.euContribution).toBeNull();
    const zero = euProjectRecord({ id: "y", name: { fi: "B" }, programmeId: horizon, status: "ongoing", role: "partner", euContributionCents: 0, publishedAt: null } as never, areas, new Set(), url);
    expect(zero.euContribution).toBe("0.00");
  });
});
