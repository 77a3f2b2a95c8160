import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, neutraliseFormula, parseCsv, restoreFormula, toCsv } from "@/lib/import-export/csv";
import { tableToCsv, tablesToXlsx, type ExportTable } from "@/lib/import-export/table";

describe("reading CSV", () => {
  it("detects semicolons, strips the BOM and keeps line numbers across quoted line breaks", () => {
    const parsed = parseCsv('\ufeffid;name;amount\r\n1;"Helsinki; ""Smart"" city";"1 250,50"\r\n\r\n2;"two\nlines";3\n');
    expect(parsed.delimiter).toBe(";");
    expect(parsed.header).toEqual(["id", "name", "amount"]);
    expect(parsed.records).toEqual([
      { line: 2, values: ["1", 'Helsinki; "Smart" city', "1 250,50"] },
      { line: 4, values: ["2", "two\nlines", "3"] },
    ]);
  });

  it("reads commas with Finnish decimal commas in quotes", () => {
    const parsed = parseCsv('a,b\n"1,5",x\n');
    expect(parsed.delimiter).toBe(",");
    expect(parsed.records[0]?.values).toEqual(["1,5", "x"]);
  });

  it("reports an unterminated quote with its line", () => {
    expect(() => parseCsv('a;b\n1;2\n3;"oops\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a;b\n1;2\n3;"oops\n');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
    }
  });

  it("round-trips what it writes, and defuses spreadsheet formulas", () => {
    const text = toCsv(["a", "b"], [["=SUM(A1)", 'x "y"; z'], ["-12.5", null], ["two\nlines", " padded "]]);
    expect(text.startsWith("\ufeff")).toBe(true);
    expect(text).toContain("\r\n'=SUM(A1);");
    const back = parseCsv(text);
    expect(back.records.map((r) => r.values)).toEqual([["'=SUM(A1)", 'x "y"; z'], ["-12.5", ""], ["two\nlines", " padded "]]);
    expect(back.records.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("the import's restoreFormula exactly reverses the export's neutraliseFormula", () => {
    const values = ["=SUM(A1)", "+358 40 123", "@home", "-x", "-12.5", "- 3", "'=already quoted", "''=twice", "'plain", "plain", "", "a=b", "\tTab"];
    for (const v of values) expect(restoreFormula(neutraliseFormula(v)), v).toBe(v);
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    // An apostrophe the export did not add is kept.
    expect(restoreFormula("'plain")).toBe("'plain");
    expect(restoreFormula("'-12.5")).toBe("'-12.5");
  });
});

describe("writing exports", () => {
  type Row = { name: string; eu: number; start: string };
  const table: ExportTable<Row> = {
    name: "Projects: 2024/25",
    columns: [
      { header: "name", value: (r) => r.name },
      { header: "eu_contribution", type: "money", value: (r) => r.eu },
      { header: "start_date", type: "date", value: (r) => r.start },
    ],
    rows: [
      { name: "Älykäs <kaupunki> & co", eu: 125000050, start: "2024-03-01" },
      { name: "Two", eu: 7, start: "2023-01-15" },
    ],
  };

  it("CSV money is plain and exact, for re-import", () => {
    const text = tableToCsv(table);
    expect(text).toContain("Älykäs <kaupunki> & co;1250000.50;2024-03-01");
    expect(text).toContain("Two;0.07;2023-01-15");
  });

  it("XLSX is a valid workbook with numbers, dates and text, read back by exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads at run time.
    await workbook.xlsx.load((await tablesToXlsx([table])) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Projects  2024 25");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A1").value).toBe("name");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("Älykäs <kaupunki> & co");
    expect(sheet.getCell("B2").value).toBe(1250000.5);
    expect(sheet.getCell("B2").numFmt).toContain("€");
    expect(sheet.getCell("B3").value).toBe(0.07);
    const start = sheet.getCell("C2");
    expect(start.value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(start.numFmt).toContain("yyyy");
  });
});
