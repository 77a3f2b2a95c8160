import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { importProjects } from "@/app/[locale]/staff/funding/import/actions";
import type { Db } from "@/db/client";
import { euProjects, fundingProgrammes } from "@/db/schema";
import { ensureFundingProgrammes } from "@/db/seed/funding";
import { closedProgrammes2014 } from "@/db/seed/funding-programmes";
import { programmeClosed } from "@/lib/funding/rules";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

/** Issue 15 item 4: the 2014–2020 programmes are in the reference list beside 2021–2027, marked as closed. */
const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;
const codes2014 = closedProgrammes2014.map((p) => p.code);

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
});

describe("the 2014–2020 programmes", () => {
  it("a new database has Horizon 2020, ERDF/ESF, Interreg, UIA and LIFE 2014–2020 beside 2021–2027; they are closed, the current ones not", async () => {
    const rows = await db.select().from(fundingProgrammes);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const code of ["H2020", "ERDF-2014", "ESF-2014", "INTERREG-EUROPE-2014", "INTERREG-BSR-2014", "INTERREG-CB-2014", "UIA", "LIFE-2014"]) {
      expect(byCode.get(code), code).toMatchObject({ periodStart: 2014, periodEnd: 2020, active: true });
      expect(programmeClosed(byCode.get(code)!, "2026-12-02")).toBe(true);
    }
    expect(byCode.get("UIA")?.managementMode).toBe("indirect");
    expect(byCode.get("H2020")?.name).toEqual({ fi: "Horisontti 2020", sv: "Horisont 2020", en: "Horizon 2020" });
    expect(programmeClosed(byCode.get("HORIZON")!, "2026-12-02")).toBe(false);
    expect(programmeClosed(byCode.get("HORIZON")!, "2028-01-01")).toBe(true);
  });

  it("a database that had only the 2021–2027 list gets them at start-up, once, and an admin's edits stay", async () => {
    await db.delete(fundingProgrammes).where(inArray(fundingProgrammes.code, codes2014));
    const before = await db.select().from(fundingProgrammes);
    await ensureFundingProgrammes(db);
    const after = await db.select().from(fundingProgrammes);
    expect(after.length).toBe(before.length + codes2014.length);
    await db.update(fundingProgrammes).set({ name: { fi: "H2020 (muokattu)", sv: "Horisont 2020", en: "Horizon 2020" } }).where(eq(fundingProgrammes.code, "H2020"));
    await ensureFundingProgrammes(db);
    const again = await db.select().from(fundingProgrammes);
    expect(again.length).toBe(after.length);
    expect(again.find((p) => p.code === "H2020")?.name).toEqual({ fi: "H2020 (muokattu)", sv: "Horisont 2020", en: "Horizon 2020" });
    // The current list's rows were not touched.
    for (const p of before) expect(again.find((x) => x.id === p.id)).toMatchObject({ code: p.code, name: p.name });
  });

  it("an import names them by code or by name (a closed project under Horizon 2020 or UIA)", async () => {
    const csv = "external_id;name_fi;programme;status;role;status_date;eu_contribution\r\nOLD-1;Vanha hanke;UIA;closed;partner;2020-06-30;4 000 000\r\nOLD-2;Toinen vanha;Horizon 2020;closed;partner;2021-03-31;\r\n";
    const r = await importProjects.execute(coordinator, { csv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 2 });
    const rows = await db
      .select({ id: euProjects.externalId, code: fundingProgrammes.code })
      .from(euProjects)
      .innerJoin(fundingProgrammes, eq(fundingProgrammes.id, euProjects.programmeId))
      .where(inArray(euProjects.externalId, ["OLD-1", "OLD-2"]));
    expect(Object.fromEntries(rows.map((x) => [x.id, x.code]))).toEqual({ "OLD-1": "UIA", "OLD-2": "H2020" });
  });
});
