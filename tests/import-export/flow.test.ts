import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as fundingImport } from "@/app/api/funding/import/route";
import { POST as networksImport } from "@/app/api/networks/import/route";
import type { Db } from "@/db/client";
import { euProjects, importMappings, networks } from "@/db/schema";
import { IMPORT_MAPPING_HEADER } from "@/lib/import-export/integrity";
import { rowErrorsFromFields, type ImportColumnsAnswer } from "@/lib/import-export/result";
import { csvSheet } from "@/lib/import-export/sheet";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseWith, demoStaff } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 15 item 1: one import flow for every list — CSV or .xlsx (told by
 * content), the file's own columns mapped to the list's (remembered per list
 * and user; the app's own headers map themselves), every problem at once by
 * the row number a spreadsheet shows, all or nothing.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));

beforeAll(() => {
  current.actor = coordinator;
});

type Answer = { ok: boolean; data?: unknown; message?: { key: string }; fields?: Record<string, { key: string }[]> };

async function post(route: (r: Request) => Promise<Response>, path: string, body: Uint8Array | string, options: { step?: "columns" | "check"; mapping?: Record<string, string> } = {}) {
  const query = options.step === "columns" ? "?step=columns" : options.step === "check" ? "?check=1" : "";
  const headers: Record<string, string> = { "content-type": "application/octet-stream" };
  if (options.mapping) headers[IMPORT_MAPPING_HEADER] = encodeURIComponent(JSON.stringify(options.mapping));
  const response = await route(new Request(`http://localhost${path}${query}`, { method: "POST", headers, body: body as BodyInit }));
  return { status: response.status, body: (await response.json()) as Answer };
}

