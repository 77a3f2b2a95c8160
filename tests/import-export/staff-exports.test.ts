import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/staff/export/[kind]/route";
import type { Db } from "@/db/client";
import { governmentAsks, measures, roundEntries } from "@/db/schema";
import { parseCsv, restoreFormula } from "@/lib/import-export/csv";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

/** Staff exports of measures (with their latest round texts), progress updates, advocacy actions and asks. */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

const getDb = setupTestDatabase({ demo: true });
let db: Db;

/** The file contract of each kind, written out: a changed column must change this test too. */
const L = (base: string) => [`${base}_fi`, `${base}_sv`, `${base}_en`];
const contract = {
  measures: ["id", "goal", "priorities", ...L("title"), ...L("description"), "status", "progress", "start_date", "due_date", "due_precision", "unit", "weight", "visibility", "internal_notes", "round", "round_cut_off", "round_status", "round_progress", ...L("round_narrative"), "round_written"],
  "progress-updates": ["id", "measure_id", "measure", "date", ...L("body"), "visibility", "author"],
  "advocacy-actions": ["id", "type", "priority", ...L("title"), ...L("summary"), "date", "audience", "consultation", "ministry", "deadline", "declined", "responsible", ...L("outcome"), "visibility", "internal_notes"],
  asks: ["id", "programme_year", "priority", ...L("wording"), ...L("justification"), ...L("target"), "outcome", ...L("evidence"), "evidence_ref", "visibility", "internal_notes"],
  "indicator-values": ["indicator_id", "indicator", "kind", "date", "value", "note"],
};
type Kind = keyof typeof contract;

const get = (kind: string, format: "csv" | "xlsx") => GET(new Request(`http://localhost/api/staff/export/${kind}?format=${format}`), { params: Promise.resolve({ kind }) });

beforeAll(async () => {
  db = await getDb();
});

describe("staff exports", () => {
  it("each kind's CSV and .xlsx carry the contract's headers and every row", async () => {
    current.actor = await actorByEmail(db, "coordinator@example.com");
    for (const kind of Object.keys(contract) as Kind[]) {
      const csvRes = await get(kind, "csv");
      expect(csvRes.status, kind).toBe(200);
      expect(csvRes.headers.get("content-type")).toContain("text/csv");
      expect(csvRes.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
      const csv = parseCsv(await csvRes.text());
      expect(csv.header, kind).toEqual(contract[kind]);
      expect(csv.records.length, kind).toBeGreaterThan(0);
      expect(csv.records.every((r) => r.values.length === contract[kind].length)).toBe(true);

      const xlsxRes = await get(kind, "xlsx");
      expect(xlsxRes.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsxRes.arrayBuffer());
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header, kind).toEqual(contract[kind]);
      expect(sheet.rowCount - 1, kind).toBe(csv.records.length);
    }
  });

  it("a measure's row holds its latest written round text; archived items are left out; formula-like text is neutralised in CSV", async () => {
    current.actor = await actorByEmail(db, "admin@example.com");
    const [entry] = await db.select().from(roundEntries).where(eq(roundEntries.measureId, (await db.select({ id: measures.id }).from(measures).limit(1))[0]!.id));
    // The seed's published round 05/2022 wrote every measure's text.
    const rows = parseCsv(await (await get("measures", "csv")).text());
    const col = (name: string) => contract.measures.indexOf(name);
    const row = rows.records.find((r) => r.values[0] === entry!.measureId)!;
    expect(row.values[col("round")]).toBe("Seuranta 05/2022");
    expect(row.values[col("round_cut_off")]).toBe("2022-05-31");
    expect(row.values[col("round_narrative_fi")]).toBe(entry!.narrative?.fi ?? "");

    const [ask] = await db.select().from(governmentAsks).limit(2);
    const [archived] = await db.select().from(governmentAsks).offset(1).limit(1);
    await db.update(governmentAsks).set({ internalNotes: "=HYPERLINK(\"http://evil\")" }).where(eq(governmentAsks.id, ask!.id));
    await db.update(governmentAsks).set({ archivedAt: new Date() }).where(eq(governmentAsks.id, archived!.id));
    const text = await (await get("asks", "csv")).text();
    const asks = parseCsv(text);
    const notes = asks.records.find((r) => r.values[0] === ask!.id)!.values[contract.asks.indexOf("internal_notes")]!;
    expect(notes.startsWith("=")).toBe(false);
    expect(restoreFormula(notes)).toBe("=HYPERLINK(\"http://evil\")");
    expect(asks.records.some((r) => r.values[0] === archived!.id)).toBe(false);
  });

  it("only executives, coordinators and admins may export (editors 403, signed out 401); an unknown kind is a 404", async () => {
    for (const [email, status] of [["executive@example.com", 200], ["coordinator@example.com", 200], ["admin@example.com", 200], ["editor@example.com", 403]] as const) {
      current.actor = await actorByEmail(db, email);
      for (const kind of Object.keys(contract)) expect((await get(kind, "csv")).status, `${email} ${kind}`).toBe(status);
    }
    current.actor = null;
    expect((await get("measures", "xlsx")).status).toBe(401);
    current.actor = await actorByEmail(db, "admin@example.com");
    expect((await get("users", "csv")).status).toBe(404);
  });
});
