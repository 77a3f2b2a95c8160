import ExcelJS from "exceljs";
import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkActivitiesImport, checkAsksImport, importActivities, importAsks } from "@/app/[locale]/staff/advocacy/import/actions";
import { POST as actionsRoute } from "@/app/api/advocacy/actions/import/route";
import { GET as staffExport } from "@/app/api/staff/export/[kind]/route";
import type { Db } from "@/db/client";
import { advocacyActivities, auditLog, goals, governmentAsks, importMappings, priorities, units } from "@/db/schema";
import { IMPORT_MAPPING_HEADER } from "@/lib/import-export/integrity";
import type { ImportColumnsAnswer } from "@/lib/import-export/result";
import type { Actor } from "@/lib/permissions";
import { actorByEmail, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { importOutcome } from "../helpers/import";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 15 item 1 for advocacy actions and government asks: the one import
 * flow (CSV or .xlsx, mapped columns, every problem at once by spreadsheet
 * row, all or nothing), the one rule of absent and empty columns, and the
 * forms' own rights (an editor only for their unit's priorities).
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));
let own: { id: string; title: string };
let other: { id: string; title: string };

beforeAll(async () => {
  const [goal] = await db.select({ id: goals.id }).from(goals).orderBy(asc(goals.sortOrder)).limit(1);
  const [otherUnit] = await db.select({ id: units.id }).from(units).where(sql`${units.id} <> ${editor.unitId}`).limit(1);
  const [a] = await db.insert(priorities).values({ goalId: goal!.id, title: { fi: "Tuonnin oma painopiste", sv: "Importens egen prioritering" }, responsibleUnitId: editor.unitId }).returning();
  const [b] = await db.insert(priorities).values({ goalId: goal!.id, title: { fi: "Tuonnin vieras painopiste" }, responsibleUnitId: otherUnit!.id }).returning();
  own = { id: a!.id, title: a!.title.fi };
  other = { id: b!.id, title: b!.title.fi };
});


async function exported(kind: "advocacy-actions" | "asks", format: "csv" | "xlsx" = "csv") {
  current.actor = coordinator;
  const response = await staffExport(new Request(`http://localhost/api/staff/export/${kind}?format=${format}`), { params: Promise.resolve({ kind }) });
  expect(response.status).toBe(200);
  return format === "csv" ? await response.text() : new Uint8Array(await response.arrayBuffer());
}

