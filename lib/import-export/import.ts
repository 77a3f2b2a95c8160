import type { z } from "zod";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { fieldErrorsFromZod } from "@/lib/actions/zod-errors";
import { restoreFormula } from "./csv";
import { FIELD_PREFIX, type ImportSummary, type RowError } from "./result";
export { rowErrorsFromFields, type ImportSummary, type RowError } from "./result";
import { currentImportProgress } from "./jobs";
import { csvSheet, SheetError, type Sheet } from "./sheet";

/**
 * The generic, all-or-nothing CSV import used by every area (EU projects,
 * networks, …):
 *
 *   1. `validateCsv(text, spec)` parses the file and checks every row with the
 *      spec's zod schema: the result is either all rows, typed, or every bad
 *      row with its line number and reason.
 *   2. Inside the action's transaction, `applyAllOrNothing(rows, apply)`
 *      upserts row by row; `apply` may report row problems that need the
 *      database (an unknown programme code, …). If any row failed, it throws
 *      `importRejected(errors)`, which rolls the whole transaction back.
 *   3. The form reads the failure with `rowErrorsFromFields(result.fields)`.
 */

/** A column the file may have. `headers` are the accepted names (any language), matched loosely. */
export type ImportColumn = { key: string; headers?: string[]; required?: boolean };

export type ImportSpec<T> = {
  columns: readonly ImportColumn[];
  /** Validates one row given as { columnKey: cellText } (columns the file lacks are empty strings). */
  row: z.ZodType<T>;
  /** The upsert key of a row (e.g. its external id); duplicates within one file are refused. */
  keyOf: (row: T) => string;
  /** The column that holds the key, for error messages. */
  keyColumn: string;
  /** Refuse files with more data rows than this. */
  maxRows?: number;
};

/** A checked row; `present` is the set of column keys the file has (the same for every row of a file). */
export type ValidatedRow<T> = { line: number; data: T; present: ReadonlySet<string> };
/**
 * A progress report: rows done of total in a phase. Without one given, the
 * import's progress job gets it (lib/import-export/jobs.ts); it may await, to
 * let the progress polls in between chunks of rows.
 */
export type ImportProgress = (phase: "validate" | "apply", done: number, total: number) => void | Promise<void>;
/** Rows between two progress reports: about 200 reports a phase, and not more often than every 50 (100) rows… */
const reportEvery = (total: number, least: number) => Math.max(least, Math.ceil(total / 200));
/**
 * …and at least every REPORT_MS, because the job's reporter lets other
 * requests in then: on the embedded database every query of the import runs
 * without giving the event loop a turn, and answering a progress poll takes
 * Next a dozen turns (with reports only every 50 rows a poll waited 16 s).
 */
const REPORT_MS = 50;
/** What applying one row did; an update says how many stored values it cleared. */
export type RowOutcome = "created" | "updated" | "unchanged" | { updated: true; cleared: number };

export const DEFAULT_MAX_ROWS = 50_000;

/** "EU contribution (€)" → "eucontribution": compare headers without case, spaces, punctuation or accents. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/** The file's own column names → the app's column keys; "" = the column is not imported. */
export type ColumnMapping = Record<string, string>;

/** The app column a file column maps to by itself: its key, or one of its accepted names (any language). */
export function autoColumn(spec: { columns: readonly ImportColumn[] }, header: string): string | null {
  const wanted = normaliseHeader(header);
  if (!wanted) return null;
  for (const c of spec.columns) for (const h of [c.key, ...(c.headers ?? [])]) if (normaliseHeader(h) === wanted) return c.key;
  return null;
}

/** A CSV text checked as `validateSheet` checks any file. */
export async function validateCsv<T>(text: string, spec: ImportSpec<T>, onProgress?: ImportProgress) {
  let sheet: Sheet;
  try {
    sheet = csvSheet(text);
  } catch (error) {
    if (error instanceof SheetError) return { ok: false as const, errors: [{ line: error.row, message: { key: error.key, params: error.params } }], rows: [] };
    throw error;
  }
  return validateSheet(sheet, spec, { onProgress });
}

/**
 * Check every row of a sheet with the spec's zod schema: the result is either
 * all rows, typed, or every problem with its spreadsheet row number. The
 * file's columns are matched to the spec's by `mapping` (what the person
 * chose) and otherwise by name (`autoColumn`; the app's own export headers map
 * themselves); a column mapped to "" is left out.
 */
