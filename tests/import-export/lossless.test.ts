import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as fundingExport } from "@/app/api/funding/export/route";
import { importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { importNetworks, checkNetworksImport } from "@/app/[locale]/staff/networks/transfer/actions";
import { checkProjectImport } from "@/app/[locale]/staff/funding/import/actions";
import { importActivities, importAsks } from "@/app/[locale]/staff/advocacy/import/actions";
import { importMeasures } from "@/app/[locale]/staff/strategy/rounds/[id]/import/actions";
import { openRound } from "@/app/[locale]/staff/strategy/rounds/actions";
import { GET as staffExport } from "@/app/api/staff/export/[kind]/route";
import type { Db } from "@/db/client";
import { advocacyActivities, euProjects, governmentAsks, indicatorPoints, indicators, measures, networks, roundEntries, strategyPeriods } from "@/db/schema";
import { importIndicatorValues } from "@/app/[locale]/staff/strategy/indicators/import/actions";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import { tableToCsv } from "@/lib/import-export/table";
import { networkExportColumns } from "@/lib/networks/transfer";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseAs } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 14 item 8: export → import is lossless (the apostrophe the export puts
 * before formula-like text is taken off again, and only that one), and every
 * import refuses a row that matches an archived item with the same message.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db;
let coordinator: Actor;
demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));

const formulaLike = ["=HYPERLINK(\"http://x\")", "+358 40 123 4567", "-risk: high", "@mention", "'=already quoted", "'plain apostrophe"];

async function exportFundingCsv(): Promise<string> {
  current.actor = coordinator;
  try {
    const response = await fundingExport(new Request("http://localhost/api/funding/export?format=csv"));
    expect(response.status).toBe(200);
    return await response.text();
  } finally {
    current.actor = null;
  }
}

