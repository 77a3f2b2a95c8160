import type { ExportColumn } from "@/lib/import-export/table";

type Field<R> = Extract<keyof R, string>;
type LText = { fi: string; sv: string | null; en: string | null } | null | undefined;

/** `periodId` → `period_id`: a record field's name as a CSV header. */
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * CSV columns that are a record's own fields, each named after its field
 * (`measureCount` → `measure_count`): text, or `[field, "number" | "date"]`.
 * A column computed from the record is written out as an ExportColumn.
 */
export function fieldColumns<R>(...spec: (Field<R> | [Field<R>, "number" | "date"])[]): ExportColumn<R>[] {
  return spec.map((s) => {
    const [field, type] = typeof s === "string" ? [s, undefined] : s;
    return { header: snake(field), ...(type ? { type } : {}), value: (r: R) => r[field] as never } as ExportColumn<R>;
  });
}

/** A translated field as three columns, `<field>_fi`, `_sv`, `_en` (a language not written is empty). */
export function langColumns<R>(...fields: Field<R>[]): ExportColumn<R>[] {
  return fields.flatMap((field) => (["fi", "sv", "en"] as const).map((l) => ({ header: `${snake(field)}_${l}`, value: (r: R) => (r[field] as LText)?.[l] ?? null })));
}