export async function validateSheet<T>(
  sheet: Sheet,
  spec: ImportSpec<T>,
  options: { mapping?: ColumnMapping; onProgress?: ImportProgress } = {},
): Promise<{ ok: true; rows: ValidatedRow<T>[] } | { ok: false; errors: RowError[]; rows: ValidatedRow<T>[] }> {
  const { mapping } = options;
  const onProgress = options.onProgress ?? currentImportProgress();
  const known = new Set(spec.columns.map((c) => c.key));
  const headerLine = sheet.headerRow;
  const errors: RowError[] = [];
  const keys: (string | null)[] = sheet.header.map((h) => {
    if (!h.trim()) return null;
    if (mapping && Object.hasOwn(mapping, h)) {
      const chosen = mapping[h] ?? "";
      if (chosen === "") return null;
      if (known.has(chosen)) return chosen;
    }
    const key = autoColumn(spec, h);
    if (!key) errors.push({ line: headerLine, column: h, message: { key: "import.unknownColumn", params: { column: h } } });
    return key ?? null;
  });
  const seenKeys = new Set<string>();
  for (const [i, key] of keys.entries()) {
    if (!key) continue;
    if (seenKeys.has(key)) errors.push({ line: headerLine, column: sheet.header[i], message: { key: "import.duplicateColumn", params: { column: sheet.header[i] ?? key } } });
    seenKeys.add(key);
  }
  for (const c of spec.columns) {
    if (c.required && !seenKeys.has(c.key)) errors.push({ line: headerLine, column: c.key, message: { key: "import.missingColumn", params: { column: c.key } } });
  }
  if (errors.length) return { ok: false, errors, rows: [] };
  if (sheet.rows.length === 0) return { ok: false, errors: [{ line: headerLine + 1, message: { key: "import.noRows" } }], rows: [] };
  const maxRows = spec.maxRows ?? DEFAULT_MAX_ROWS;
  if (sheet.rows.length > maxRows) return { ok: false, errors: [{ line: headerLine, message: { key: "import.tooManyRows", params: { max: maxRows } } }], rows: [] };

  const rows: ValidatedRow<T>[] = [];
  const present: ReadonlySet<string> = seenKeys;
  const lineOfKey = new Map<string, number>();
  const total = sheet.rows.length;
  const restore = sheet.format === "csv" ? restoreFormula : (v: string) => v;
  await onProgress?.("validate", 0, total);
  const every = reportEvery(total, 100);
  let reported = performance.now();
  for (const [index, { row: line, values }] of sheet.rows.entries()) {
    const record = { line, values };
    if (record.values.length > keys.length && record.values.slice(keys.length).some((v) => v !== "")) {
      errors.push({ line: record.line, message: { key: "import.tooManyCells", params: { expected: keys.length, found: record.values.length } } });
      continue;
    }
    const raw: Record<string, string> = {};
    for (const c of spec.columns) raw[c.key] = ""; // a column the file does not have reads as empty cells
    // The apostrophe our CSV export puts before formula-like text comes off again, so export → import is lossless.
    for (const [i, key] of keys.entries()) if (key) raw[key] = restore(record.values[i] ?? "");
    const result = spec.row.safeParse(raw);
    if (!result.success) {
      for (const [column, messages] of Object.entries(fieldErrorsFromZod(result.error))) {
        for (const message of messages) errors.push({ line: record.line, column: column === "_form" ? undefined : column, message });
      }
    } else {
      const key = spec.keyOf(result.data);
      const earlier = lineOfKey.get(key);
      if (earlier !== undefined) {
        errors.push({ line: record.line, column: spec.keyColumn, message: { key: "import.duplicateKey", params: { key, line: earlier } } });
      } else {
        lineOfKey.set(key, record.line);
        rows.push({ line: record.line, data: result.data, present });
      }
    }
    if (onProgress && ((index + 1) % every === 0 || performance.now() - reported > REPORT_MS)) {
      await onProgress("validate", index + 1, total);
      reported = performance.now();
    }
  }
  await onProgress?.("validate", total, total);
  // On failure the rows that did pass come along, so a caller can also check them against the database and report every bad row at once.
  return errors.length ? { ok: false, errors, rows } : { ok: true, rows };
}

