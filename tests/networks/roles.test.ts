import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addNetworkRole } from "@/app/[locale]/staff/networks/[id]/actions";
import { publishNetwork } from "@/app/[locale]/staff/networks/actions";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { loadPublicAreas } from "@/db/queries/public/areas";
import { networkRoles, networks } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import { tableToCsv } from "@/lib/import-export/table";
import { formatRoleLine, parseRolesCell } from "@/lib/networks/roles";
import { networkExportColumns } from "@/lib/networks/transfer";
import { networkRecord } from "@/lib/open-data/serialize-areas";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

/**
 * Issue 15: Helsinki's roles in a network (role, body, term to the day,
 * month or year) as their own records, importable as the networks import's
 * roles column ("Executive Committee 2023–2026"), exported the same way
 * (lossless), and public only as published.
 */
const getDb = setupTestDatabase({ demo: true });
let coordinator: Actor;

const byName = async (fi: string) => (await (await getDb()).select().from(networks).where(sql`${networks.name}->>'fi' = ${fi}`))[0];
const rolesOf = async (networkId: string) => (await getDb()).select().from(networkRoles).where(eq(networkRoles.networkId, networkId)).orderBy(networkRoles.startDate);
const outcome = (r: Awaited<ReturnType<typeof importNetworks.execute>>) => (r.ok ? r.data : rowErrorsFromFields(r.fields));

beforeAll(async () => {
  coordinator = await actorByEmail(await getDb(), "coordinator@example.com");
});

