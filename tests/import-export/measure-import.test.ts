import ExcelJS from "exceljs";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openRound } from "@/app/[locale]/staff/strategy/rounds/actions";
import { checkMeasuresImport, importMeasures } from "@/app/[locale]/staff/strategy/rounds/[id]/import/actions";
import { POST as measuresRoute } from "@/app/api/strategy/measures/import/route";
import { GET as staffExport } from "@/app/api/staff/export/[kind]/route";
import type { Db } from "@/db/client";
import { auditLog, importMappings, measures, reportingRounds, roundEntries, strategyPeriods, units, type Measure } from "@/db/schema";
import { parseCsv, restoreFormula, toCsv } from "@/lib/import-export/csv";
import { IMPORT_MAPPING_HEADER } from "@/lib/import-export/integrity";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseWith, demoStaff } from "../helpers/actors";
import { importOutcome } from "../helpers/import";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 15 item 1 for measures and their round texts: the one import flow
 * into a chosen open reporting round — the staff export imports back
 * unchanged, every problem at once by spreadsheet row, absent column keeps /
 * empty cell clears, all or nothing, an editor only their unit's measures.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));
let roundId: string;
let mine: Measure;
let theirs: Measure;

beforeAll(async () => {
  const [period] = await db.select().from(strategyPeriods).where(isNull(strategyPeriods.archivedAt)).limit(1);
  const opened = await openRound.execute(coordinator, { periodId: period!.id, nameFi: "Seuranta 11/2026", cutOffDate: "2026-11-30" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  roundId = opened.data.id;
  const all = await db.select().from(measures).where(isNull(measures.archivedAt)).orderBy(measures.id);
  mine = all.find((m) => m.responsibleUnitId === editor.unitId)!;
  theirs = all.find((m) => m.responsibleUnitId && m.responsibleUnitId !== editor.unitId)!;
});

const entryOf = async (measureId: string) => (await db.select().from(roundEntries).where(and(eq(roundEntries.roundId, roundId), eq(roundEntries.measureId, measureId))))[0]!;

async function exportedCsv(): Promise<string> {
  current.actor = coordinator;
  const response = await staffExport(new Request("http://localhost/api/staff/export/measures?format=csv"), { params: Promise.resolve({ kind: "measures" }) });
  expect(response.status).toBe(200);
  return response.text();
}

/** The exported file's rows as header → cell, and back (through the app's own CSV reader and writer). */
function table(csv: string) {
  const parsed = parseCsv(csv);
  return { header: parsed.header, rows: parsed.records.map((r) => r.values.map(restoreFormula)), text: (rows: string[][]) => toCsv(parsed.header, rows) };
}

describe("measures and round texts", () => {
  it("the staff export imports back unchanged (texts exported from another round stay there)", async () => {
    const csv = await exportedCsv();
    expect(csv).toContain("2022-05-31");
    const before = await databaseChecksum(db);
    const r = await importMeasures.execute(coordinator, { csv, round: roundId });
    expect(importOutcome(r)).toMatchObject({ updated: 0, created: 0, cleared: 0 });
    if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
    expect(changedTables(before, await databaseChecksum(db)).filter((t) => t !== "audit_log" && t !== "public_generation")).toEqual([]);
  });

  it("writes a row's round text into the chosen round; the next export → import is unchanged again", async () => {
    const t = table(await exportedCsv());
    const col = (name: string) => t.header.indexOf(name);
    const row = t.rows.find((r) => r[col("id")] === mine.id)!;
    row[col("round_cut_off")] = "";
    row[col("round_narrative_fi")] = "Edistyy hyvin";
    row[col("round_narrative_sv")] = "Framskrider väl";
    row[col("round_status")] = "aikataulussa";
    row[col("round_progress")] = "40";
    const file = t.text([row]);
    expect(importOutcome(await checkMeasuresImport.execute(coordinator, { csv: file, round: roundId }))).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0, cleared: 0 });
    expect(importOutcome(await importMeasures.execute(coordinator, { csv: file, round: roundId }))).toMatchObject({ updated: 1 });
    const entry = await entryOf(mine.id);
    expect(entry).toMatchObject({ narrative: { fi: "Edistyy hyvin", sv: "Framskrider väl" }, status: "on_schedule", progress: 40, writtenBy: coordinator.id });
    expect(entry.writtenAt).not.toBeNull();
    const [history] = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "round_entry"), eq(auditLog.entityId, entry.id)));
    expect(history).toMatchObject({ action: "import" });
    const again = await importMeasures.execute(coordinator, { csv: await exportedCsv(), round: roundId });
    if (again.ok) expect(again.data.unchanged).toBe(again.data.total);
    else throw new Error(JSON.stringify(importOutcome(again)));
  });

  it("every problem at once — cells and database together, by spreadsheet row — and nothing is saved", async () => {
    const [archived] = await db.insert(measures).values({ goalId: mine.goalId, title: { fi: "Arkistoitu toimenpide" }, archivedAt: new Date() }).returning();
    const [otherUnit] = await db.select({ code: units.code }).from(units).where(sql`${units.id} <> ${mine.responsibleUnitId} and ${units.id} <> ${theirs.responsibleUnitId}`).limit(1);
    const [mineUnit] = await db.select({ code: units.code }).from(units).where(eq(units.id, mine.responsibleUnitId!));
    const csv = [
      "id;title_fi;progress;unit;round_narrative_fi;round_narrative_sv;round_progress",
      `${mine.id};${mine.title.fi};150;${mineUnit!.code};;Bara svenska;30`,
      `${archived!.id};X;;;;;`,
      `00000000-0000-4000-8000-000000000000;X;;;;;`,
      `${theirs.id};${theirs.title.fi};${theirs.progress};${otherUnit!.code};Teksti;;101`,
      `ei-tunnus;X;;;;;`,
    ].join("\r\n");
    const before = await databaseChecksum(db);
    const r = await checkMeasuresImport.execute(coordinator, { csv, round: roundId });
    expect(importOutcome(r)).toEqual([
      [2, "progress", "errors.range"],
      [3, "id", "import.archivedRow"],
      [4, "id", "errors.unknownItem"],
      [5, "round_progress", "errors.range"],
      [6, "id", "errors.unknownItem"],
    ]);
    const fixed = csv.replace(";150;", ";100;").replace(";Teksti;;101", ";Teksti;;10");
    expect(importOutcome(await importMeasures.execute(coordinator, { csv: fixed, round: roundId }))).toEqual([
      [2, "round_narrative_fi", "errors.required"],
      [3, "id", "import.archivedRow"],
      [4, "id", "errors.unknownItem"],
      [5, "unit", "import.changeInForm"],
      [6, "id", "errors.unknownItem"],
    ]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a header problem is reported as a header problem (the id column is needed)", async () => {
    const r = await importMeasures.execute(coordinator, { csv: "title_fi;status\r\nX;late\r\n", round: roundId });
    expect(r).toMatchObject({ ok: false, message: { key: "errors.importHeaderRejected" } });
  });

  it("absent column keeps, empty cell clears, and the check says how many values will be cleared", async () => {
    await db.update(measures).set({ description: { fi: "Kuvaus", sv: "Beskrivning" }, internalNotes: "muistiinpano" }).where(eq(measures.id, mine.id));
    const [before] = await db.select().from(measures).where(eq(measures.id, mine.id));
    expect(importOutcome(await importMeasures.execute(coordinator, { csv: `id;status\r\n${mine.id};${before!.status}\r\n`, round: roundId }))).toMatchObject({ unchanged: 1 });
    const csv = `id;description_sv;internal_notes\r\n${mine.id};;\r\n`;
    expect(importOutcome(await checkMeasuresImport.execute(coordinator, { csv, round: roundId }))).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0, cleared: 2 });
    expect(importOutcome(await importMeasures.execute(coordinator, { csv, round: roundId }))).toMatchObject({ updated: 1, cleared: 2 });
    const [after] = await db.select().from(measures).where(eq(measures.id, mine.id));
    expect(after).toMatchObject({ description: { fi: "Kuvaus" }, internalNotes: null, title: before!.title, status: before!.status, progress: before!.progress, version: before!.version + 1 });
  });

  it("an editor imports only their own unit's measures: another unit's row refuses the file, as forbidden", async () => {
    const file = `id;round_narrative_fi;round_status;round_progress\r\n${mine.id};Editorin teksti;late;20\r\n${theirs.id};Vieras teksti;late;20\r\n`;
    const before = await databaseChecksum(db);
    const r = await importMeasures.execute(editor, { csv: file, round: roundId });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(importOutcome(r)).toEqual([[3, "id", "import.notAllowed"]]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
    expect(importOutcome(await importMeasures.execute(editor, { csv: file.split("\r\n").slice(0, 2).join("\r\n"), round: roundId }))).toMatchObject({ updated: 1 });
    expect(await entryOf(mine.id)).toMatchObject({ narrative: { fi: "Editorin teksti" }, status: "late", progress: 20, writtenBy: editor.id });
  });

  it("only into an open round", async () => {
    const [published] = await db.select().from(reportingRounds).where(eq(reportingRounds.cutOffDate, "2022-05-31"));
    const r = await checkMeasuresImport.execute(coordinator, { csv: `id\r\n${mine.id}\r\n`, round: published!.id });
    expect(r).toMatchObject({ ok: false, message: { key: "import.roundNotOpen" } });
  });
});

