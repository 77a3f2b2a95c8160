import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asc, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import type { Db } from "@/db/client";
import { euByProgramme, securedCityShare } from "@/db/queries/funding/portfolio";
import { euProjects, networkRoles, networks } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

/**
 * Issue 15's acceptance: files shaped like the city's real lists, in the
 * city's own column names, go in through the import with a mapping and no
 * hand editing. 20 EU projects (CORDIS, keep.eu, the decision archive; H2020,
 * UIA, ESF and Interreg 2014–2020; 14 without Helsinki's share) and 21
 * networks (year-only dates, Swedish names in some rows, roles such as
 * "Executive Committee 2023–2026"). The figures are summed by hand from the file.
 */
const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;
const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");
const outcome = (r: { ok: boolean; data?: unknown; fields?: unknown }) => (r.ok ? r.data : JSON.stringify(rowErrorsFromFields((r.fields ?? {}) as Parameters<typeof rowErrorsFromFields>[0])));

const projectMapping = {
  "Hankkeen tunniste": "external_id",
  Hanke: "name_fi",
  Lyhenne: "acronym",
  Rahoitusohjelma: "programme",
  Vaihe: "status",
  "Helsingin rooli": "role",
  "Konsortion budjetti (€)": "total_budget",
  "Helsingin EU-osuus (€)": "eu_contribution",
  "Valtionosuus (€)": "state_funding",
  "Kaupungin omarahoitus (€)": "own_funding",
  Alku: "start_date",
  Loppu: "end_date",
  Lähde: "",
};
const networkMapping = { Verkosto: "name_fi", Namn: "name_sv", Tyyppi: "type", Jäsenyys: "status", "Jäsen vuodesta": "status_since", Maa: "country", Päätöspäivä: "decision_date", "Helsingin rooli": "roles" };

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
});