describe("export → import keeps formula-like text exactly", () => {
  it("EU projects: neutralised on export, restored on import, nothing changes", async () => {
    const [a, b] = await db.select().from(euProjects).where(sql`${euProjects.archivedAt} is null`).orderBy(euProjects.externalId).limit(2);
    await db.update(euProjects).set({ internalNotes: formulaLike[0], acronym: formulaLike[2], call: formulaLike[4] }).where(eq(euProjects.id, a!.id));
    await db.update(euProjects).set({ internalNotes: formulaLike[1], acronym: formulaLike[3], call: formulaLike[5] }).where(eq(euProjects.id, b!.id));
    const csv = await exportFundingCsv();
    // The spreadsheet sees text, not formulas…
    expect(csv).toContain(`'${formulaLike[0]!.replaceAll('"', '""')}`);
    expect(csv).toContain(`;'${formulaLike[2]};`);
    expect(csv).toContain(`;''=already quoted;`);
    expect(csv).toContain(`;'plain apostrophe;`);
    // …and the import reads back what was stored: every row unchanged.
    const before = await databaseChecksum(db);
    const r = await importProjects.execute(coordinator, { csv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0 });
    if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
    // Only the import run's own history record (and the change counter every audited write moves) is written.
    expect(changedTables(before, await databaseChecksum(db)).filter((t) => t !== "audit_log" && t !== "public_generation")).toEqual([]);
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, b!.id));
    expect(after).toMatchObject({ internalNotes: formulaLike[1], acronym: formulaLike[3], call: formulaLike[5] });
  });

  it("dates known to the year or the month, or not at all: EU projects and networks export and import back unchanged", async () => {
    const [a, b, c] = await db.select().from(euProjects).where(sql`${euProjects.archivedAt} is null`).orderBy(euProjects.externalId).limit(3);
    await db.update(euProjects).set({ startDate: "2016-01-01", startPrecision: "year", endDate: "2020-06-01", endPrecision: "month" }).where(eq(euProjects.id, a!.id));
    await db.update(euProjects).set({ startDate: "2017-09-01", startPrecision: "month", endDate: null }).where(eq(euProjects.id, b!.id));
    await db.update(euProjects).set({ startDate: null, endDate: "2024-01-01", endPrecision: "year" }).where(eq(euProjects.id, c!.id));
    const [n, m] = await db.select().from(networks).where(sql`${networks.archivedAt} is null`).orderBy(networks.id).limit(2);
    await db.update(networks).set({ statusSince: null }).where(eq(networks.id, n!.id));
    await db.update(networks).set({ statusSince: "1994-01-01", statusSincePrecision: "year" }).where(eq(networks.id, m!.id));
    const projectsCsv = await exportFundingCsv();
    expect(projectsCsv).toContain(";2016;2020-06;");
    expect(projectsCsv).toContain(";2017-09;;");
    const networksCsv = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows: await listNetworksForExport(db) });
    const before = await databaseChecksum(db);
    const p = await importProjects.execute(coordinator, { csv: projectsCsv });
    expect(p.ok ? p.data : rowErrorsFromFields(p.fields)).toMatchObject({ created: 0, updated: 0 });
    const r = await importNetworks.execute(coordinator, { csv: networksCsv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0 });
    // Only the imports' own history records are new; no row of a project or a network changed.
    expect(changedTables(before, await databaseChecksum(db)).filter((t) => t !== "audit_log" && t !== "public_generation")).toEqual([]);
    expect(await db.select().from(euProjects).where(eq(euProjects.id, a!.id))).toMatchObject([{ startDate: "2016-01-01", startPrecision: "year", endDate: "2020-06-01", endPrecision: "month" }]);
    expect(await db.select().from(networks).where(eq(networks.id, n!.id))).toMatchObject([{ statusSince: null }]);
  });

  it("networks: the same round trip through the network export columns", async () => {
    const [n] = await db.select().from(networks).where(sql`${networks.archivedAt} is null`).limit(1);
    await db.update(networks).set({ internalNotes: formulaLike[0], decisionNumber: formulaLike[4] }).where(eq(networks.id, n!.id));
    const csv = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows: await listNetworksForExport(db) });
    expect(csv).toContain(`;''=already quoted;`);
    const r = await importNetworks.execute(coordinator, { csv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0 });
    const [after] = await db.select().from(networks).where(eq(networks.id, n!.id));
    expect(after).toMatchObject({ internalNotes: formulaLike[0], decisionNumber: formulaLike[4], version: n!.version });
  });

  it("advocacy actions and asks: the staff exports' CSV imports back unchanged, formula-like text included", async () => {
    const [a] = await db.select().from(advocacyActivities).where(sql`${advocacyActivities.archivedAt} is null`).limit(1);
    const [k] = await db.select().from(governmentAsks).where(sql`${governmentAsks.archivedAt} is null`).limit(1);
    await db.update(advocacyActivities).set({ internalNotes: formulaLike[0], audience: formulaLike[4], summary: { fi: formulaLike[2]!, sv: formulaLike[5]! } }).where(eq(advocacyActivities.id, a!.id));
    await db.update(governmentAsks).set({ internalNotes: formulaLike[1], evidenceRef: formulaLike[3] }).where(eq(governmentAsks.id, k!.id));
    for (const [kind, action, table, id] of [
      ["advocacy-actions", importActivities, advocacyActivities, a!.id],
      ["asks", importAsks, governmentAsks, k!.id],
    ] as const) {
      current.actor = coordinator;
      const response = await staffExport(new Request(`http://localhost/api/staff/export/${kind}?format=csv`), { params: Promise.resolve({ kind }) });
      current.actor = null;
      const csv = await response.text();
      expect(csv).toContain("'");
      const [before] = await db.select().from(table).where(eq(table.id, id));
      const r = await action.execute(coordinator, { csv });
      expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
      if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
      const [after] = await db.select().from(table).where(eq(table.id, id));
      expect(after).toEqual(before);
    }
  });

  it("measures and their round texts: the staff export's CSV and .xlsx import back unchanged into an open round", async () => {
    const [period] = await db.select().from(strategyPeriods).where(sql`${strategyPeriods.archivedAt} is null`).limit(1);
    const opened = await openRound.execute(coordinator, { periodId: period!.id, nameFi: "Seuranta 12/2026", cutOffDate: "2026-12-15" });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const [m] = await db.select().from(measures).where(sql`${measures.archivedAt} is null`).limit(1);
    await db.update(measures).set({ internalNotes: formulaLike[0], description: { fi: formulaLike[2]!, sv: formulaLike[5]! } }).where(eq(measures.id, m!.id));
    // A text written in this round, formula-like, exports with this round's cut-off and comes back as it was.
    await db.update(roundEntries).set({ narrative: { fi: formulaLike[1]!, en: formulaLike[3]! }, writtenAt: new Date() }).where(sql`${roundEntries.roundId} = ${opened.data.id} and ${roundEntries.measureId} = ${m!.id}`);
    const [before] = await db.select().from(measures).where(eq(measures.id, m!.id));
    for (const format of ["csv", "xlsx"] as const) {
      current.actor = coordinator;
      const response = await staffExport(new Request(`http://localhost/api/staff/export/measures?format=${format}`), { params: Promise.resolve({ kind: "measures" }) });
      current.actor = null;
      const file = format === "csv" ? { csv: await response.text() } : { xlsx: Buffer.from(await response.arrayBuffer()).toString("base64") };
      const r = await importMeasures.execute(coordinator, { ...file, round: opened.data.id });
      expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
      if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
    }
    const [after] = await db.select().from(measures).where(eq(measures.id, m!.id));
    expect(after).toEqual(before);
  });

  it("indicator values: the staff export's CSV imports back unchanged, a formula-like note included", async () => {
    const [i] = await db.select().from(indicators).where(sql`${indicators.archivedAt} is null`).limit(1);
    await db.insert(indicatorPoints).values({ indicatorId: i!.id, kind: "target", date: "2029-12-31", value: "12.5000", note: formulaLike[0] });
    current.actor = coordinator;
    const response = await staffExport(new Request("http://localhost/api/staff/export/indicator-values?format=csv"), { params: Promise.resolve({ kind: "indicator-values" }) });
    current.actor = null;
    const csv = await response.text();
    expect(csv).toContain("'=HYPERLINK");
    const before = await databaseChecksum(db);
    const r = await importIndicatorValues.execute(coordinator, { csv });
    expect(r.ok ? r.data : rowErrorsFromFields(r.fields)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
    // Only the run's own history record is written.
    expect(changedTables(before, await databaseChecksum(db)).filter((t) => t !== "audit_log" && t !== "public_generation")).toEqual([]);
  });

  it("an apostrophe the export did not add stays (typed by hand before ordinary text)", async () => {
    const [p] = await db.select().from(euProjects).where(sql`${euProjects.archivedAt} is null`).orderBy(euProjects.externalId).limit(1);
    const csv = (await exportFundingCsv()).split("\r\n");
    const header = csv[0]!.replace(/^\ufeff/, "").split(";");
    const row = csv.find((l) => l.startsWith(`${p!.externalId};`))!.split(";");
    row[header.indexOf("internal_notes")] = "'42 is the answer";
    const r = await importProjects.execute(coordinator, { csv: [header.join(";"), row.join(";")].join("\r\n") });
    expect(r).toMatchObject({ ok: true, data: { updated: 1 } });
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, p!.id));
    expect(after?.internalNotes).toBe("'42 is the answer");
  });
});

