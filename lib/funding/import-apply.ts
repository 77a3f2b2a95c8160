import "server-only";
import type { Tx } from "@/db/client";
import type { EuProject } from "@/db/schema";
import { fundingImportLookups } from "@/db/queries/funding/write-import";
import { projectHistoryFields } from "@/db/queries/funding/snapshots";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { archivedRowError, clearedValues, fromFile, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { changedFields } from "@/lib/publishing";
import type { Actor } from "@/lib/permissions";
import { insertProject, recordStatusChange, touchProject } from "@/db/queries/funding/write";
import { ENTITY } from "./project-write";
import type { ProjectCsvRow } from "./import-spec";
import { todayInHelsinki } from "@/lib/dates";
import { flexibleDateColumns } from "@/lib/strategy/dates";

/** Lookups an import needs, loaded once per file (not once per row). */
export async function importContext(tx: Tx, rows: ValidatedRow<ProjectCsvRow>[]) {
  const { programmes, unitRows, existing: stored } = await fundingImportLookups(tx, rows.map((r) => r.data.external_id));
  const programmeByName = new Map<string, string>();
  const norm = (s: string) => s.trim().toLowerCase();
  for (const p of programmes) {
    programmeByName.set(norm(p.code), p.id);
    for (const n of [p.name.fi, p.name.sv, p.name.en]) if (n) programmeByName.set(norm(n), p.id);
  }
  const unitByCode = new Map(unitRows.map((u) => [norm(u.code), u.id]));
  const existing = new Map<string, EuProject>(stored.map((p) => [p.externalId, p]));
  return {
    programme: (text: string) => programmeByName.get(norm(text)),
    unit: (code: string) => unitByCode.get(norm(code)),
    existing,
  };
}
export type ImportContext = Awaited<ReturnType<typeof importContext>>;

/** Row problems only the database can see (an archived project, unknown programme or unit). */
export function referenceErrors(ctx: ImportContext, row: ValidatedRow<ProjectCsvRow>): RowError[] {
  const errors: RowError[] = [];
  if (ctx.existing.get(row.data.external_id)?.archivedAt) errors.push(archivedRowError(row.line, "external_id"));
  if (!ctx.programme(row.data.programme)) errors.push({ line: row.line, column: "programme", message: { key: "errors.unknownProgramme" } });
  // Role and status have no default: a new project needs both, and a column the file has cannot empty them
  // (a column the file lacks keeps the stored value). Nothing becomes "partner" or "idea" unasked.
  const current = ctx.existing.get(row.data.external_id);
  for (const column of ["role", "status"] as const) {
    if (row.data[column] !== null) continue;
    if (!current || row.present.has(column)) errors.push({ line: row.line, column, message: { key: "errors.required" } });
  }
  if (row.data.unit && !ctx.unit(row.data.unit)) errors.push({ line: row.line, column: "unit", message: { key: "errors.unknownUnit", params: { unit: row.data.unit } } });
  return errors;
}

/**
 * A row's values. On an update, a column the file has sets the value (an empty
 * cell clears it) and a column it lacks keeps the stored one (`fromFile`).
 * Status and role are required for a new project and cannot be emptied
 * (`referenceErrors`); risk level cannot be empty: an empty or absent cell
 * keeps the stored value, and a new project gets the documented default (low).
 */
function valuesOf(ctx: ImportContext, row: ValidatedRow<ProjectCsvRow>, current?: EuProject) {
  const d = row.data;
  const keep = <V>(column: keyof ProjectCsvRow, fileValue: V, stored: V) => fromFile(row, column, fileValue, stored);
  const sv = keep("name_sv", d.name_sv, current?.name.sv ?? null);
  const en = keep("name_en", d.name_en, current?.name.en ?? null);
  return {
    externalId: d.external_id,
    name: { fi: d.name_fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) },
    acronym: keep("acronym", d.acronym, current?.acronym ?? null),
    programmeId: ctx.programme(d.programme) as string,
    call: keep("call", d.call, current?.call ?? null),
    role: (d.role ?? current?.role) as EuProject["role"],
    totalBudgetCents: keep("total_budget", d.total_budget, current?.totalBudgetCents ?? null),
    euContributionCents: keep("eu_contribution", d.eu_contribution, current?.euContributionCents ?? null),
    // Unknown is not zero: an empty cell (or a new project's absent column) is not known.
    stateFundingCents: keep("state_funding", d.state_funding ?? null, current?.stateFundingCents ?? null),
    ownFundingCents: keep("own_funding", d.own_funding ?? null, current?.ownFundingCents ?? null),
    // Each at the precision the file gives (day, month or year); empty = not known.
    ...flexibleDateColumns("start", keep("start_date", d.start_date, current?.startDate ? { date: current.startDate, precision: current.startPrecision } : null)),
    ...flexibleDateColumns("end", keep("end_date", d.end_date, current?.endDate ? { date: current.endDate, precision: current.endPrecision } : null)),
    responsibleUnitId: keep("unit", d.unit ? (ctx.unit(d.unit) ?? null) : null, current?.responsibleUnitId ?? null),
    cordisId: keep("cordis_id", d.cordis_id, current?.cordisId ?? null),
    kohesioCode: keep("kohesio_code", d.kohesio_code, current?.kohesioCode ?? null),
    decisionNumber: keep("decision_number", d.decision_number, current?.decisionNumber ?? null),
    riskLevel: d.risk_level ?? current?.riskLevel ?? "low",
    internalNotes: keep("internal_notes", d.internal_notes, current?.internalNotes ?? null),
  };
}

