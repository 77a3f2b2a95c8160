/**
 * CSV in and out, without dependencies: RFC 4180 quoting, comma or semicolon
 * (detected from the header line), CRLF or LF, a UTF-8 byte-order mark
 * tolerated. Every record keeps the line number it starts on, so errors can
 * name the line a person sees in their editor.
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

/** Comma or semicolon: whichever occurs more often outside quotes on the first line. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Parse a whole file. Blank lines are skipped; a record's line is the line it starts on. */
export function parseCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let line = 1;
  let field = "";
  let values: string[] = [];
  let recordLine = 1;
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const endField = () => {
    values.push(wasQuoted ? field : field.trim());
    field = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(values.length === 1 && values[0] === "")) rows.push({ line: recordLine, values });
    values = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        // After a closing quote only a delimiter, a line end or spaces may follow.
        while (text[i] === " " || text[i] === "\t") i++;
        if (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") throw new CsvSyntaxError(line, "quoteInField");
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      wasQuoted = true;
      field = "";
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, "unterminatedQuote");
  if (field !== "" || values.length) endRecord();
  const [head, ...records] = rows;
  if (!head) throw new CsvSyntaxError(1, "empty");
  return { delimiter, header: head.values, records };
}

/** A cell for a spreadsheet: text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+@\t\r]/.test(value) || (/^-/.test(value) && !/^-[\d.,\s]+$/.test(value)) ? `'${value}` : value;
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Write rows as CSV text with CRLF line ends and a byte-order mark, so that
 * Excel opens UTF-8 (ä, ö, å) correctly. Semicolons by default: Excel in
 * Finnish and Swedish locales splits on them.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][], options: { delimiter?: "," | ";"; bom?: boolean } = {}): string {
  const delimiter = options.delimiter ?? ";";
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? "" : quote(typeof cell === "number" ? String(cell) : neutraliseFormula(cell), delimiter))).join(delimiter),
  );
  return (options.bom === false ? "" : "\ufeff") + lines.join("\r\n") + "\r\n";
}
