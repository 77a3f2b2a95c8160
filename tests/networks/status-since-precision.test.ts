import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import { createNetwork } from "@/app/[locale]/staff/networks/actions";
import { changeNetworkStatus } from "@/app/[locale]/staff/networks/[id]/actions";
import { getPublishedNetwork } from "@/db/queries/networks/public";
import { getNetworkForStaff } from "@/db/queries/networks/staff";
import { networkRecord } from "@/lib/open-data/serialize-areas";
import type { Db } from "@/db/client";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { networks, networkStatusChanges } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import { tableToCsv } from "@/lib/import-export/table";
import { networkExportColumns } from "@/lib/networks/transfer";
import type { Actor } from "@/lib/permissions";
import { effectiveEnd, formatFlexibleDate, parseFlexibleDate } from "@/lib/strategy/dates";
import { demoDatabaseAs } from "../helpers/actors";

/**
 * Issue 15: a network's membership may be known only by its year ("since
 * 1994") or month ("06/2022"). The import takes it, stores the precision
 * (the strategy's date precision, extended with "year"), shows it as such and
 * exports it back the same way.
 */
let db: Db;
let coordinator: Actor;
demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));

const byName = async (fi: string) => (await db.select().from(networks).where(sql`${networks.name}->>'fi' = ${fi}`))[0];

describe("year-only and month-only dates", () => {
  it("the helpers read, show and end a year date; the strategy's dates still refuse a bare year", () => {
    expect(parseFlexibleDate("1994", { allowYear: true })).toEqual({ date: "1994-01-01", precision: "year" });
    expect(parseFlexibleDate("1994")).toBeNull();
    expect(formatFlexibleDate("1994-01-01", "year", "fi")).toBe("1994");
    expect(formatFlexibleDate("2022-06-01", "month", "en")).toBe("06/2022");
    expect(effectiveEnd("1994-01-01", "year")).toBe("1994-12-31");
  });

  it("the import stores 1994 and 06/2022 with their precision; a bad one is refused by row", async () => {
    const csv = ["name_fi;type;status;status_since", "Vuosiverkosto;other;member;1994", "Kuukausiverkosto;other;member;06/2022", "Päiväverkosto;other;member;15.3.2021"].join("\r\n");
    const r = await importNetworks.execute(coordinator, { csv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 3 });
    expect(await byName("Vuosiverkosto")).toMatchObject({ statusSince: "1994-01-01", statusSincePrecision: "year" });
    expect(await byName("Kuukausiverkosto")).toMatchObject({ statusSince: "2022-06-01", statusSincePrecision: "month" });
    expect(await byName("Päiväverkosto")).toMatchObject({ statusSince: "2021-03-15", statusSincePrecision: "day" });

    const bad = await importNetworks.execute(coordinator, { csv: "name_fi;type;status;status_since\r\nHuono;other;member;kesällä\r\nHuono 2;other;member;13/2020\r\n" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(rowErrorsFromFields(bad.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, "status_since", "errors.flexibleDate"],
      [3, "status_since", "errors.flexibleDate"],
    ]);
  });

  it("the export writes them back as the import reads them, and re-importing changes nothing", async () => {
    const rows = (await listNetworksForExport(db)).filter((n) => ["Vuosiverkosto", "Kuukausiverkosto", "Päiväverkosto"].includes(n.name.fi));
    const csv = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows });
    expect(csv).toContain(";1994;");
    expect(csv).toContain(";2022-06;");
    expect(csv).toContain(";2021-03-15;");
    const again = await importNetworks.execute(coordinator, { csv });
    expect(again.ok ? again.data : rowErrorsFromFields(again.fields)).toMatchObject({ total: 3, unchanged: 3 });
  });

  it("a day date given for a year-only membership is a change of precision", async () => {
    const r = await importNetworks.execute(coordinator, { csv: "name_fi;type;status;status_since\r\nVuosiverkosto;other;member;1994-01-01\r\n" });
    expect(r.ok ? r.data : r).toMatchObject({ updated: 1 });
    expect(await byName("Vuosiverkosto")).toMatchObject({ statusSince: "1994-01-01", statusSincePrecision: "day" });
  });
});

