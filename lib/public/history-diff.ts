import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";

/**
 * What changed between two published versions of an item, field by field,
 * for people: links between items (ids), ordering and date precisions are
 * not shown as fields of their own.
 */
const hidden = /^(id|sortOrder|.*Id|.*Ids|.*Precision)$/;

export function changedKeys(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => !hidden.test(k) && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

export const isText = (v: unknown): v is LocalizedText => typeof v === "object" && v !== null && "fi" in v && typeof (v as { fi: unknown }).fi === "string";

/** A field's value as text in the reader's language; status-like codes go through `label`. */
export function displayValue(key: string, snapshot: Record<string, unknown>, locale: Locale, label: (key: string, code: string) => string | null): string {
  const v = snapshot[key];
  if (v === null || v === undefined || v === "") return "–";
  if (isText(v)) return pick(v, locale);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const precision = snapshot[`${key.replace(/Date$/, "")}Precision`] === "month" ? "month" : "day";
    return formatFlexibleDate(v, precision, locale);
  }
  if (typeof v === "string") return label(key, v) ?? v;
  if (typeof v === "number") return key === "progress" ? `${v} %` : String(v);
  if (Array.isArray(v)) {
    const titles = v.map((x) => (typeof x === "object" && x && "title" in x && isText((x as { title: unknown }).title) ? pick((x as { title: LocalizedText }).title, locale) : null)).filter(Boolean);
    return titles.length ? titles.join("; ") : String(v.length);
  }
  return "–";
}

/** The snapshot's name for headings: its title, name, wording or body. */
export function snapshotTitle(snapshot: Record<string, unknown>, locale: Locale): string {
  return pick(snapshotText(snapshot), locale);
}

/** The same name as a content text, for rendering with its language (`<LocalizedText>`). */
export function snapshotText(snapshot: Record<string, unknown>): LocalizedText | null {
  for (const key of ["title", "name", "wording", "publicSummary", "body"]) {
    const v = snapshot[key];
    if (isText(v)) return v;
  }
  return null;
}
