import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import type { Db } from "@/db/client";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { networks } from "@/db/schema";
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
