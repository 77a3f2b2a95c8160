import type { LocalizedText } from "@/db/schema/common";
import type { ComparisonRow } from "./types";

/**
 * The rows of a review comparison page (lib/review/types.ts), built the same
 * way for every kind of item: the published value beside the working copy's,
 * null where there is none (e.g. before the first publication).
 */

/** A translated text: one row per language, keyed `key.fi` … and labelled "label (fi)" …; an empty text is none. */
export function localizedRows(key: string, label: string, published: LocalizedText | null | undefined, draft: LocalizedText | null | undefined): ComparisonRow[] {
  return (["fi", "sv", "en"] as const).map((lang) => ({ key: `${key}.${lang}`, label: `${label} (${lang})`, published: published?.[lang] || null, draft: draft?.[lang] || null }));
}

/** A field of a snapshot, as `[key, label, how to show it]`. */
export type ComparedField<S> = [key: string, label: string, show: (snapshot: S) => string | null];

/** One row per field, shown from each snapshot that there is. */
export function fieldRows<S>(published: S | null, draft: S | null, fields: ComparedField<S>[]): ComparisonRow[] {
  return fields.map(([key, label, show]) => ({ key, label, published: published ? show(published) : null, draft: draft ? show(draft) : null }));
}