describe("archived rows are refused the same way in every import", () => {
  it("EU projects: a row matching an archived project is refused with import.archivedRow and nothing changes", async () => {
    const [p] = await db.select().from(euProjects).where(sql`${euProjects.archivedAt} is null`).orderBy(euProjects.externalId).limit(1);
    const csv = (await exportFundingCsv()).split("\r\n");
    const header = csv[0]!.replace(/^\ufeff/, "");
    const line = csv.find((l) => l.startsWith(`${p!.externalId};`))!;
    await db.update(euProjects).set({ archivedAt: new Date() }).where(eq(euProjects.id, p!.id));
    const file = [header, line.replace(`;${p!.name.fi};`, `;${p!.name.fi} (muutettu);`)].join("\r\n");
    const before = await databaseChecksum(db);
    for (const action of [checkProjectImport, importProjects]) {
      const r = await action.execute(coordinator, { csv: file });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(rowErrorsFromFields(r.fields)).toEqual([{ line: 2, column: "external_id", message: { key: "import.archivedRow" } }]);
    }
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, p!.id));
    expect(after?.name.fi).toBe(p!.name.fi);
  });

  it("networks: a row matching an archived network (by id or by name) gets the same message", async () => {
    const [n] = await db.select().from(networks).where(sql`${networks.archivedAt} is null`).limit(1);
    const rows = (await listNetworksForExport(db)).filter((r) => r.id === n!.id);
    await db.update(networks).set({ archivedAt: new Date() }).where(eq(networks.id, n!.id));
    const byId = tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows });
    const byName = byId.replace(`${n!.id};`, ";");
    const before = await databaseChecksum(db);
    for (const [csv, column] of [
      [byId, "id"],
      [byName, "name_fi"],
    ] as const) {
      for (const action of [checkNetworksImport, importNetworks]) {
        const r = await action.execute(coordinator, { csv });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(rowErrorsFromFields(r.fields)).toContainEqual({ line: 2, column, message: { key: "import.archivedRow" } });
      }
    }
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });
});