describe("network roles", () => {
  it("reads the roles cell the way the city writes it", () => {
    expect(parseRolesCell("Executive Committee 2023–2026")).toEqual({ roles: [{ title: "Executive Committee", body: null, start: { date: "2023-01-01", precision: "year" }, end: { date: "2026-01-01", precision: "year" } }] });
    expect(parseRolesCell("Puheenjohtaja, liikennetyöryhmä 06/2022–; Jäsen\nStyrelseledamot, Östersjöstädernas förbund 1.3.2021 - 2024-05")).toEqual({
      roles: [
        { title: "Puheenjohtaja", body: "liikennetyöryhmä", start: { date: "2022-06-01", precision: "month" }, end: null },
        { title: "Jäsen", body: null, start: null, end: null },
        { title: "Styrelseledamot", body: "Östersjöstädernas förbund", start: { date: "2021-03-01", precision: "day" }, end: { date: "2024-05-01", precision: "month" } },
      ],
    });
    expect(parseRolesCell("Board 2019-2021")).toMatchObject({ roles: [{ title: "Board", start: { date: "2019-01-01" }, end: { date: "2021-01-01" } }] });
    expect(parseRolesCell("Varapuheenjohtaja –2026")).toMatchObject({ roles: [{ title: "Varapuheenjohtaja", start: null, end: { date: "2026-01-01", precision: "year" } }] });
    expect(parseRolesCell("")).toEqual({ roles: [] });
    expect(parseRolesCell("Chair 2026–2023")).toEqual({ problem: "roleEndBeforeStart", text: "Chair 2026–2023" });
    expect(parseRolesCell("Chair 13/2023–")).toEqual({ problem: "roleTerm", text: "Chair 13/2023–" });
    // The export's form reads back to the same role.
    for (const cell of ["Executive Committee 2023–2026", "Puheenjohtaja, liikennetyöryhmä 2022-06–", "Jäsen", "Board –2021-03-15"]) {
      const parsed = parseRolesCell(cell);
      if (!("roles" in parsed)) throw new Error(cell);
      expect(formatRoleLine(parsed.roles[0]!)).toBe(cell);
    }
  });

  it("the staff form records role, body and a year or month term; a separator in the role is refused", async () => {
    const n = (await byName("Eurocities"))!;
    const r = await addNetworkRole.execute(coordinator, { networkId: n.id, version: String(n.version), title_fi: "Jäsen", title_en: "Member", body_fi: "Hallitus", body_en: "Executive Committee", startDate: "2023", endDate: "06/2026" });
    expect(r.ok ? r.ok : r).toBe(true);
    const [role] = (await rolesOf(n.id)).filter((x) => x.body?.fi === "Hallitus");
    expect(role).toMatchObject({ title: { fi: "Jäsen", en: "Member" }, body: { fi: "Hallitus", en: "Executive Committee" }, startDate: "2023-01-01", startPrecision: "year", endDate: "2026-06-01", endPrecision: "month" });
    const after = (await byName("Eurocities"))!;
    const bad = await addNetworkRole.execute(coordinator, { networkId: n.id, version: String(after.version), title_fi: "Jäsen; puheenjohtaja", startDate: "2026", endDate: "2025" });
    expect(bad).toMatchObject({ ok: false, fields: { title_fi: [{ key: "errors.roleSeparator" }], endDate: [{ key: "errors.endBeforeStart" }] } });
  });

  it("imports roles as a column, keeps them when the column is absent, and shows them publicly only once published", async () => {
    const header = "nimi;nimi ruotsiksi;tyyppi;tila;tila alkaen;roolit";
    const csv = `${header}\r\nRoolitesti;Rolltest;city_network;member;1994;"Executive Committee 2023–2026; Puheenjohtaja, liikennetyöryhmä 06/2022–"\r\n`;
    expect(outcome(await checkNetworksImport.execute(coordinator, { csv }))).toMatchObject({ created: 1 });
    expect(outcome(await importNetworks.execute(coordinator, { csv }))).toMatchObject({ created: 1 });
    const n = (await byName("Roolitesti"))!;
    expect((await rolesOf(n.id)).map((r) => [r.title.fi, r.body?.fi ?? null, r.startDate, r.startPrecision, r.endDate, r.endPrecision])).toEqual([
      ["Puheenjohtaja", "liikennetyöryhmä", "2022-06-01", "month", null, "day"],
      ["Executive Committee", null, "2023-01-01", "year", "2026-01-01", "year"],
    ]);
    // Not public before publication.
    const db = await getDb();
    expect((await loadPublicAreas(db)).networks.find((x) => x.id === n.id)).toBeUndefined();
    const published = await publishNetwork.execute(coordinator, { id: n.id, version: String(n.version) });
    expect(published.ok ? published.ok : published).toBe(true);
    const pub = (await loadPublicAreas(db)).networks.find((x) => x.id === n.id)!;
    const record = networkRecord(pub, new Set(), (p) => p);
    expect(record.roles).toEqual([
      { title: { fi: "Puheenjohtaja", sv: null, en: null }, body: { fi: "liikennetyöryhmä", sv: null, en: null }, startDate: "2022-06", startPrecision: "month", endDate: null, endPrecision: "day" },
      { title: { fi: "Executive Committee", sv: null, en: null }, body: null, startDate: "2023", startPrecision: "year", endDate: "2026", endPrecision: "year" },
    ]);

    // A Swedish text added by hand survives an import that names the same role (matched by role and body).
    await db.update(networkRoles).set({ title: { fi: "Executive Committee", sv: "Verkställande kommittén" } }).where(sql`${networkRoles.networkId} = ${n.id} and ${networkRoles.title}->>'fi' = 'Executive Committee'`);
    // A file without the roles column keeps them; the draft waits for publication, the public keeps the published roles.
    expect(outcome(await importNetworks.execute(coordinator, { csv: "nimi;tyyppi;tila;tila alkaen;maa\r\nRoolitesti;city_network;member;1994;FI\r\n" }))).toMatchObject({ updated: 1, cleared: 0 });
    expect(await rolesOf(n.id)).toHaveLength(2);
    // Export → import changes nothing (lossless), the Swedish role text included.
    const rows = (await listNetworksForExport(db)).filter((r) => r.id === n.id);
    expect(rows[0]!.roles).toBe("Puheenjohtaja, liikennetyöryhmä 2022-06–; Executive Committee 2023–2026");
    const exported = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows });
    expect(outcome(await importNetworks.execute(coordinator, { csv: exported }))).toMatchObject({ unchanged: 1 });
    expect((await rolesOf(n.id)).find((r) => r.title.fi === "Executive Committee")?.title.sv).toBe("Verkställande kommittén");
    // A changed term updates the matched role; an empty cell removes the roles (and the check says so).
    const changed = exported.replace("2023–2026", "2023–2027");
    expect(outcome(await importNetworks.execute(coordinator, { csv: changed }))).toMatchObject({ updated: 1 });
    expect((await rolesOf(n.id)).find((r) => r.title.fi === "Executive Committee")).toMatchObject({ endDate: "2027-01-01", title: { sv: "Verkställande kommittén" } });
    const emptied = "nimi;tyyppi;tila;tila alkaen;roolit\r\nRoolitesti;city_network;member;1994;\r\n";
    expect(outcome(await checkNetworksImport.execute(coordinator, { csv: emptied }))).toMatchObject({ updated: 1, cleared: 1 });
    expect(outcome(await importNetworks.execute(coordinator, { csv: emptied }))).toMatchObject({ updated: 1 });
    expect(await rolesOf(n.id)).toEqual([]);
    // The public still has the published roles until a coordinator publishes again.
    expect((await loadPublicAreas(db)).networks.find((x) => x.id === n.id)?.roles).toHaveLength(2);
  });

  it("an unreadable term is reported with the row and column, and nothing is saved", async () => {
    const csv = "nimi;tyyppi;tila;tila alkaen;roolit\r\nHuono rooli;city_network;member;2001;Chair 2026–2023\r\n";
    const r = await importNetworks.execute(coordinator, { csv });
    expect(r.ok).toBe(false);
    expect(rowErrorsFromFields(r.ok ? {} : r.fields)).toEqual([expect.objectContaining({ line: 2, column: "roles", message: { key: "errors.roleEndBeforeStart", params: { value: "Chair 2026–2023" } } })]);
    expect(await byName("Huono rooli")).toBeUndefined();
  });
});
