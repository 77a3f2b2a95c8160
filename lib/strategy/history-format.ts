import "server-only";
import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate, type Precision } from "./dates";
import { DATE_PRECISION } from "./history-dates";
import { formatDecimal } from "./numbers";


type Values = Record<string, unknown> | null;
type Entry = { before: Values; after: Values };

/** Field labels and value formatting for strategy items' history lists. */
export async function strategyHistoryFormat(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "strategyFields" });
  const tStatus = await getTranslations({ locale, namespace: "status" });
  const tScope = await getTranslations({ locale, namespace: "scope" });
  const tMs = await getTranslations({ locale, namespace: "milestoneState" });
  const tVis = await getTranslations({ locale, namespace: "measureForm" });
  const keys = [
    "title", "description", "status", "progress", "startDate", "startPrecision", "dueDate", "duePrecision", "goalId", "responsibleUnitId",
    "weight", "visibility", "internalNotes", "priorityIds", "contactIds", "milestones", "name", "startYear", "endYear", "scope", "periodId",
    "sortOrder", "body", "date", "state", "unit", "decimals", "values", "targets", "measureIds", "reviewState", "reviewComment", "archivedAt",
    "value", "kind", "note", "copiedFrom",
  ];
  const fieldLabels = Object.fromEntries(keys.map((k) => [k, t.has(k) ? t(k) : k]));
  const state = (s: string) => (tMs.has(s) ? tMs(s) : s);

  const milestone = (m: { title?: LocalizedText; dueDate?: string | null; duePrecision?: Precision; state?: string }) =>
    [pick(m.title, locale), m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision ?? "day", locale) : null, m.state ? state(m.state) : null].filter(Boolean).join(" – ");

  const format = (field: string, value: unknown): string | null => {
    if (field === "milestones" && Array.isArray(value)) return value.length ? value.map(milestone).join("; ") : null;
    if ((field === "values" || field === "targets") && Array.isArray(value)) {
      return value.map((p: { date?: string; value?: string }) => `${formatFlexibleDate(p.date, "day", locale)}: ${formatDecimal(String(p.value ?? ""), locale)}`).join("; ");
    }
    if (typeof value !== "string") return null;
    if (field === "status") return tStatus.has(value) ? tStatus(value) : value;
    if (field === "scope") return tScope.has(value) ? tScope(value) : value;
    if (field === "state") return state(value);
    if (field === "visibility") return tVis(value === "public" ? "public" : "internal");
    if (field === "startPrecision" || field === "duePrecision") return t(`precision.${value}`);
    if (field === "value") return formatDecimal(value, locale);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatFlexibleDate(value, "day", locale);
    return null;
  };

  /** A date recorded with its precision is shown as the reader knows it ("06/2022"), and the precision row goes. */
  const withPrecision = (values: Values): Values => {
    if (!values) return values;
    let out: Record<string, unknown> | null = null;
    for (const [date, precision] of DATE_PRECISION) {
      const d = values[date];
      const p = values[precision];
      if (typeof d === "string" && (p === "day" || p === "month")) {
        out ??= { ...values };
        out[date] = formatFlexibleDate(d, p, locale);
        delete out[precision];
      }
    }
    return out ?? values;
  };
  const prepare = <E extends Entry>(entries: E[]): E[] => entries.map((e) => ({ ...e, before: withPrecision(e.before), after: withPrecision(e.after) }));

  return { fieldLabels, format, prepare };
}
