import { z } from "zod";
import { cellDate, cellEnum, cellText, cellUuid } from "@/lib/import-export/cells";
import type { ImportSpec } from "@/lib/import-export/import";

/**
 * The column contract of the indicator values' import: the staff export's
 * own columns (lib/exports/staff.ts, "indicator-values"), so an exported file
 * imports back as it is, plus names a person's own sheet may use. A row is
 * one value (or target) of an indicator on a day: the indicator, the kind and
 * the day are its key. A `value` column the file lacks keeps the stored
 * value; an empty value cell clears it (the value is removed); likewise the
 * note.
 */
export const pointKindValues = ["actual", "target"] as const;
const kindLabels = { actual: ["toteuma", "toteutunut", "arvo", "utfall", "värde", "value"], target: ["tavoite", "tavoitearvo", "mål", "målvärde"] };

export type IndicatorValueCsvRow = { indicator_id: string | null; indicator: string | null; kind: (typeof pointKindValues)[number]; date: string; value: string | null; note: string | null };

/** An exact decimal typed the Finnish or English way ("1 250 000,50"), empty → null. */
const cellDecimal = () =>
  cellText({ optional: true, max: 40 }).transform((v, ctx) => {
    if (v === null) return null;
    const normalized = v.replace(/[\s\u00a0\u202f]/g, "").replace(/^−/, "-").replace(",", ".");
    if (!/^-?\d{1,16}(\.\d{1,4})?$/.test(normalized)) {
      ctx.addIssue({ code: "custom", message: "errors.number" });
      return null;
    }
    return normalized;
  });

export const indicatorValueImportSpec: ImportSpec<IndicatorValueCsvRow> = {
  columns: [
    { key: "indicator_id", headers: ["mittarin tunnus", "indikatorns id"], required: true },
    // The indicator's name, for the person reading the file; not imported (the id says which indicator).
    { key: "indicator", headers: ["mittari", "mittarin nimi", "indikator", "indikatorns namn", "indicator name"] },
    { key: "kind", headers: ["laji", "tyyppi", "typ", "slag"], required: true },
    { key: "date", headers: ["päivä", "päivämäärä", "pvm", "datum", "dag"], required: true },
    { key: "value", headers: ["arvo", "luku", "värde", "amount"] },
    { key: "note", headers: ["huomautus", "muistiinpano", "anteckning", "notes"] },
  ],
  row: z.object({
    indicator_id: cellUuid(),
    indicator: cellText({ optional: true, max: 1000 }),
    kind: cellEnum(pointKindValues, kindLabels),
    date: cellDate(),
    value: cellDecimal(),
    note: cellText({ optional: true, max: 1000 }),
  }) as unknown as z.ZodType<IndicatorValueCsvRow>,
  keyOf: (r) => `${r.indicator_id}:${r.kind}:${r.date}`,
  keyColumn: "indicator_id",
  maxRows: 20_000,
};