describe("the city's real lists, as they are", () => {
  it("20 EU projects import with a mapping; unknown shares stay unknown; the portfolio equals the hand sums", async () => {
    const csv = fixture("real-eu-projects.csv");
    expect(outcome(await checkProjectImport.execute(coordinator, { csv, mapping: projectMapping }))).toMatchObject({ total: 20, created: 20 });
    expect(outcome(await importProjects.execute(coordinator, { csv, mapping: projectMapping }))).toMatchObject({ total: 20, created: 20 });
    const rows = await db.select().from(euProjects).orderBy(asc(euProjects.externalId));
    expect(rows).toHaveLength(20);
    expect(rows.filter((p) => p.euContributionCents === null)).toHaveLength(14);
    expect(rows.find((p) => p.externalId === "CORDIS-730254")).toMatchObject({ startDate: null, totalBudgetCents: null, euContributionCents: null, stateFundingCents: null, ownFundingCents: null });
    // Dates as the sources give them: a year only (UIA), a month only (keep.eu), none (CORDIS) — no day invented.
    expect(rows.find((p) => p.externalId === "UIA05-077")).toMatchObject({ startDate: "2019-01-01", startPrecision: "year", endDate: "2022-01-01", endPrecision: "year" });
    expect(rows.find((p) => p.externalId === "CB993")).toMatchObject({ startDate: "2017-09-01", startPrecision: "month", endDate: "2020-08-01", endPrecision: "month" });
    expect(rows.find((p) => p.externalId === "CORDIS-730254")).toMatchObject({ startDate: null, endDate: null });
    // By hand from the file: the six known EU shares.
    const euByHand = 1_250_000_00 + 310_500_50 + 3_999_000_00 + 98_000_00 + 420_000_00 + 77_777_77;
    const programmes = await euByProgramme(db);
    expect(programmes.reduce((a, b) => a + b.euCents, 0)).toBe(euByHand);
    expect(programmes.reduce((a, b) => a + b.unknown, 0)).toBe(14);
    expect(programmes.reduce((a, b) => a + b.projects, 0)).toBe(20);
    // City share (EU + state + own) where all three are given: 4 projects; the other 16 counted apart.
    const shareByHand = 1_250_000_00 + 312_500_00 + (310_500_50 + 50_000_00 + 27_000_00) + (98_000_00 + 24_500_00) + (420_000_00 + 105_000_00);
    expect(await securedCityShare(db)).toEqual({ projects: 20, cityShareCents: shareByHand, shareUnknown: 16 });
  });

  it("an update file that leaves out columns changes only what it gives", async () => {
    const before = await db.select().from(euProjects).orderBy(asc(euProjects.externalId));
    const update = "Hankkeen tunniste;Hanke;Rahoitusohjelma;Helsingin EU-osuus (€)\r\nCORDIS-691883;Älykäs kaupunki -majakka;Horizon 2020;1 000 000\r\nR104;Digitaaliset kaupunkipalvelut;Interreg Baltic Sea Region 2014–2020;\r\n";
    const mapping = { "Hankkeen tunniste": "external_id", Hanke: "name_fi", Rahoitusohjelma: "programme", "Helsingin EU-osuus (€)": "eu_contribution" };
    expect(outcome(await importProjects.execute(coordinator, { csv: update, mapping }))).toMatchObject({ updated: 1, unchanged: 1, cleared: 0 });
    const after = await db.select().from(euProjects).orderBy(asc(euProjects.externalId));
    const strip = (p: (typeof after)[number]) => ({ ...p, version: 0, updatedAt: null, reviewState: null, euContributionCents: p.externalId === "CORDIS-691883" ? null : p.euContributionCents });
    expect(after.map(strip)).toEqual(before.map(strip));
    expect(after.find((p) => p.externalId === "CORDIS-691883")?.euContributionCents).toBe(1_000_000_00);
  });

  it("21 networks import with a mapping: year-only dates, Swedish names where given, roles with their terms", async () => {
    const csv = fixture("real-networks.csv");
    expect(outcome(await checkNetworksImport.execute(coordinator, { csv, mapping: networkMapping }))).toMatchObject({ total: 21, created: 21 });
    expect(outcome(await importNetworks.execute(coordinator, { csv, mapping: networkMapping }))).toMatchObject({ total: 21, created: 21 });
    const all = await db.select().from(networks);
    expect(all).toHaveLength(21);
    const eurocities = all.find((n) => n.name.fi === "Eurocities")!;
    expect(eurocities).toMatchObject({ statusSince: "1994-01-01", statusSincePrecision: "year", countryCode: "BE", name: { sv: "Eurocities" } });
    expect(all.filter((n) => n.name.sv)).toHaveLength(10);
    // A month only, and no date at all (the source does not say since when): kept as such, no day invented.
    expect(all.find((n) => n.name.fi === "Cities Coalition for Digital Rights")).toMatchObject({ statusSince: "2018-11-01", statusSincePrecision: "month" });
    expect(all.find((n) => n.name.fi.startsWith("Urban Agenda"))).toMatchObject({ status: "candidate", statusSince: null });
    expect(all.filter((n) => n.statusSincePrecision === "year")).toHaveLength(19);
    const roles = await db.select().from(networkRoles);
    expect(roles).toHaveLength(7);
    expect(roles.find((r) => r.networkId === eurocities.id)).toMatchObject({ title: { fi: "Executive Committee" }, body: null, startDate: "2023-01-01", startPrecision: "year", endDate: "2026-01-01", endPrecision: "year" });
    expect(roles.find((r) => r.title.fi === "Jäsen")).toMatchObject({ body: { fi: "johtoryhmä" }, startDate: "2022-01-01", endDate: null });

    // An update that names only the status keeps every other value, the Swedish names and the roles.
    const before = { networks: await db.select().from(networks).orderBy(asc(networks.id)), roles: await db.select().from(networkRoles).orderBy(asc(networkRoles.id)) };
    const update = "Verkosto;Jäsenyys;Jäsen vuodesta;Tyyppi\r\nMetropolis;leaving;2026;global_network\r\nEurocities;member;1994;city_network\r\n";
    expect(outcome(await importNetworks.execute(coordinator, { csv: update, mapping: { Verkosto: "name_fi", Jäsenyys: "status", "Jäsen vuodesta": "status_since", Tyyppi: "type" } }))).toMatchObject({ updated: 1, unchanged: 1, cleared: 0 });
    const after = { networks: await db.select().from(networks).orderBy(asc(networks.id)), roles: await db.select().from(networkRoles).orderBy(asc(networkRoles.id)) };
    const strip = (n: (typeof after.networks)[number]) => (n.name.fi === "Metropolis" ? { ...n, status: null, statusSince: null, version: 0, updatedAt: null } : n);
    expect(after.networks.map(strip)).toEqual(before.networks.map(strip));
    expect(after.roles).toEqual(before.roles);
    expect((await db.select().from(networks).where(sql`${networks.name}->>'fi' = 'Metropolis'`))[0]).toMatchObject({ status: "leaving", statusSince: "2026-01-01", statusSincePrecision: "year" });
  });
});