/**
 * Apply validated rows one by one inside the caller's transaction. `apply`
 * returns the problems of a row that only the database can see; when any row
 * has one, every problem is reported and the transaction is rolled back (the
 * thrown ActionError does it), so a file with a bad row changes nothing.
 */
export async function applyAllOrNothing<T>(
  rows: ValidatedRow<T>[],
  apply: (row: ValidatedRow<T>) => Promise<RowOutcome | RowError[]>,
  onProgress: ImportProgress | undefined = currentImportProgress(),
): Promise<ImportSummary> {
  const summary: ImportSummary = { total: rows.length, created: 0, updated: 0, unchanged: 0, cleared: 0 };
  const errors: RowError[] = [];
  const every = reportEvery(rows.length, 50);
  let reported = performance.now();
  for (const [index, row] of rows.entries()) {
    const outcome = await apply(row);
    if (Array.isArray(outcome)) errors.push(...outcome);
    else countOutcome(summary, outcome);
    if (onProgress && ((index + 1) % every === 0 || performance.now() - reported > REPORT_MS)) {
      await onProgress("apply", index + 1, rows.length);
      reported = performance.now();
    }
  }
  await onProgress?.("apply", rows.length, rows.length);
  if (errors.length) throw importRejected(errors);
  return summary;
}

/**
 * The one rule for archived rows in every import: a row that matches an
 * archived item is refused (an import neither changes nor revives it).
 */
export function archivedRowError(line: number, column: string): RowError {
  return { line, column, message: { key: "import.archivedRow" } };
}

/** Add one row's outcome to a summary. */
export function countOutcome(summary: ImportSummary, outcome: RowOutcome): void {
  if (typeof outcome === "string") summary[outcome]++;
  else {
    summary.updated++;
    summary.cleared += outcome.cleared;
  }
}

/**
 * The one rule for every import: a column the file has sets the value (an
 * empty cell clears it); a column the file does not have keeps the stored
 * value (on a new item: `current` is the default).
 */
export function fromFile<V>(row: { present: ReadonlySet<string> }, column: string, fileValue: V, current: V): V {
  return row.present.has(column) ? fileValue : current;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * How many stored values an update empties, from a before/after pair of the
 * changed fields: a field that had a value and has none, and for texts in
 * several languages ({ fi, sv, en }) each language that had a text and has none.
 */
export function clearedValues(before: Record<string, unknown>, after: Record<string, unknown>): number {
  let n = 0;
  for (const [key, old] of Object.entries(before)) {
    const next = after[key];
    if (old && next && typeof old === "object" && typeof next === "object" && !Array.isArray(old)) {
      for (const [k, v] of Object.entries(old)) if (!isEmpty(v) && isEmpty((next as Record<string, unknown>)[k])) n++;
    } else if (!isEmpty(old) && isEmpty(next)) n++;
  }
  return n;
}


/** A failure result carrying every row error (as `fields` keyed "row:<line>:<column>"). */
export function importRejected(errors: RowError[]): ActionError {
  const fields: FieldErrors = {};
  for (const e of errors) (fields[`${FIELD_PREFIX}${e.line}:${e.column ?? ""}`] ??= []).push(e.message);
  // Problems of the header line are named as such, not counted as "1 bad row".
  const header = errors.filter((e) => HEADER_PROBLEMS.has(e.message.key));
  if (header.length === errors.length) return new ActionError("invalid", { key: "errors.importHeaderRejected", params: { problems: header.length } }, fields);
  const lines = new Set(errors.filter((e) => !header.includes(e)).map((e) => e.line));
  // A row the person may not change (another unit's item) makes the whole file a refusal, with every problem listed.
  const code = errors.some((e) => e.message.key === NOT_ALLOWED) ? "forbidden" : "invalid";
  return new ActionError(code, { key: "errors.importRejected", params: { rows: lines.size } }, fields);
}

/** The row problem of a row the person may not create or change (lists whose items belong to a unit). */
export const NOT_ALLOWED = "import.notAllowed";

/** The problems `validateCsv` reports on the header line (line 1). */
const HEADER_PROBLEMS = new Set(["import.unknownColumn", "import.duplicateColumn", "import.missingColumn", "import.tooManyRows"]);
