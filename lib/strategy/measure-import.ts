import "server-only";
import type { Db, Tx } from "@/db/client";
import { staffExportRows } from "@/db/queries/exports/staff";
import { loadMeasureForUpdate, saveMeasureRow, type LoadedMeasure } from "@/db/queries/strategy/write-measures";
import { lockMeasureEntry, lockRound, saveRoundEntryRow } from "@/db/queries/strategy/rounds";
import type { ReportingRound } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { measureExportColumns, type MeasureExportRow } from "@/lib/exports/staff";
import { archivedRowError, clearedValues, fromFile, NOT_ALLOWED, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { localizedFromFile } from "@/lib/import-export/localized";
import { canEditOwned, type Actor } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";
import { effectiveEnd } from "./dates";
import { withDatePrecision } from "./history-dates";
import type { MeasureCsvRow } from "./measure-import-spec";
import { reviewStateAfterSave } from "./review-state";

/**
 * Applying one row of a measures' import (the shared all-or-nothing import,
 * lib/import-export/import.ts) into the chosen open reporting round: the
 * measure's own fields and its round text, each merged with what is stored
 * by the one rule (a column the file has sets the value, an empty cell clears
 * it; a column it lacks keeps the stored value), checked against the
 * database and the person's rights (an editor only their unit's measures or
 * those they are a contact person of, as in the forms), then written with
 * the same history records as the measure form and the round entry form.
 */

/** The measure fields an import sets (the rest — goal, unit, weight, links — only in the form). */
const MEASURE_FIELDS = ["title", "description", "status", "progress", "startDate", "startPrecision", "dueDate", "duePrecision", "visibility", "internalNotes"];
const ENTRY_FIELDS = ["narrative", "status", "progress"];
/** Columns shown for reference that the import does not change: a row that changes one is refused. */
const IN_FORM_ONLY = ["goal", "priorities", "unit", "weight"] as const;

/** The round to import into (it must be open), and the export's view of each measure for the reference columns. */
export async function measureImportContext(tx: Tx, roundId: string) {
  const round = await lockRound(tx, roundId);
  if (!round || round.state !== "open") throw new ActionError("invalid", { key: "import.roundNotOpen" }, { round: [{ key: "import.roundNotOpen" }] });
  // Read only when a file has a reference column (one query for the whole file).
  let view: Promise<Map<string, MeasureExportRow>> | null = null;
  const exported = () => (view ??= staffExportRows.measures(tx as unknown as Db).then((rows) => new Map(rows.map((r) => [r.id, r]))));
  const cell = new Map(measureExportColumns.map((c) => [c.header, c]));
  /** What the export writes in a reference column for a measure (numbers as plain text). */
  const referenceText = (row: MeasureExportRow, column: string) => {
    const v = cell.get(column)?.value(row);
    return v === null || v === undefined ? "" : String(v);
  };
  return { round, exported, referenceText };
}
export type MeasureImportContext = Awaited<ReturnType<typeof measureImportContext>>;

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase().replace(/\s*;\s*/g, ";");

/** One row: the measure's fields and its text in the chosen round. */
export async function applyMeasureRow(tx: Tx, ctx: MeasureImportContext, actor: Actor, audit: AuditFn, row: ValidatedRow<MeasureCsvRow>, dryRun: boolean): Promise<RowOutcome | RowError[]> {
  const { line, data: d } = row;
  const errors: RowError[] = [];
  const fail = (column: string, key: string, params?: Record<string, string | number>) => errors.push({ line, column, message: { key, params } });
  if (!d.id) return [{ line, column: "id", message: { key: "errors.required" } }];
  const m = await loadMeasureForUpdate(tx, d.id);
  if (!m) return [{ line, column: "id", message: { key: "errors.unknownItem" } }];
  if (m.archivedAt) return [archivedRowError(line, "id")];
  if (!canEditOwned(actor, { unitId: m.responsibleUnitId, contactIds: m.contactIds }, "strategy.manage", "strategy.editOwn")) return [{ line, column: "id", message: { key: NOT_ALLOWED } }];

  // Goal, priorities, unit and weight are decided in the measure's form (by coordinators): the import does not change them.
  const view = IN_FORM_ONLY.some((c) => row.present.has(c)) ? (await ctx.exported()).get(m.id) : undefined;
  for (const column of IN_FORM_ONLY) {
    if (!view || !row.present.has(column)) continue;
    const sent = column === "weight" ? (d.weight === null ? "" : String(d.weight)) : (d[column] ?? "");
    if (norm(sent) !== norm(ctx.referenceText(view, column))) fail(column, "import.changeInForm");
  }

  const keep = <V>(column: keyof MeasureCsvRow, fileValue: V, stored: V) => fromFile(row, column, fileValue, stored);
  const title = localizedFromFile(row, "title", m.title, { required: true });
  const description = localizedFromFile(row, "description", m.description);
  errors.push(...title.errors, ...description.errors);
  const status = row.present.has("status") ? d.status : m.status;
  if (!status) fail("status", "errors.required");
  const progress = row.present.has("progress") ? d.progress : m.progress;
  if (progress === null) fail("progress", "errors.required");
  const visibility = row.present.has("visibility") ? d.visibility : m.visibility;
  if (!visibility) fail("visibility", "errors.required");
  // A date the file repeats as stored keeps its precision (the export writes a month as its first day).
  const start = keep("start_date", d.start_date, m.startDate ? { date: m.startDate, precision: m.startPrecision } : null);
  const startValue = start && start.date === m.startDate ? { date: m.startDate, precision: m.startPrecision } : start;
  let due = keep("due_date", d.due_date, m.dueDate ? { date: m.dueDate, precision: m.duePrecision } : null);
  if (due && due.date === m.dueDate && due.precision === "day") due = { date: m.dueDate, precision: m.duePrecision };
  if (due && row.present.has("due_precision") && d.due_precision) due = { date: due.date, precision: d.due_precision };
  if (startValue && due && effectiveEnd(due.date, due.precision) < startValue.date) fail("due_date", "errors.dueBeforeStart");

  const entry = await roundText(tx, ctx.round, m, row, fail);
  if (errors.length) return errors;

  const values = {
    title: title.text!,
    description: description.text,
    status: status!,
    progress: progress!,
    startDate: startValue?.date ?? null,
    startPrecision: startValue?.precision ?? "day",
    dueDate: due?.date ?? null,
    duePrecision: due?.precision ?? "day",
    visibility: visibility!,
    internalNotes: keep("internal_notes", d.internal_notes, m.internalNotes),
  };
  const diff = withDatePrecision(changedFields(m as unknown as Record<string, unknown>, { ...m, ...values }, MEASURE_FIELDS), m, { ...m, ...values });
  const measureChanged = Object.keys(diff.after).length > 0;
  const entryChanged = entry !== null && Object.keys(entry.diff.after).length > 0;
  if (!measureChanged && !entryChanged) return "unchanged";
  const cleared = clearedValues(diff.before, diff.after) + (entry ? clearedValues(entry.diff.before, entry.diff.after) : 0);
  if (dryRun) return { updated: true, cleared };
  if (measureChanged) {
    const updated = await saveMeasureRow(tx, m, m.version, { ...values, reviewState: reviewStateAfterSave(actor, m, values.visibility === "public") }, actor);
    await audit({ entityType: "measure", entityId: m.id, action: "import", version: updated.version, ...diff });
  }
  if (entry && entryChanged) {
    const saved = await saveRoundEntryRow(tx, entry.row, entry.row.version, { ...entry.values, writtenAt: new Date(), writtenBy: actor.id }, actor);
    await audit({ entityType: "round_entry", entityId: entry.row.id, action: "import", version: saved.version, before: entry.diff.before, after: { ...entry.diff.after, roundId: entry.row.roundId, measureId: m.id } });
  }
  return { updated: true, cleared };
}

/**
 * The row's text for the chosen round, merged with the stored entry; null
 * when the row has none for it: no round columns, all of them empty on an
 * entry not yet written, or a `round_cut_off` naming another round (the text
 * was exported from that round and stays there).
 */
async function roundText(tx: Tx, round: ReportingRound, m: LoadedMeasure, row: ValidatedRow<MeasureCsvRow>, fail: (column: string, key: string) => void) {
  const d = row.data;
  const columns = ["round_status", "round_progress", "round_narrative_fi", "round_narrative_sv", "round_narrative_en"];
  if (!columns.some((c) => row.present.has(c))) return null;
  if (row.present.has("round_cut_off") && d.round_cut_off && d.round_cut_off.slice(0, 10) !== round.cutOffDate) return null;
  const stored = await lockMeasureEntry(tx, round.id, m.id);
  const empty = columns.every((c) => !row.present.has(c) || (d as Record<string, unknown>)[c] === null);
  if (!stored) {
    if (!empty) fail("round_narrative_fi", "import.notInRound");
    return null;
  }
  if (empty && !stored.writtenAt) return null;
  // The round entry form's rules: the Finnish narrative, a status and a progress are needed.
  const narrative = localizedFromFile(row, "round_narrative", stored.narrative, { required: true });
  for (const e of narrative.errors) fail(e.column!, e.message.key);
  const status = row.present.has("round_status") ? d.round_status : stored.status;
  if (!status) fail("round_status", "errors.required");
  const progress = row.present.has("round_progress") ? d.round_progress : stored.progress;
  if (progress === null) fail("round_progress", "errors.required");
  const values = { narrative: narrative.text, status: status ?? stored.status, progress: progress ?? stored.progress };
  return { row: stored, values, diff: changedFields(stored as unknown as Record<string, unknown>, { ...stored, ...values }, ENTRY_FIELDS) };
}
