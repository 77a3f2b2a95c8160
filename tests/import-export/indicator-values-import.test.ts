import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkIndicatorValuesImport, importIndicatorValues } from "@/app/[locale]/staff/strategy/indicators/import/actions";
import { GET as staffExport } from "@/app/api/staff/export/[kind]/route";
import type { Db } from "@/db/client";
import { auditLog, indicatorPoints, indicators, strategyPeriods, units } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseWith, demoStaff } from "../helpers/actors";
import { importOutcome } from "../helpers/import";

/**
 * Issue 15 item 1 for indicator values: the one import flow (CSV or .xlsx,
 * every problem at once by spreadsheet row, all or nothing), the one rule of
 * absent and empty columns, the value form's rights (an editor only their
 * unit's indicators) and rules (a computed indicator takes only targets).
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

let db: Db, coordinator: Actor, editor: Actor;
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));
let own: string;
let other: string;
let computed: string;

beforeAll(async () => {
  const [period] = await db.select({ id: strategyPeriods.id }).from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
  const [otherUnit] = await db.select({ id: units.id }).from(units).where(sql`${units.id} <> ${editor.unitId}`).limit(1);
  const make = async (unitId: string, extra: Partial<typeof indicators.$inferInsert> = {}) =>
    (await db.insert(indicators).values({ periodId: period!.id, title: { fi: "Tuonnin mittari" }, unit: { fi: "kpl" }, responsibleUnitId: unitId, ...extra }).returning())[0]!.id;
  own = await make(editor.unitId!);
  other = await make(otherUnit!.id);
  computed = await make(editor.unitId!, { source: "computed", computation: "statementsPerYear" });
});

const points = async (id: string) =>
  (await db.select().from(indicatorPoints).where(eq(indicatorPoints.indicatorId, id)).orderBy(asc(indicatorPoints.kind), asc(indicatorPoints.date))).map((p) => [p.kind, p.date, p.value, p.note]);

describe("indicator values import", () => {
  it("creates values and targets; every problem at once by spreadsheet row; nothing saved while any row is wrong", async () => {
    const csv = [
      "indicator_id;kind;date;value;note",
      `${own};toteuma;31.12.2024;1 250 000,50;Vuoden luku`,
      `${own};tavoite;2025-12-31;1300000;`,
      `${other};actual;2024-12-31;5;`, // another unit's indicator
      `${computed};actual;2024-12-31;5;`, // a computed indicator's value
      `${own};actual;2024-13-01;x;`, // a bad day and a bad number
      `00000000-0000-4000-8000-000000000000;target;2024-12-31;1;`,
    ].join("\r\n");
    const r = await importIndicatorValues.execute(editor, { csv });
    expect(importOutcome(r)).toEqual([
      [4, "indicator_id", "import.notAllowed"],
      [5, "kind", "errors.computedValues"],
      [6, "date", "errors.dayDate"],
      [6, "value", "errors.number"],
      [7, "indicator_id", "errors.unknownItem"],
    ]);
    expect(await points(own)).toEqual([]);
    const ok = csv.split("\r\n").slice(0, 3).join("\r\n") + `\r\n${computed};target;2025-12-31;40;\r\n`;
    expect(importOutcome(await checkIndicatorValuesImport.execute(editor, { csv: ok }))).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0, cleared: 0 });
    expect(await points(own)).toEqual([]);
    expect(importOutcome(await importIndicatorValues.execute(editor, { csv: ok }))).toMatchObject({ created: 3 });
    expect(await points(own)).toEqual([
      ["actual", "2024-12-31", "1250000.5000", "Vuoden luku"],
      ["target", "2025-12-31", "1300000.0000", null],
    ]);
    // Each changed indicator went to a new version once, with its history.
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "indicator"), eq(auditLog.entityId, own)));
    expect(history.map((h) => h.action).sort()).toEqual(["point_create", "point_create"]);
    const [row] = await db.select().from(indicators).where(eq(indicators.id, own));
    expect(row!.version).toBe(2);
  });

  it("absent column keeps, empty cell clears (an empty value removes the value)", async () => {
    // No note column: the note stays; a changed value is an update.
    expect(importOutcome(await importIndicatorValues.execute(coordinator, { csv: `indicator_id;kind;date;value\r\n${own};actual;2024-12-31;1250001\r\n` }))).toMatchObject({ updated: 1, cleared: 0 });
    expect((await points(own))[0]).toEqual(["actual", "2024-12-31", "1250001.0000", "Vuoden luku"]);
    // No value column: the value stays; an empty note clears the note.
    expect(importOutcome(await importIndicatorValues.execute(coordinator, { csv: `indicator_id;kind;date;note\r\n${own};actual;2024-12-31;\r\n` }))).toMatchObject({ updated: 1, cleared: 1 });
    expect((await points(own))[0]).toEqual(["actual", "2024-12-31", "1250001.0000", null]);
    // An empty value removes the target.
    expect(importOutcome(await importIndicatorValues.execute(coordinator, { csv: `indicator_id;kind;date;value\r\n${own};target;2025-12-31;\r\n` }))).toMatchObject({ updated: 1, cleared: 1 });
    expect(await points(own)).toEqual([["actual", "2024-12-31", "1250001.0000", null]]);
    // A new row without a value column has nothing to save.
    expect(importOutcome(await checkIndicatorValuesImport.execute(coordinator, { csv: `indicator_id;kind;date;note\r\n${own};actual;2023-12-31;x\r\n` }))).toEqual([[2, "value", "errors.required"]]);
  });

  it("a row of an archived indicator is refused like in every import", async () => {
    const [row] = await db.select().from(indicators).where(eq(indicators.id, other));
    await db.update(indicators).set({ archivedAt: new Date() }).where(eq(indicators.id, other));
    expect(importOutcome(await checkIndicatorValuesImport.execute(coordinator, { csv: `indicator_id;kind;date;value\r\n${other};actual;2024-12-31;1\r\n` }))).toEqual([[2, "indicator_id", "import.archivedRow"]]);
    await db.update(indicators).set({ archivedAt: row!.archivedAt }).where(eq(indicators.id, other));
  });

  it("export → import is lossless (CSV and .xlsx): every row unchanged", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      current.actor = coordinator;
      const response = await staffExport(new Request(`http://localhost/api/staff/export/indicator-values?format=${format}`), { params: Promise.resolve({ kind: "indicator-values" }) });
      current.actor = null;
      expect(response.status).toBe(200);
      const file = format === "csv" ? { csv: await response.text() } : { xlsx: Buffer.from(await response.arrayBuffer()).toString("base64") };
      const r = await importIndicatorValues.execute(coordinator, file);
      expect(importOutcome(r)).toMatchObject({ created: 0, updated: 0, cleared: 0 });
      if (r.ok) expect(r.data.unchanged).toBe(r.data.total);
      if (r.ok) expect(r.data.total).toBeGreaterThan(0);
    }
  });
});
