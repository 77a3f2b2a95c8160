/**
 * Turn history records (before/after objects) into readable field changes.
 * Pure, shared by every area's history view.
 */
export type FieldChange = { field: string; lang?: "fi" | "sv" | "en"; before: unknown; after: unknown };

const LANGS = ["fi", "sv", "en"] as const;

function isLocalized(v: unknown): v is Record<string, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "fi" in v;
}

/** Equal as data: object key order does not matter (jsonb reorders keys). */
const stable = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(stable).join(",")}]`
    : v && typeof v === "object"
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(",")}}`
      : JSON.stringify(v ?? null);
const same = (a: unknown, b: unknown) => stable(a) === stable(b);

/** The fields that differ between before and after; translatable texts split by language. */
export function fieldChanges(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined, ignore: string[] = []): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignore.includes(k));
  const out: FieldChange[] = [];
  for (const field of keys) {
    const bv = b[field];
    const av = a[field];
    if (same(bv, av)) continue;
    if (isLocalized(bv) || isLocalized(av)) {
      for (const lang of LANGS) {
        const bl = isLocalized(bv) ? (bv[lang] ?? null) : null;
        const al = isLocalized(av) ? (av[lang] ?? null) : null;
        if (!same(bl, al)) out.push({ field, lang, before: bl, after: al });
      }
      continue;
    }
    if (before === null || before === undefined) {
      // A creation: list only what was set.
      if (av === null || av === undefined || (Array.isArray(av) && av.length === 0)) continue;
    }
    out.push({ field, before: bv ?? null, after: av ?? null });
  }
  return out;
}
