import type { LocalizedText } from "@/db/schema/common";
import { fromFile, type ImportColumn } from "./import";
import type { RowError } from "./result";

/**
 * A text in three languages as three file columns (`title_fi`, `title_sv`,
 * `title_en`, the staff exports' convention), and back into one
 * `{ fi, sv?, en? }` by the one import rule: a column the file has sets its
 * language (an empty cell clears it), a column it lacks keeps the stored one.
 */
const LANGS = ["fi", "sv", "en"] as const;
const NAMES = { fi: ["suomeksi", "på finska", "in finnish"], sv: ["ruotsiksi", "på svenska", "in swedish"], en: ["englanniksi", "på engelska", "in english"] };

/** The three columns of a text; `names` are the field's own names in the three languages (e.g. ["otsikko", "rubrik", "title"]). */
export function localizedColumns(base: string, names: string[]): ImportColumn[] {
  return LANGS.map((lang) => ({ key: `${base}_${lang}`, headers: names.flatMap((n) => NAMES[lang].map((suffix) => `${n} ${suffix}`)) }));
}

/**
 * The text a row gives `base`, merged with the stored one. A Swedish or
 * English text without the Finnish one is a problem (it would be lost), as in
 * the forms; so is an empty Finnish text of a required field.
 */
export function localizedFromFile(
  row: { line: number; present: ReadonlySet<string>; data: object },
  base: string,
  stored: LocalizedText | null | undefined,
  options: { required?: boolean } = {},
): { text: LocalizedText | null; errors: RowError[] } {
  const data = row.data as Record<string, unknown>;
  const value = (lang: (typeof LANGS)[number]) => fromFile(row, `${base}_${lang}`, (data[`${base}_${lang}`] as string | null) ?? null, stored?.[lang] ?? null);
  const [fi, sv, en] = LANGS.map(value);
  const errors: RowError[] = [];
  if (!fi) {
    if (options.required || sv || en) errors.push({ line: row.line, column: `${base}_fi`, message: { key: "errors.required" } });
    return { text: null, errors };
  }
  return { text: { fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) }, errors };
}