describe("a membership whose date no source gives", () => {
  it("imports with an empty cell or without the column: not known (null), never a default day, in the network and its history", async () => {
    const r = await importNetworks.execute(coordinator, { csv: "name_fi;type;status;status_since\r\nTuntematon alku;other;member;\r\n" });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 1 });
    const n = await byName("Tuntematon alku");
    expect(n).toMatchObject({ statusSince: null, statusSincePrecision: "day" });
    expect(await db.select().from(networkStatusChanges).where(eq(networkStatusChanges.networkId, n!.id))).toMatchObject([{ status: "member", changedOn: null }]);

    const noColumn = await importNetworks.execute(coordinator, { csv: "name_fi;type;status\r\nEi saraketta;other;observer\r\n" });
    expect(noColumn.ok ? noColumn.data : rowErrorsFromFields(noColumn.fields)).toMatchObject({ created: 1 });
    expect(await byName("Ei saraketta")).toMatchObject({ statusSince: null });
  });

  it("an update without the column keeps a known date; a new status without the column is not known since when", async () => {
    expect((await importNetworks.execute(coordinator, { csv: "name_fi;type;status\r\nVuosiverkosto;other;member\r\n" })).ok).toBe(true);
    expect(await byName("Vuosiverkosto")).toMatchObject({ statusSince: "1994-01-01" });
    const r = await importNetworks.execute(coordinator, { csv: "name_fi;type;status\r\nKuukausiverkosto;other;leaving\r\n" });
    expect(r.ok ? r.data : r).toMatchObject({ updated: 1 });
    expect(await byName("Kuukausiverkosto")).toMatchObject({ status: "leaving", statusSince: null });
  });

  it("the forms save a year, a month or nothing; a status change in a month after a day of that month is in order", async () => {
    const base = { type: "other", status: "member" };
    for (const [name, typed, stored] of [["Lomake vuosi", "1994", ["1994-01-01", "year"]], ["Lomake kuukausi", "06/2022", ["2022-06-01", "month"]], ["Lomake tyhjä", "", [null, "day"]]] as const) {
      const r = await createNetwork.execute(coordinator, { ...base, name_fi: name, statusSince: typed });
      expect(r.ok ? "ok" : r.fields).toBe("ok");
      expect(await byName(name)).toMatchObject({ statusSince: stored[0], statusSincePrecision: stored[1] });
    }
    expect(await createNetwork.execute(coordinator, { ...base, name_fi: "Lomake huono", statusSince: "kesällä" })).toMatchObject({ ok: false, fields: { statusSince: [{ key: "errors.flexibleDate" }] } });

    const n = (await byName("Lomake kuukausi"))!;
    const moved = await changeNetworkStatus.execute(coordinator, { networkId: n.id, version: n.version, status: "observer", changedOn: "15.6.2022" });
    expect(moved.ok).toBe(true);
    // 06/2022 counts to the month's last day, so it is not before 15.6.2022; 2021 is.
    const back = await changeNetworkStatus.execute(coordinator, { networkId: n.id, version: n.version + 1, status: "member", changedOn: "06/2022" });
    expect(back.ok ? "ok" : back).toBe("ok");
    expect(await changeNetworkStatus.execute(coordinator, { networkId: n.id, version: n.version + 2, status: "leaving", changedOn: "2021" })).toMatchObject({ ok: false, fields: { changedOn: [{ key: "errors.statusDateBeforeLatest" }] } });
    const unknown = await changeNetworkStatus.execute(coordinator, { networkId: n.id, version: n.version + 2, status: "leaving", changedOn: "" });
    expect(unknown.ok).toBe(true);
    expect(await byName("Lomake kuukausi")).toMatchObject({ status: "leaving", statusSince: null });
    const history = await db.select().from(networkStatusChanges).where(eq(networkStatusChanges.networkId, n.id));
    expect(history.map((h) => [h.status, h.changedOn, h.changedOnPrecision]).sort()).toEqual([
      ["leaving", null, "day"],
      ["member", "2022-06-01", "month"],
      ["member", "2022-06-01", "month"],
      ["observer", "2022-06-15", "day"],
    ]);
    // The staff page's history: the unknown-dated entry first, then by date.
    expect((await getNetworkForStaff(db, n.id))!.statusChanges.map((s) => s.changedOn)).toEqual([null, "2022-06-01", "2022-06-01", "2022-06-15"]);
  });

  it("export → import keeps 'not known' empty and changes nothing; published, the public copy and open data keep it null", async () => {
    const names = ["Tuntematon alku", "Vuosiverkosto", "Lomake tyhjä"];
    const rows = (await listNetworksForExport(db)).filter((n) => names.includes(n.name.fi));
    const csv = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows });
    expect(csv.split("\r\n").find((l) => l.includes("Tuntematon alku"))).toContain(";other;member;;");
    const before = await db.select().from(networks).where(sql`${networks.name}->>'fi' in ${names}`);
    const again = await importNetworks.execute(coordinator, { csv });
    expect(again.ok ? again.data : rowErrorsFromFields(again.fields)).toMatchObject({ total: 3, unchanged: 3 });
    expect(await db.select().from(networks).where(sql`${networks.name}->>'fi' in ${names}`)).toEqual(before);

    const created = await createNetwork.execute(coordinator, { name_fi: "Julkinen tuntematon", name_sv: "Offentlig okänd", type: "other", status: "member", statusSince: "", intent: "publish" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const pub = await getPublishedNetwork(db, created.data.id);
    expect(pub).toMatchObject({ statusSince: null });
    expect(networkRecord(pub as never, new Set(), (p) => p)).toMatchObject({ statusSince: null, statusSincePrecision: "day" });
  });
});
