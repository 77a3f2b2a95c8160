import { toCsv } from "./csv";
import { toXlsx, type XlsxCell, type XlsxSheet } from "./xlsx";
import { centsToDecimalString } from "@/lib/money";

/**
 * One export definition, two formats: a list of typed columns turned into
 * CSV (re-importable: money as plain "1234.56", dates ISO) or into an .xlsx
 * sheet (money and dates as real spreadsheet values).
 */
export type ExportColumn<T> =
  | { header: string; type?: "text"; value: (row: T) => string | null | undefined }
  | { header: string; type: "number"; value: (row: T) => number | null | undefined }
  | { header: string; type: "money"; value: (row: T) => number | null | undefined }
  | { header: string; type: "date"; value: (row: T) => string | null | undefined };

export type ExportTable<T> = { name: string; columns: ExportColumn<T>[]; rows: T[] };

export function tableToCsv<T>(table: ExportTable<T>, options: { delimiter?: "," | ";" } = {}): string {
  const rows = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return "";
      if (c.type === "money") return centsToDecimalString(v as number);
      return v;
    }),
  );
  return toCsv(
    table.columns.map((c) => c.header),
    rows,
    options,
  );
}

/** One table as a spreadsheet sheet (money and dates as real values). */
export function tableToSheet<T>(table: ExportTable<T>): XlsxSheet {
  return {
    name: table.name,
    header: table.columns.map((c) => c.header),
    widths: table.columns.map((c) => (c.type === "money" ? 16 : c.type === "date" ? 12 : Math.min(50, Math.max(12, c.header.length + 2)))),
    rows: table.rows.map((row) =>
      table.columns.map((c): XlsxCell => {
        const v = c.value(row);
        if (v === null || v === undefined) return null;
        if (c.type === "money") return { money: v as number };
        // A date known only to the month or year ("2022-06", "1994") stays text; a full date is a real date.
        if (c.type === "date") return /^\d{4}-\d{2}-\d{2}$/.test(v as string) ? { date: v as string } : (v as string);
        return v;
      }),
    ),
  };
}

/** A workbook of one or more tables of the same row type (mix types with `toXlsx(tables.map(tableToSheet))`). */
export function tablesToXlsx<T>(tables: ExportTable<T>[]): Promise<Buffer> {
  return toXlsx(tables.map((t) => tableToSheet(t)));
}

/** A download response for a route handler. */
export function fileResponse(body: string | Buffer, filename: string, format: "csv" | "xlsx"): Response {
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const data = typeof body === "string" ? body : new Uint8Array(body);
  return new Response(data, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "private, no-store",
    },
  });
}
