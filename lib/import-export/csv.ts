import { CsvError, parse, type Options } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/**
 * CSV in and out through csv-parse and csv-stringify: RFC 4180 quoting,
 * comma or semicolon (whichever splits the header line into more cells),
 * CRLF, LF or CR, a UTF-8 byte-order mark tolerated. Every record keeps the
 * line number it starts on, so errors can name the line a person sees in
 * their editor. Formula-like text is neutralised on the way out and restored
 * on the way in (`neutraliseFormula` / `restoreFormula`).
 */

export type CsvRecord = { line: number; values: string[] };
export type ParsedCsv = { delimiter: "," | ";"; header: string[]; records: CsvRecord[] };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: "unterminatedQuote" | "quoteInField" | "empty",
  ) {
    super(`CSV syntax error on line ${line}: ${reason}`);
  }
}

const OPTIONS: Options = {
  bom: true,
  // Unquoted cells are trimmed, quoted ones kept as written.
  trim: true,
  skip_empty_lines: true,
  relax_column_count: true,
  // A quote inside an unquoted cell (5" screen) is kept as text.
  relax_quotes: true,
  record_delimiter: ["\r\n", "\n", "\r"],
};

/** Comma or semicolon: whichever splits the first record into more cells (a comma on a tie). */
export function detectDelimiter(text: string): "," | ";" {
  const cells = (delimiter: string) => {
    try {
      return (parse(text, { ...OPTIONS, delimiter, to: 1 }) as string[][])[0]?.length ?? 0;
    } catch {
      return 0;
    }
  };
  return cells(";") > cells(",") ? ";" : ",";
}

// csv-parse counts a CRLF inside quotes as two lines, so each CR and LF counts here.
const lineBreaks = (values: string[]) => values.reduce((n, v) => n + (v.match(/\r|\n/g)?.length ?? 0), 0);

/** Parse a whole file. Blank lines are skipped; a record's line is the line it starts on. */
export function parseCsv(input: string): ParsedCsv {
  const delimiter = detectDelimiter(input);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(input, { ...OPTIONS, delimiter, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof (error as CsvError & { lines?: number }).lines === "number" ? (error as CsvError & { lines: number }).lines : 1;
      throw new CsvSyntaxError(line, error.code === "CSV_QUOTE_NOT_CLOSED" ? "unterminatedQuote" : "quoteInField");
    }
    throw error;
  }
  // csv-parse counts the line a record ends on; a quoted line break inside it moves its start up.
  const rows = parsed.map(({ record, info }) => ({ line: info.lines - lineBreaks(record), values: record })).filter((r) => !(r.values.length === 1 && r.values[0] === ""));
  const [head, ...records] = rows;
  if (!head) throw new CsvSyntaxError(1, "empty");
  return { delimiter, header: head.values, records };
}

/** Text a spreadsheet would run as a formula (after any apostrophes already in front). */
function looksLikeFormula(value: string): boolean {
  const v = value.replace(/^'+/, "");
  return /^[=+@\t\r]/.test(v) || (/^-/.test(v) && !/^-[\d.,\s]+$/.test(v));
}

/** A cell for a spreadsheet: text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** The exact reverse of `neutraliseFormula`, for imports: the apostrophe goes only when export put it there. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && looksLikeFormula(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Write rows as CSV text with CRLF line ends and a byte-order mark, so that
 * Excel opens UTF-8 (ä, ö, å) correctly. Semicolons by default: Excel in
 * Finnish and Swedish locales splits on them.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][], options: { delimiter?: "," | ";"; bom?: boolean } = {}): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : typeof cell === "number" ? String(cell) : neutraliseFormula(cell))));
  return stringify(cells, {
    delimiter: options.delimiter ?? ";",
    record_delimiter: "\r\n",
    bom: options.bom !== false,
    // Line breaks are always quoted (csv-stringify only quotes the record delimiter itself); leading or
    // trailing spaces too, or the reader (which trims unquoted cells) would drop them.
    quoted_match: /[\r\n]|^\s|\s$/,
  });
}