/** A workbook made the way a person's Excel sheet looks: a title row, their own column names, a blank row. */
async function workbook(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verkostot");
  rows.forEach((cells, i) => {
    if (!cells.length) return;
    const row = ws.getRow(i + 1);
    cells.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
    row.commit();
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("rows are numbered as a spreadsheet shows them", () => {
  it("a quoted cell with line breaks is one row; a blank line is a row", () => {
    const sheet = csvSheet('name;notes\r\nA;"two\r\nlines"\r\n\r\nB;x\r\n');
    expect(sheet.rows.map((r) => [r.row, r.values[0]])).toEqual([
      [2, "A"],
      [4, "B"],
    ]);
  });
});

describe("an .xlsx file in the person's own columns", () => {
  const mapping = { Verkosto: "name_fi", Laji: "type", Jäsenyys: "status", "Jäsen alkaen": "status_since", Vuosimaksu: "annual_fee", Huomio: "" };
  const rows = async () =>
    workbook([
      ["Helsingin verkostot 2026"],
      ["Verkosto", "Laji", "Jäsenyys", "Jäsen alkaen", "Vuosimaksu", "Huomio"],
      ["XLSX-verkosto A", "other", "member", new Date(Date.UTC(2021, 0, 15)), 1250.5, "ei tuoda"],
      [],
      ["XLSX-verkosto B", "nonsense", "member", "2021-01-01", -5, null],
      ["XLSX-verkosto C", "other", "member", "2021-01-01", 10, null],
    ]);

  it("step=columns reads the header on its real row and maps what it can by name", async () => {
    const r = await post(networksImport, "/api/networks/import", await rows(), { step: "columns" });
    expect(r.status).toBe(200);
    const data = r.body.data as ImportColumnsAnswer;
    expect(data).toMatchObject({ format: "xlsx", headerRow: 2, rows: 3 });
    expect(data.file.map((f) => f.header)).toEqual(["Verkosto", "Laji", "Jäsenyys", "Jäsen alkaen", "Vuosimaksu", "Huomio"]);
    expect(data.columns.find((c) => c.key === "name_fi")).toEqual({ key: "name_fi", required: true });
  });

  it("cell and database problems come together, by the sheet's own row numbers; nothing is saved", async () => {
    const before = await databaseChecksum(db);
    const r = await post(networksImport, "/api/networks/import", await rows(), { mapping });
    expect(r.status).toBe(400);
    expect(rowErrorsFromFields(r.body.fields as never).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [5, "annual_fee", "errors.moneyNegative"],
      [5, "type", "errors.choice"],
    ]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a good sheet imports (dates and numbers as the sheet holds them) and the mapping is remembered for this person and list", async () => {
    const good = await workbook([
      ["Verkosto", "Laji", "Jäsenyys", "Jäsen alkaen", "Vuosimaksu", "Huomio"],
      ["XLSX-verkosto A", "other", "member", new Date(Date.UTC(2021, 0, 15)), 1250.5, "ei tuoda"],
    ]);
    const check = await post(networksImport, "/api/networks/import", good, { step: "check", mapping });
    expect(check.body).toMatchObject({ ok: true, data: { total: 1, created: 1 } });
    const r = await post(networksImport, "/api/networks/import", good, { mapping });
    expect(r.body).toMatchObject({ ok: true, data: { created: 1 } });
    const [n] = await db.select().from(networks).where(sql`${networks.name}->>'fi' = 'XLSX-verkosto A'`);
    expect(n).toMatchObject({ type: "other", status: "member", statusSince: "2021-01-15", annualFeeCents: 125050 });
    const [saved] = await db.select().from(importMappings).where(and(eq(importMappings.userId, coordinator.id), eq(importMappings.list, "networks")));
    expect(saved?.mapping).toMatchObject(mapping);
    // The next file with the same columns comes back mapped as chosen; "Huomio" stays left out.
    const again = await post(networksImport, "/api/networks/import", good, { step: "columns" });
    expect((again.body.data as ImportColumnsAnswer).file.map((f) => [f.key, f.from])).toEqual([
      ["name_fi", "saved"],
      ["type", "saved"],
      ["status", "saved"],
      ["status_since", "saved"],
      ["annual_fee", "saved"],
      ["", "saved"],
    ]);
  });

  it("an unmapped column of the person's own is a header problem, not a bad row", async () => {
    const r = await post(fundingImport, "/api/funding/import", "tunniste;nimi;ohjelma;tila;rooli;Oma sarake\r\nX-1;Nimi;HORIZON;idea;partner;?\r\n");
    expect(r.body).toMatchObject({ ok: false, message: { key: "errors.importHeaderRejected" } });
  });

  it("an EU project .xlsx in the export's own columns maps itself", async () => {
    const file = await workbook([
      ["external_id", "name_fi", "programme", "status", "role", "eu_contribution"],
      ["XLSX-EU-1", "Taulukon hanke", "HORIZON", "ongoing", "partner", 100000.25],
      ["XLSX-EU-2", "Tuntematon osuus", "HORIZON", "ongoing", "coordinator", null],
    ]);
    const r = await post(fundingImport, "/api/funding/import", file);
    expect(r.body).toMatchObject({ ok: true, data: { created: 2 } });
    const found = await db.select({ id: euProjects.externalId, eu: euProjects.euContributionCents }).from(euProjects).where(sql`${euProjects.externalId} like 'XLSX-EU-%'`).orderBy(euProjects.externalId);
    expect(found).toEqual([
      { id: "XLSX-EU-1", eu: 10000025 },
      { id: "XLSX-EU-2", eu: null },
    ]);
  });
});

describe("the route", () => {
  it("tells the kind of file by its content: a PDF named .csv is refused", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    const r = await post(networksImport, "/api/networks/import", pdf, { step: "check" });
    expect(r).toMatchObject({ status: 400, body: { ok: false, message: { key: "import.wrongType" } } });
  });

  it("the column step needs the list's permission; a mapping that is not JSON is refused", async () => {
    current.actor = editor;
    try {
      expect((await post(networksImport, "/api/networks/import", "name_fi\nX\n", { step: "columns" })).status).toBe(403);
    } finally {
      current.actor = coordinator;
    }
    current.actor = null;
    try {
      expect((await post(networksImport, "/api/networks/import", "name_fi\nX\n", { step: "columns" })).status).toBe(401);
    } finally {
      current.actor = coordinator;
    }
    const response = await networksImport(
      new Request("http://localhost/api/networks/import?check=1", { method: "POST", headers: { [IMPORT_MAPPING_HEADER]: "%7Bnot json" }, body: "name_fi\nX\n" }),
    );
    expect(response.status).toBe(400);
  });
});