describe("advocacy actions", () => {
  it("creates actions from a file in the export's columns; the history records each item and the run", async () => {
    const csv = `type;priority;title_fi;title_sv;date;deadline;ministry;responsible;visibility\r\nlausunto;${own.title};Tuotu lausunto;Importerat utlåtande;;2030-05-01;VM;editor@example.com;sisäinen\r\nmeeting;${own.title};Tuotu tapaaminen;;2030-01-10;;;;\r\n`;
    expect(importOutcome(await checkActivitiesImport.execute(coordinator, { csv }))).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0, cleared: 0 });
    const r = await importActivities.execute(coordinator, { csv });
    expect(importOutcome(r)).toMatchObject({ created: 2 });
    const rows = await db.select().from(advocacyActivities).where(eq(advocacyActivities.priorityId, own.id)).orderBy(advocacyActivities.type);
    expect(rows.map((a) => [a.type, a.title, a.deadline, a.ministry, a.responsibleUserId, a.visibility, a.reviewState])).toEqual([
      ["statement", { fi: "Tuotu lausunto", sv: "Importerat utlåtande" }, "2030-05-01", "VM", editor.id, "internal", "draft"],
      ["meeting", { fi: "Tuotu tapaaminen" }, null, null, null, "public", "draft"],
    ]);
    const history = await db.select({ entityType: auditLog.entityType, action: auditLog.action }).from(auditLog).where(sql`${auditLog.entityId} in (${sql.join([...rows.map((a) => sql`${a.id}`)], sql`, `)}) or ${auditLog.entityType} = 'advocacy_activity_import'`);
    expect(history.filter((h) => h.entityType === "advocacy_activity").length).toBe(2);
    expect(history.filter((h) => h.entityType === "advocacy_activity_import").length).toBe(1);
  });

  it("every problem at once — cells and database together, by spreadsheet row — and nothing is saved", async () => {
    const csv = [
      "id;type;priority;title_fi;title_sv;date;deadline;responsible",
      `;meeting;${own.title};Hyvä;;2030-01-10;;`,
      `;riita;${own.title};Huono;;31.2.2030;;`,
      `;meeting;Ei tällaista painopistettä;Huono;;2030-01-10;;`,
      `00000000-0000-4000-8000-000000000000;meeting;${own.title};Ei ole;;2030-01-10;;`,
      `;statement;${own.title};;Bara svenska;;;nobody@example.com`,
    ].join("\r\n");
    const before = await databaseChecksum(db);
    for (const action of [checkActivitiesImport, importActivities]) {
      const r = await action.execute(coordinator, { csv });
      expect(r).toMatchObject({ ok: false, code: "invalid" });
      expect(importOutcome(r)).toEqual([
        [3, "date", "errors.dayDate"],
        [3, "type", "errors.choice"],
        [4, "priority", "import.unknownPriority"],
        [5, "id", "errors.unknownItem"],
        [6, "deadline", "errors.required"],
        [6, "responsible", "import.unknownPerson"],
        [6, "title_fi", "errors.required"],
      ]);
    }
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a header problem is reported as a header problem", async () => {
    const r = await importActivities.execute(coordinator, { csv: "title_fi;Oma sarake\r\nX;y\r\n" });
    expect(r).toMatchObject({ ok: false, message: { key: "errors.importHeaderRejected" } });
  });

  it("absent column keeps, empty cell clears, and the check says how many values will be cleared", async () => {
    const [a] = await db
      .insert(advocacyActivities)
      .values({ type: "meeting", priorityId: own.id, title: { fi: "Säilyvä", sv: "Bestående", en: "Kept" }, summary: { fi: "Tiivis" }, date: "2030-02-02", audience: "Ministeri", internalNotes: "muisti" })
      .returning();
    // Only id and the English title: everything else stays.
    expect(importOutcome(await importActivities.execute(coordinator, { csv: `id;title_en\r\n${a!.id};Kept\r\n` }))).toMatchObject({ unchanged: 1 });
    // Empty cells in the file's columns clear: the audience, the notes and the Swedish title (3 values).
    const csv = `id;title_sv;audience;internal_notes\r\n${a!.id};;;\r\n`;
    expect(importOutcome(await checkActivitiesImport.execute(coordinator, { csv }))).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0, cleared: 3 });
    expect(importOutcome(await importActivities.execute(coordinator, { csv }))).toMatchObject({ updated: 1, cleared: 3 });
    const [after] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.id, a!.id));
    expect(after).toMatchObject({ title: { fi: "Säilyvä", en: "Kept" }, summary: { fi: "Tiivis" }, date: "2030-02-02", audience: null, internalNotes: null, version: a!.version + 1 });
  });

  it("an editor imports only for their own unit's priorities: one other unit's row refuses the file, every row named", async () => {
    const mine = `type;priority;title_fi;date\r\nmeeting;${own.title};Editorin tapaaminen;2030-03-03\r\n`;
    expect(importOutcome(await importActivities.execute(editor, { csv: mine }))).toMatchObject({ created: 1 });
    const mixed = `${mine}meeting;${other.title};Vieras tapaaminen;2030-03-04\r\n`;
    const before = await databaseChecksum(db);
    const r = await importActivities.execute(editor, { csv: mixed });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(importOutcome(r)).toEqual([[3, "priority", "import.notAllowed"]]);
    // Changing another unit's action, or moving one's own to another unit's priority, is refused the same way.
    const [theirs] = await db.insert(advocacyActivities).values({ type: "meeting", priorityId: other.id, title: { fi: "Vieras" }, date: "2030-01-01" }).returning();
    const [mineRow] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.title, { fi: "Editorin tapaaminen" }));
    const changes = `id;title_fi;priority\r\n${theirs!.id};Muutettu;${other.title}\r\n${mineRow!.id};Siirretty;${other.title}\r\n`;
    expect(importOutcome(await checkActivitiesImport.execute(editor, { csv: changes }))).toEqual([
      [2, "id", "import.notAllowed"],
      [3, "id", "import.notAllowed"],
    ]);
    expect(changedTables(before, await databaseChecksum(db)).filter((t) => t !== "advocacy_activities")).toEqual([]);
  });

  it("a row matching an archived action is refused like in every import", async () => {
    const [a] = await db.insert(advocacyActivities).values({ type: "meeting", priorityId: own.id, title: { fi: "Arkistoitu" }, date: "2030-01-01", archivedAt: new Date() }).returning();
    expect(importOutcome(await checkActivitiesImport.execute(coordinator, { csv: `id;title_fi\r\n${a!.id};Herätetty\r\n` }))).toEqual([[2, "id", "import.archivedRow"]]);
  });

  it("export → import is lossless (CSV and .xlsx): every row unchanged", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const file = await exported("advocacy-actions", format);
      const r = await importActivities.execute(coordinator, format === "csv" ? { csv: file as string } : { xlsx: Buffer.from(file as Uint8Array).toString("base64") });
      expect(importOutcome(r)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
      if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
    }
  });
});

