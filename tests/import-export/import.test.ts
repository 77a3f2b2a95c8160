import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import { cellDate, cellEnum, cellInt, cellText } from "@/lib/import-export/cells";
import { applyAllOrNothing, rowErrorsFromFields, validateCsv, type ImportSpec } from "@/lib/import-export/import";
import { zMoney } from "@/lib/money-zod";

type Row = { id: string; name: string; fee: number; since: string | null; kind: "city" | "eu"; score: number | null };
const spec: ImportSpec<Row> = {
  columns: [
    { key: "id", headers: ["Tunnus"], required: true },
    { key: "name", headers: ["Nimi", "Namn"], required: true },
    { key: "fee", headers: ["Annual fee (€)"], required: true },
    { key: "since" },
    { key: "kind" },
    { key: "score" },
  ],
  row: z.object({
    id: cellText({ max: 40 }),
    name: cellText(),
    fee: zMoney(),
    since: cellDate({ optional: true }),
    kind: z.preprocess((v) => v || "city", cellEnum(["city", "eu"] as const, { city: ["kaupunkiverkosto"], eu: ["EU-verkosto"] })),
    score: cellInt({ min: 1, max: 5, optional: true }),
  }) as unknown as z.ZodType<Row>,
  keyOf: (r) => r.id,
  keyColumn: "id",
};

describe("validating a CSV import", () => {
  it("accepts a good file with header aliases, Finnish numbers and dates", async () => {
    const result = await validateCsv("Tunnus;Nimi;Annual fee (€);since;kind\nA;Eurocities;1 250,50;1.3.2024;Kaupunkiverkosto\nB;UBC;0;2023-12-31;eu\n", spec);
    // `present`: the columns the file has (score is not one of them).
    const present = new Set(["id", "name", "fee", "since", "kind"]);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, data: { id: "A", name: "Eurocities", fee: 125050, since: "2024-03-01", kind: "city", score: null }, present },
        { line: 3, data: { id: "B", name: "UBC", fee: 0, since: "2023-12-31", kind: "eu", score: null }, present },
      ],
    });
  });

  it("reports every bad row with its line and column", async () => {
    const result = await validateCsv(
      ["id,name,fee,since,score", "A,Good,10,,", "B,,-5,31.2.2024,", "A,Duplicate,1,,", 'C,"Bad money",abc,,9', "D,Ok,1.5,,3"].join("\n"),
      spec,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.message.key])).toEqual([
      [3, "name", "errors.required"],
      [3, "fee", "errors.moneyNegative"],
      [3, "since", "errors.dayDate"],
      [4, "id", "import.duplicateKey"],
      [5, "fee", "errors.money"],
      [5, "score", "errors.range"],
    ]);
  });

  it("refuses unknown and missing columns on line 1", async () => {
    const result = await validateCsv("id;nmae;fee\nA;x;1\n", spec);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.message.key])).toEqual([
      [1, "import.unknownColumn"],
      [1, "import.missingColumn"],
    ]);
  });

  it("refuses a malformed file and an empty one", async () => {
    const bad = await validateCsv('id;name;fee\nA;"unclosed;1\n', spec);
    expect(bad.ok ? null : bad.errors[0]?.message.key).toBe("import.unterminatedQuote");
    const empty = await validateCsv("", spec);
    expect(empty.ok ? null : empty.errors[0]?.message.key).toBe("import.empty");
    const headerOnly = await validateCsv("id;name;fee\n", spec);
    expect(headerOnly.ok ? null : headerOnly.errors[0]?.message.key).toBe("import.noRows");
  });
});

describe("applying all or nothing", () => {
  const present = new Set(["name"]);
  const rows = [
    { line: 2, data: "a", present },
    { line: 3, data: "b", present },
    { line: 4, data: "c", present },
  ];

  it("counts outcomes when every row applies, with the values updates clear", async () => {
    const outcomes = ["created", { updated: true, cleared: 2 }, "unchanged"] as const;
    const summary = await applyAllOrNothing(rows, async (r) => outcomes[r.line - 2]!);
    expect(summary).toEqual({ total: 3, created: 1, updated: 1, unchanged: 1, cleared: 2 });
  });

  it("throws with every row problem so the transaction rolls back", async () => {
    const applied: string[] = [];
    const error = await applyAllOrNothing(rows, async (r) => {
      applied.push(r.data);
      return r.data === "a" ? "created" : [{ line: r.line, column: "programme", message: { key: "x.unknownProgramme" } }];
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    const failure = error as ActionError;
    expect(failure.userMessage).toEqual({ key: "errors.importRejected", params: { rows: 2 } });
    expect(rowErrorsFromFields(failure.fields)).toEqual([
      { line: 3, column: "programme", message: { key: "x.unknownProgramme" } },
      { line: 4, column: "programme", message: { key: "x.unknownProgramme" } },
    ]);
    expect(applied).toEqual(["a", "b", "c"]); // every row is looked at, so every problem is reported
  });
});
