import { count, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import { networks, networkStatusChanges } from "@/db/schema";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import { tableToCsv } from "@/lib/import-export/table";
import { networkExportColumns } from "@/lib/networks/transfer";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });
let coordinator: Actor;
const header = "name_fi;name_sv;type;status;status_since;annual_fee;currency;staff_days;unit;priorities";

async function total() {
  const [row] = await (await getDb()).select({ n: count() }).from(networks);
  return row?.n ?? 0;
}
async function byName(fi: string) {
  const [n] = await (await getDb()).select().from(networks).where(sql`${networks.name}->>'fi' = ${fi}`);
  return n;
}

beforeAll(async () => {
  coordinator = await actorByEmail(await getDb(), "coordinator@example.com");
});

describe("CSV import of networks (the shared all-or-nothing mechanism)", () => {
  it("creates new networks and updates existing ones by name, exactly", async () => {
    const csv = [
      header,
      "Resilient Cities Network;Resilient Cities Network;Globaali verkosto;ehdolla;1.9.2023;4 000,00;;3,5;KANS;Ilmastonmuutoksen hillintä; Digitalisaatio",
      "Eurocities;Eurocities;city_network;member;1992-05-01;33 000,10;EUR;60;KANS;",
    ].join("\n");
    // The priorities cell holds ";" so it must be quoted in a semicolon file.
    const quoted = csv.replace("Ilmastonmuutoksen hillintä; Digitalisaatio", '"Ilmastonmuutoksen hillintä; Digitalisaatio"');
    const checked = await checkNetworksImport.execute(coordinator, { csv: quoted });
    expect(checked).toMatchObject({ ok: true, data: { total: 2, created: 1, updated: 1 } });
    expect(await byName("Resilient Cities Network")).toBeUndefined();

    const result = await importNetworks.execute(coordinator, { csv: quoted });
    expect(result).toMatchObject({ ok: true, data: { total: 2, created: 1, updated: 1, unchanged: 0 } });
    const created = await byName("Resilient Cities Network");
    expect([created?.status, created?.annualFeeCents, created?.staffDays, created?.reviewState]).toEqual(["candidate", 400_000, "3.5", "draft"]);
    expect((await byName("Eurocities"))?.annualFeeCents).toBe(3_300_010);
  });

  it("refuses the whole file when one row is bad, listing every bad row", async () => {
    const before = await total();
    const eurocitiesBefore = await byName("Eurocities");
    const csv = [
      header,
      "Uusi hyvä verkosto;Nytt bra nätverk;other;member;2020-01-01;100;;;;",
      "Eurocities;Eurocities;city_network;member;1992-05-01;-5;;;;",
      "Toinen;;eu_network;jäsen;31.2.2024;1;;;XXX;",
      "Kolmas;;eu_network;left;2020-01-01;1;;;;Ei tällaista painopistettä",
      "Pietari;;bilateral;left;2001-01-01;;;;;",
    ].join("\n");
    const result = await importNetworks.execute(coordinator, { csv });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Every problem at once (issue 15): the rows that pass the cell checks are checked against the database too.
    expect(rowErrorsFromFields(result.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [3, "annual_fee", "errors.moneyNegative"],
      [4, "status_since", "errors.flexibleDate"],
      [5, "priorities", "networkTransfer.errors.unknownPriority"],
      [6, "status_since", "errors.statusDateBeforeLatest"],
    ]);
    expect(await total()).toBe(before);
    expect((await byName("Eurocities"))?.version).toBe(eurocitiesBefore?.version);

    // Rows that pass the cell checks but not the database's: unknown unit and priority, a status dated before a later one.
    const second = await importNetworks.execute(coordinator, {
      csv: [header, "Toinen;;eu_network;jäsen;1.2.2024;1;;;XXX;", "Kolmas;;eu_network;left;2020-01-01;1;;;;Ei tällaista painopistettä", "Pietari;;bilateral;left;2001-01-01;;;;;"].join("\n"),
    });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(rowErrorsFromFields(second.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, "unit", "networkTransfer.errors.unknownUnit"],
      [3, "priorities", "networkTransfer.errors.unknownPriority"],
      [4, "status_since", "errors.statusDateBeforeLatest"],
    ]);
    expect(await total()).toBe(before);
  });

  it("an exported file imports back unchanged", async () => {
    const db = await getDb();
    const rows = await listNetworksForExport(db);
    const csv = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows });
    expect(csv).toContain(";25000.00;SEK;7.5;KANS;");
    const statusRowsBefore = await db.select({ n: count() }).from(networkStatusChanges);
    const result = await importNetworks.execute(coordinator, { csv });
    expect(result).toMatchObject({ ok: true, data: { total: rows.length, created: 0, updated: 0, unchanged: rows.length } });
    expect(await db.select({ n: count() }).from(networkStatusChanges)).toEqual(statusRowsBefore);
  });

  it("only coordinators and admins import", async () => {
    const editor = await actorByEmail(await getDb(), "editor@example.com");
    const result = await importNetworks.execute(editor, { csv: `${header}\nX;;other;member;2020-01-01;;;;;` });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await byName("X")).toBeUndefined();
  });
});