describe("government asks", () => {
  it("creates and updates asks; an adopted ask needs the programme's wording as evidence", async () => {
    const csv = `programme_year;priority;wording_fi;outcome;evidence_fi\r\n2027;${own.title};Tuotu tavoite;odottaa;\r\n2027;${own.title};Toteutunut tavoite;toteutui;\r\n`;
    expect(importOutcome(await importAsks.execute(coordinator, { csv }))).toEqual([[3, "evidence_fi", "errors.evidenceRequired"]]);
    const fixed = csv.replace("toteutui;\r\n", "toteutui;Ohjelman kirjaus\r\n");
    expect(importOutcome(await importAsks.execute(coordinator, { csv: fixed }))).toMatchObject({ created: 2 });
    const rows = await db.select().from(governmentAsks).where(eq(governmentAsks.priorityId, own.id)).orderBy(governmentAsks.outcome);
    expect(rows.map((a) => [a.programmeYear, a.wording.fi, a.outcome, a.evidence])).toEqual([
      [2027, "Tuotu tavoite", "pending", null],
      [2027, "Toteutunut tavoite", "adopted", { fi: "Ohjelman kirjaus" }],
    ]);
    // Marking outcomes: a file of ids and outcomes only keeps the wording.
    const update = `id;outcome;evidence_fi\r\n${rows[0]!.id};partly;Osittain kirjattu\r\n`;
    expect(importOutcome(await importAsks.execute(coordinator, { csv: update }))).toMatchObject({ updated: 1, cleared: 0 });
    const [after] = await db.select().from(governmentAsks).where(eq(governmentAsks.id, rows[0]!.id));
    expect(after).toMatchObject({ wording: { fi: "Tuotu tavoite" }, outcome: "partly", evidence: { fi: "Osittain kirjattu" } });
  });

  it("an editor may not add asks to another unit's priority", async () => {
    const r = await checkAsksImport.execute(editor, { csv: `programme_year;priority;wording_fi\r\n2027;${other.title};Ei saa\r\n` });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(importOutcome(r)).toEqual([[2, "priority", "import.notAllowed"]]);
  });

  it("export → import is lossless: every row unchanged", async () => {
    const r = await importAsks.execute(coordinator, { csv: (await exported("asks")) as string });
    expect(importOutcome(r)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
    if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
  });
});

describe("the route", () => {
  it("an .xlsx in the person's own columns: mapped, imported, the mapping remembered for this list and person", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toimet");
    ws.addRow(["Laji", "Painopiste", "Otsikko", "Pvm", "Muuta"]);
    ws.addRow(["Tapaaminen", own.title, "Taulukon tapaaminen", new Date(Date.UTC(2030, 3, 4)), "ei tuoda"]);
    const body = new Uint8Array(await wb.xlsx.writeBuffer());
    const mapping = { Laji: "type", Painopiste: "priority", Otsikko: "title_fi", Pvm: "date", Muuta: "" };
    const post = async (query: string, map?: Record<string, string>) => {
      const headers: Record<string, string> = { "content-type": "application/octet-stream" };
      if (map) headers[IMPORT_MAPPING_HEADER] = encodeURIComponent(JSON.stringify(map));
      const response = await actionsRoute(new Request(`http://localhost/api/advocacy/actions/import${query}`, { method: "POST", headers, body }));
      return { status: response.status, body: (await response.json()) as { ok: boolean; data?: unknown } };
    };
    current.actor = editor;
    const columns = await post("?step=columns");
    expect((columns.body.data as ImportColumnsAnswer).file.map((f) => f.key)).toEqual(["type", "priority", "", "", ""]);
    expect(await post("", mapping)).toMatchObject({ status: 200, body: { ok: true, data: { created: 1 } } });
    const [a] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.title, { fi: "Taulukon tapaaminen" }));
    expect(a).toMatchObject({ type: "meeting", date: "2030-04-04", priorityId: own.id });
    const [saved] = await db.select().from(importMappings).where(and(eq(importMappings.userId, editor.id), eq(importMappings.list, "advocacy-actions")));
    expect(saved?.mapping).toEqual(mapping);
    current.actor = await actorByEmail(db, "executive@example.com");
    expect((await post("?step=columns")).status).toBe(403);
  });
});
