import { getLocale, getTranslations } from "next-intl/server";
import { fieldChanges } from "@/lib/history/changes";
import type { LocalizedText as Text } from "@/db/schema/common";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoment } from "@/lib/strategy/dates";
import { LocalizedText } from "@/components/public/LocalizedText";

const isText = (v: unknown): v is Text => typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { fi?: unknown }).fi === "string";

/**
 * The public history of an item: its published versions only, each with
 * what changed in the public fields since the previous publication.
 * `format` renders a field's value for the reader.
 */
export async function PublishedHistory({
  entries,
  fieldLabels,
  format,
  ignore = [],
}: {
  entries: { at: Date; version: number | null; snapshot: Record<string, unknown> | null }[];
  fieldLabels: Record<string, string>;
  format: (field: string, value: unknown, snapshot: Record<string, unknown> | null) => string;
  ignore?: string[];
}) {
  const t = await getTranslations("history");
  const locale = (await getLocale()) as Locale;
  // A content text keeps its own language when it falls back (WCAG 3.1.2); anything else is formatted.
  // A translatable field's change is shown per language ("Title (fi): …"): that language's text carries its `lang`.
  const shown = (field: string, value: unknown, snapshot: Record<string, unknown> | null, lang?: string) =>
    isText(value) ? <LocalizedText text={value} locale={locale} /> : lang && lang !== locale && typeof value === "string" && value ? <span lang={lang}>{value}</span> : format(field, value, snapshot);
  const withChanges = entries.map((e, i) => ({ ...e, previous: entries[i - 1]?.snapshot ?? null, changes: i === 0 ? [] : fieldChanges(entries[i - 1]?.snapshot ?? null, e.snapshot, ignore) }));
  return (
    <section aria-labelledby="published-history" className="mt-12 border-t-2 border-line pt-4">
      <h2 id="published-history" className="mb-3 text-heading-s font-bold">{t("publishedTitle")}</h2>
      {entries.length === 0 ? <p>{t("publishedNone")}</p> : null}
      <ol className="flex flex-col gap-3">
        {[...withChanges].reverse().map((e, idx) => (
          <li key={`${e.at.toISOString()}-${idx}`} className="border-l-4 border-silver pl-3">
            <p className="font-semibold">
              <time dateTime={e.at.toISOString()}>{formatMoment(e.at, locale, false)}</time>
            </p>
            {e === withChanges[0] ? (
              <p className="text-body-s">{t("firstVersion")}</p>
            ) : e.changes.length === 0 ? (
              <p className="text-body-s">{t("noVisibleChanges")}</p>
            ) : (
              <ul className="list-disc pl-6 text-body-s">
                {e.changes.map((c) => (
                  <li key={`${c.field}-${c.lang ?? ""}`}>
                    {fieldLabels[c.field] ?? c.field}
                    {c.lang ? ` (${c.lang})` : ""}: {shown(c.field, c.before, e.previous, c.lang)} → {shown(c.field, c.after, e.snapshot, c.lang)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
