import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/funding/export/route";
import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import type { Db } from "@/db/client";
import { euProjects, euProjectStatusChanges } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { actorByEmail, demoDatabaseAs } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";

const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db;
let coordinator: Actor;
demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));

const byExternalId = async (id: string) => (await db.select().from(euProjects).where(eq(euProjects.externalId, id)))[0];

const good = [
  "\ufeffexternal_id;name_fi;name_sv;acronym;programme;status;status_date;role;total_budget;eu_contribution;state_funding;own_funding;start_date;end_date;unit",
  "IMP-001;Kiertotalouden kaupunkilaboratorio;Stadslaboratorium;CIRCLAB;HORIZON;myönnetty;15.3.2025;kumppani;4 200 000;385 000,50;0;0;1.9.2025;31.8.2028;KANS",
  "IMP-002;Hulevesien älyohjaus;Smart dagvatten;RAINCTRL;Life-ohjelma;ongoing;2025-01-10;coordinator;1 000 000,00;600 000;;400 000;1.1.2025;31.12.2027;STRA",
].join("\r\n");

describe("CSV import", () => {
  it("a good file (semicolons, BOM, decimal commas, Finnish labels) creates the projects exactly", async () => {
    const check = await checkProjectImport.execute(coordinator, { csv: good });
    expect(check).toEqual({ ok: true, data: { total: 2, created: 2, updated: 0, unchanged: 0, cleared: 0 } });
    expect(await byExternalId("IMP-001")).toBeUndefined(); // checking saves nothing
    const r = await importProjects.execute(coordinator, { csv: good });
    expect(r).toEqual({ ok: true, data: { total: 2, created: 2, updated: 0, unchanged: 0, cleared: 0 } });
    const p = await byExternalId("IMP-001");
    expect(p).toMatchObject({ status: "granted", role: "partner", euContributionCents: 38500050, totalBudgetCents: 420000000, startDate: "2025-09-01", endDate: "2028-08-31" });
    const changes = await db.select().from(euProjectStatusChanges).where(eq(euProjectStatusChanges.projectId, p!.id));
    expect(changes.map((c) => [c.status, c.changedOn])).toEqual([["granted", "2025-03-15"]]);
    // An empty cell is not known (null); a written 0 stays 0.
    expect((await byExternalId("IMP-002"))?.stateFundingCents).toBeNull();
    expect((await byExternalId("IMP-001"))?.stateFundingCents).toBe(0);
  });

  it("re-importing upserts by external id: changed rows update, the rest stay", async () => {
    const changed = good.replace("385 000,50", "390 000,00").replace(";myönnetty;15.3.2025;", ";ongoing;1.9.2025;");
    const r = await importProjects.execute(coordinator, { csv: changed });
    expect(r).toEqual({ ok: true, data: { total: 2, created: 0, updated: 1, unchanged: 1, cleared: 0 } });
    const p = await byExternalId("IMP-001");
    expect(p).toMatchObject({ euContributionCents: 39000000, status: "ongoing", version: 2 });
    const changes = await db.select().from(euProjectStatusChanges).where(eq(euProjectStatusChanges.projectId, p!.id));
    expect(changes.map((c) => c.status)).toEqual(["granted", "ongoing"]);
  });

  it("a bad file reports every bad row with its line number and reason, and changes nothing", async () => {
    const bad = [
      "external_id,name_fi,programme,eu_contribution,total_budget,own_funding,start_date,end_date,unit,status,role",
      "BAD-1,Yksi,HORIZON,-5,,,,,,idea,partner",
      'BAD-2,Kaksi,NOPE,"1,5",,,,,,idea,partner',
      "BAD-3,Kolme,ERDF,100,50,,,,,idea,partner",
      "BAD-4,Neljä,ERDF,100,,,1.6.2025,1.5.2025,,idea,partner",
      "BAD-5,Viisi,ERDF,abc,,,,,XXXX,idea,partner",
      "BAD-6,Kuusi,NOPE,10,,,,,,idea,partner",
    ].join("\n");
    const before = await databaseChecksum(db);
    const r = await importProjects.execute(coordinator, { csv: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toEqual({ key: "errors.importRejected", params: { rows: 6 } });
    expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, "eu_contribution", "errors.moneyNegative"],
      [3, "programme", "errors.unknownProgramme"], // found in the database check, reported with the rest
      [4, "total_budget", "errors.sharesExceedTotal"],
      [5, "end_date", "errors.endBeforeStart"],
      [6, "eu_contribution", "errors.money"],
      [7, "programme", "errors.unknownProgramme"],
    ]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("unknown programmes and units are found row by row too", async () => {
    const r = await importProjects.execute(coordinator, { csv: 'external_id,name_fi,programme,eu_contribution,unit,status,role\nREF-1,Yksi,NOPE,"1,5",,idea,partner\nREF-2,Kaksi,LIFE,10,XXXX,idea,partner\n' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, "programme", "errors.unknownProgramme"],
      [3, "unit", "errors.unknownUnit"],
    ]);
  });

  it("a mixed file (good rows and one bad) changes nothing at all", async () => {
    const mixed = `${good.replace("IMP-001", "MIX-001").replace("IMP-002", "MIX-002")}\r\nMIX-003;Huono;Dålig;BAD;HORIZON;granted;;partner;100;200;;;;;KANS\r\n`;
    const before = await databaseChecksum(db);
    const r = await importProjects.execute(coordinator, { csv: mixed });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.column])).toEqual([[4, "total_budget"]]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
    expect(await byExternalId("MIX-001")).toBeUndefined();
  });

  it("a malformed CSV is refused with its line", async () => {
    const r = await importProjects.execute(coordinator, { csv: 'external_id;name_fi;programme;eu_contribution\nX;"broken;HORIZON;1\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rowErrorsFromFields(r.fields)).toEqual([{ line: 2, message: { key: "import.unterminatedQuote" } }]);
  });

  it("the exported CSV imports back unchanged (a round trip keeps every cent)", async () => {
    current.actor = coordinator;
    const response = await exportRoute(new Request("http://localhost/api/funding/export?format=csv"));
    current.actor = null;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain("IMP-001;");
    const r = await importProjects.execute(coordinator, { csv });
    expect(r.ok ? r : rowErrorsFromFields(r.fields)).toMatchObject({ ok: true });
    if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
  });

  it("the XLSX export is a workbook; executives may export, editors may not", async () => {
    current.actor = await actorByEmail(db, "executive@example.com");
    const response = await exportRoute(new Request("http://localhost/api/funding/export?format=xlsx"));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a ZIP package
    current.actor = await actorByEmail(db, "editor@example.com");
    expect((await exportRoute(new Request("http://localhost/api/funding/export?format=csv"))).status).toBe(403);
    current.actor = null;
    expect((await exportRoute(new Request("http://localhost/api/funding/export?format=csv"))).status).toBe(401);
  });
});
