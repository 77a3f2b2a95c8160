import ExcelJS from "exceljs";

/**
 * .xlsx workbooks through exceljs: one sheet per table, a bold frozen header
 * row, numbers as numbers, euro amounts with a euro number format, dates as
 * real dates. Text cells are always text (never formulas), so no
 * neutralising apostrophe is needed here.
 */
export type XlsxCell = string | number | null | undefined | { money: number } | { date: string };
export type XlsxSheet = { name: string; header: string[]; rows: XlsxCell[][]; widths?: number[] };

const EURO_FORMAT = '#,##0.00\\ "€"';
const DATE_FORMAT = "yyyy\\-mm\\-dd";

/** Characters XML 1.0 cannot carry (a file with them would not open). */
const stripControl = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

/** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = stripControl(name).replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function isoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

export async function toXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: "frozen", ySplit: 1, topLeftCell: "A2" }] });
    ws.columns = sheet.header.map((h, i) => ({ width: sheet.widths?.[i] ?? Math.min(60, Math.max(10, h.length + 2)) }));
    ws.addRow(sheet.header.map(stripControl)).font = { bold: true };
    for (const cells of sheet.rows) {
      const row = ws.addRow([]);
      cells.forEach((cell, i) => {
        if (cell === null || cell === undefined || cell === "") return;
        const target = row.getCell(i + 1);
        if (typeof cell === "number") target.value = cell;
        else if (typeof cell === "string") target.value = stripControl(cell);
        else if ("money" in cell) {
          target.value = cell.money / 100;
          target.numFmt = EURO_FORMAT;
        } else {
          const date = isoDate(cell.date);
          if (!date) return;
          target.value = date;
          target.numFmt = DATE_FORMAT;
        }
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
