import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { CsvSyntaxError, parseCsv } from "./csv";

/**
 * What every import reads, whatever the file: the header and the data rows,
 * each with the row number a spreadsheet shows (header = row 1 in a plain
 * file, first data row = row 2; in an .xlsx the sheet's real row number).
 * CSV goes through csv-parse, .xlsx through exceljs; the kind of file is
 * told by its content (file-type), not by its name.
 */
export type SheetRow = { row: number; values: string[] };
export type Sheet = { format: "csv" | "xlsx"; headerRow: number; header: string[]; rows: SheetRow[] };

/** A file that cannot be read: the message key (import.*) and the row it concerns. */
export class SheetError extends Error {
  constructor(
    readonly key: string,
    readonly row: number,
    readonly params?: Record<string, string | number>,
  ) {
    super(key);
  }
}

// csv-parse counts a CRLF inside quotes as two lines, so each CR and LF counts here.
const lineBreaks = (values: string[]) => values.reduce((n, v) => n + (v.match(/\r|\n/g)?.length ?? 0), 0);

/**
 * A CSV text as a sheet. A spreadsheet shows a quoted cell with line breaks
 * as one row, so a record's row is its text line less the line breaks inside
 * the records above it; blank lines are rows too (as a spreadsheet shows them).
 */
export function csvSheet(text: string): Sheet {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new SheetError(error.reason === "empty" ? "import.empty" : error.reason === "unterminatedQuote" ? "import.unterminatedQuote" : "import.quoteInField", error.line);
    }
    throw error;
  }
  let inside = lineBreaks(parsed.header);
  const headerRow = 1;
  const rows: SheetRow[] = [];
  for (const record of parsed.records) {
    rows.push({ row: record.line - inside, values: record.values });
    inside += lineBreaks(record.values);
  }
  return { format: "csv", headerRow, header: parsed.header, rows };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** One .xlsx cell as the text an import reads: dates as ISO days, numbers as plain numbers, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    // exceljs gives a spreadsheet day as midnight UTC.
    return Number.isNaN(value.getTime()) ? "" : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("").trim();
    if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in value && typeof value.text === "string") return value.text.trim(); // a hyperlink
    if ("text" in value && value.text && typeof value.text === "object" && "richText" in value.text) return cellText(value.text as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return "";
}

/**
 * The first sheet of an .xlsx workbook. The header is the first row with at
 * least two filled cells (a title row above it, one merged cell, is skipped),
 * or the first row with any text when no row has two.
 */
export async function xlsxSheet(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SheetError("import.unreadable", 1);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError("import.empty", 1);
  const all: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    const cells = row.values as ExcelJS.CellValue[]; // 1-based, [0] unused
    for (let i = 1; i < cells.length; i++) values.push(cellText(cells[i] ?? null));
    while (values.length && values.at(-1) === "") values.pop();
    if (values.length) all.push({ row: number, values });
  });
  if (!all.length) throw new SheetError("import.empty", 1);
  const filled = (r: SheetRow) => r.values.filter((v) => v !== "").length;
  const at = Math.max(0, all.findIndex((r) => filled(r) >= 2));
  const head = all[at]!;
  return { format: "xlsx", headerRow: head.row, header: head.values, rows: all.slice(at + 1) };
}

/**
 * An uploaded file, told by its content: an .xlsx workbook, or else UTF-8
 * text read as CSV. Any other binary file (a PDF, an old .xls, an image) is refused.
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "xlsx") return xlsxSheet(bytes);
  if (type) throw new SheetError("import.wrongType", 1, { type: type.ext });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SheetError("import.notUtf8", 1);
  }
  return csvSheet(text);
}
