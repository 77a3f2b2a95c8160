import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, toCsv } from "@/lib/import-export/csv";
import { crc32 } from "@/lib/import-export/zip";
import { tableToCsv, tablesToXlsx, type ExportTable } from "@/lib/import-export/table";

/** Read a ZIP's entries back (central directory → local headers → inflate), to check what the writer made. */
function unzip(buf: Buffer): Map<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const localNameLen = buf.readUInt16LE(local + 26);
    const data = inflateRawSync(buf.subarray(local + 30 + localNameLen, local + 30 + localNameLen + size));
    expect(crc32(data)).toBe(crc);
    out.set(name, data.toString("utf8"));
    p += 46 + nameLen;
  }
  return out;
}

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
    const text = toCsv(["a", "b"], [["=SUM(A1)", 'x "y"; z'], ["-12.5", null]]);
    expect(text.startsWith("\ufeff")).toBe(true);
    const back = parseCsv(text);
    expect(back.records.map((r) => r.values)).toEqual([["'=SUM(A1)", 'x "y"; z'], ["-12.5", ""]]);
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

  it("XLSX is a valid workbook with numbers, dates and escaped text", () => {
    const files = unzip(tablesToXlsx([table]));
    expect([...files.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]));
    expect(files.get("xl/workbook.xml")).toContain('name="Projects  2024 25"');
    const sheet = files.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toContain("Älykäs &lt;kaupunki&gt; &amp; co");
    expect(sheet).toContain('<c r="B2" s="2"><v>1250000.50</v></c>');
    expect(sheet).toContain('<c r="B3" s="2"><v>0.07</v></c>');
    // 2024-03-01 is day 45352 of the spreadsheet epoch.
    expect(sheet).toContain('<c r="C2" s="3"><v>45352</v></c>');
  });
});
