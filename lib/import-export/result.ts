import type { FieldErrors, Message } from "@/lib/actions/result";

/**
 * What an import answers, in a form the browser may load (no parser in
 * here): a problem by spreadsheet row (`line`: header = 1, in an .xlsx the
 * sheet's own row number), the summary, and the reading of a failure.
 */
export type RowError = { line: number; column?: string; message: Message };
/** `cleared`: stored values the import empties (an empty cell in a column the file has). */
export type ImportSummary = { total: number; created: number; updated: number; unchanged: number; cleared: number };

/** Row problems travel as the failure's `fields`, keyed "row:<row>:<column>". */
export const FIELD_PREFIX = "row:";

/** The row errors of a failed import, by row (for the form and tests). */
export function rowErrorsFromFields(fields: FieldErrors | undefined): RowError[] {
  const out: RowError[] = [];
  for (const [name, messages] of Object.entries(fields ?? {})) {
    if (!name.startsWith(FIELD_PREFIX)) continue;
    const [lineText, ...rest] = name.slice(FIELD_PREFIX.length).split(":");
    const column = rest.join(":") || undefined;
    for (const message of messages) out.push({ line: Number(lineText), column, message });
  }
  return out.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
}

/** The answer of an import route's `?step=columns`: the file's columns mapped to the list's. */
export type ImportColumnsAnswer = {
  format: "csv" | "xlsx";
  headerRow: number;
  rows: number;
  /** The list's columns (the app's). */
  columns: { key: string; required: boolean }[];
  /** The file's columns, each with the app column it maps to ("" = not imported) and where that came from. */
  file: { header: string; key: string; from: "saved" | "name" | "none" }[];
};

/** What a progress job follows: a check (nothing saved) or an import. */
export type ImportStep = "check" | "run";

/**
 * A running or finished import as its progress poll answers it
 * (app/api/staff/import-jobs/[id]): counts only. `checked`: rows through the
 * cell checks; `applied`: rows through the database step (written, in an
 * import; compared with the saved data, in a check) — on a failure 0, as
 * nothing was saved. `total`: data rows of the file, null until it is read.
 */
export type ImportJobView = {
  id: string;
  list: string;
  step: ImportStep;
  phase: "waiting" | "read" | "validate" | "apply" | "done" | "failed";
  total: number | null;
  checked: number;
  applied: number;
  summary: ImportSummary | null;
  /** A failure's message; its params are numbers only. */
  message: Message | null;
};