describe("the route", () => {
  it("an .xlsx of round texts in the person's own columns, into the round given by ?round=", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Seuranta");
    ws.addRow(["Toimenpiteiden seuranta 11/2026"]);
    ws.addRow(["Tunnus", "Toimenpide", "Tilannekuvaus", "Läget", "Tila", "Edistyminen %"]);
    ws.addRow([theirs.id, theirs.title.fi, "Taulukosta tuotu", "Importerat från tabell", "Myöhässä", 55]);
    const body = new Uint8Array(await wb.xlsx.writeBuffer());
    const mapping = { Tunnus: "id", Toimenpide: "", Tilannekuvaus: "round_narrative_fi", Läget: "round_narrative_sv", Tila: "round_status", "Edistyminen %": "round_progress" };
    current.actor = coordinator;
    const post = async (query: string) => {
      const response = await measuresRoute(
        new Request(`http://localhost/api/strategy/measures/import?round=${roundId}${query}`, {
          method: "POST",
          headers: { "content-type": "application/octet-stream", [IMPORT_MAPPING_HEADER]: encodeURIComponent(JSON.stringify(mapping)) },
          body,
        }),
      );
      return { status: response.status, body: (await response.json()) as { ok: boolean; data?: unknown } };
    };
    expect(await post("&check=1")).toMatchObject({ status: 200, body: { ok: true, data: { updated: 1 } } });
    expect(await post("")).toMatchObject({ status: 200, body: { ok: true, data: { updated: 1 } } });
    expect(await entryOf(theirs.id)).toMatchObject({ narrative: { fi: "Taulukosta tuotu", sv: "Importerat från tabell" }, status: "late", progress: 55 });
    const [saved] = await db.select().from(importMappings).where(and(eq(importMappings.userId, coordinator.id), eq(importMappings.list, "measures")));
    expect(saved?.mapping).toEqual(mapping);
  });
});
