import "server-only";
import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import type { Locale } from "@/lib/i18n/routing";
import { pick } from "@/lib/i18n/localized";
import type { ComparisonRow } from "@/lib/review/types";
import { formatFlexibleDate, type Precision } from "../dates";
import { formatDecimal } from "../numbers";
import type { FieldSpec } from "./specs";
import { localizedRows } from "@/lib/review/compare";

type Names = Map<string, LocalizedText>;

/** Rows comparing a published snapshot with a draft one, formatted for the reader. */
export async function comparisonRows(
  fields: FieldSpec[],
  published: Record<string, unknown> | null,
  draft: Record<string, unknown> | null,
  locale: Locale,
  names: Names,
): Promise<ComparisonRow[]> {
  const t = await getTranslations({ locale, namespace: "strategyFields" });
  const tStatus = await getTranslations({ locale, namespace: "status" });
  const tScope = await getTranslations({ locale, namespace: "scope" });
  const tMilestone = await getTranslations({ locale, namespace: "milestoneState" });
  const tLinks = await getTranslations({ locale, namespace: "links" });
  const rows: ComparisonRow[] = [];

  const fmt = (f: FieldSpec, s: Record<string, unknown> | null): string | null => {
    if (!s) return null;
    const v = s[f.key];
    if (v === null || v === undefined || v === "") return null;
    switch (f.kind) {
      case "status":
        return tStatus(String(v));
      case "scope":
        return tScope(String(v));
      case "percent":
        return `${v} %`;
      case "date":
        return formatFlexibleDate(String(v), ((f.precisionKey ? s[f.precisionKey] : "day") as Precision) ?? "day", locale);
      case "unit":
      case "priorities":
      case "measures": {
        const ids = Array.isArray(v) ? (v as string[]) : [String(v)];
        if (!ids.length) return null;
        return ids.map((id) => pick(names.get(id), locale) || id).join("\n");
      }
      case "milestones": {
        const list = v as { title: LocalizedText; dueDate: string | null; duePrecision: Precision; state: string }[];
        if (!list.length) return null;
        return list.map((m) => `${pick(m.title, locale)} – ${m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : "–"} – ${tMilestone(m.state)}`).join("\n");
      }
      case "links": {
        const keys = v as string[];
        if (!keys.length) return null;
        return keys.map((k) => `${tLinks(`kinds.${k.slice(0, k.indexOf(":"))}`)}: ${pick(names.get(k), locale) || "?"}`).join("\n");
      }
      case "points": {
        const list = v as { date: string; value: string }[];
        if (!list.length) return null;
        return list.map((p) => `${formatFlexibleDate(p.date, "day", locale)}: ${formatDecimal(p.value, locale)}`).join("\n");
      }
      default:
        return String(v);
    }
  };

  for (const f of fields) {
    if (f.kind === "localized") {
      rows.push(...localizedRows(f.key, t(f.key), published?.[f.key] as LocalizedText | null | undefined, draft?.[f.key] as LocalizedText | null | undefined));
    } else {
      rows.push({ key: f.key, label: t(f.key), published: fmt(f, published), draft: fmt(f, draft) });
    }
  }
  return rows;
}