/** The fields an import row sets (links, summary and contact person are kept as they are). */
const importedFields = [...projectHistoryFields.filter((f) => !["links", "summary", "contactId"].includes(f))];

/** Upsert one row; status changes are recorded with the row's status date (or today). */
export async function applyProjectRow(
  tx: Tx,
  ctx: ImportContext,
  row: ValidatedRow<ProjectCsvRow>,
  actor: Actor,
  audit: AuditFn,
): Promise<RowOutcome | RowError[]> {
  const problems = referenceErrors(ctx, row);
  if (problems.length) return problems;
  const d = row.data;
  const current = ctx.existing.get(d.external_id);
  const values = valuesOf(ctx, row, current);
  const status = (d.status ?? current?.status) as EuProject["status"];
  const statusDate = d.status_date ?? todayInHelsinki();
  try {
    if (!current) {
      const created = await insertProject(tx, { ...values, status }, "draft", actor);
      await recordStatusChange(tx, created.id, status, statusDate, actor);
      await audit({ entityType: ENTITY, entityId: created.id, action: "import.create", version: 1, after: { ...values, status } });
      ctx.existing.set(d.external_id, created);
      return "created";
    }
    const diff = changedFields(current as unknown as Record<string, unknown>, { ...values, status } as Record<string, unknown>, importedFields);
    if (Object.keys(diff.after).length === 0) return "unchanged";
    if (status !== current.status) await recordStatusChange(tx, current.id, status, statusDate, actor);
    const updated = await touchProject(tx, current, current.version, actor, { ...values, status });
    await audit({ entityType: ENTITY, entityId: current.id, action: "import.update", version: updated.version, ...diff });
    ctx.existing.set(d.external_id, updated);
    return { updated: true, cleared: clearedValues(diff.before, diff.after) };
  } catch (error) {
    // A status date in the future or before the previous change: a problem of this row.
    if (error instanceof ActionError && error.code === "invalid") {
      return Object.values(error.fields ?? {}).flat().map((message) => ({ line: row.line, column: "status_date", message }));
    }
    throw error;
  }
}

/** Without saving: would each row create or update a project? */
export function previewRow(ctx: ImportContext, row: ValidatedRow<ProjectCsvRow>): RowOutcome | RowError[] {
  const problems = referenceErrors(ctx, row);
  if (problems.length) return problems;
  if (row.data.status_date && row.data.status_date > todayInHelsinki()) return [{ line: row.line, column: "status_date", message: { key: "errors.futureDate" } }];
  const current = ctx.existing.get(row.data.external_id);
  if (!current) return "created";
  const values = valuesOf(ctx, row, current);
  const diff = changedFields(current as unknown as Record<string, unknown>, { ...values, status: row.data.status ?? current.status } as Record<string, unknown>, importedFields);
  return Object.keys(diff.after).length ? { updated: true, cleared: clearedValues(diff.before, diff.after) } : "unchanged";
}

