import "server-only";
import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate, type Precision } from "./dates";
import { formatDecimal } from "./numbers";

/** Labels and value formatting for the public history of published versions (public fields only). */
export async function publicHistoryFormat(locale: Locale, names: Map<string, LocalizedText> = new Map()) {
  const t = await getTranslations({ locale, namespace: "strategyFields" });
  const tStatus = await getTranslations({ locale, namespace: "status" });
  const tScope = await getTranslations({ locale, namespace: "scope" });
  const tMs = await getTranslations({ locale, namespace: "milestoneState" });
  const tHistory = await getTranslations({ locale, namespace: "history" });
  const fields = ["title", "description", "status", "progress", "startDate", "dueDate", "responsibleUnitId", "priorityIds", "weight", "milestones", "name", "startYear", "endYear", "scope", "body", "date", "unit", "values", "targets", "measureIds", "decimals"];
  const fieldLabels = Object.fromEntries(fields.map((k) => [k, t(k)]));
  const format = (field: string, value: unknown, snapshot?: Record<string, unknown> | null): string => {
    if (value === null || value === undefined || value === "") return tHistory("empty");
    if (typeof value === "object" && !Array.isArray(value) && value !== null && "fi" in value) return pick(value as LocalizedText, locale);
    if (field === "status") return tStatus(String(value));
    if (field === "scope") return tScope(String(value));
    if (field === "progress") return `${value} %`;
    if (field === "milestones" && Array.isArray(value))
      return value.map((m: { title: LocalizedText; dueDate: string | null; duePrecision: Precision; state: string }) => `${pick(m.title, locale)} (${m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : "–"}, ${tMs(m.state)})`).join("; ") || tHistory("empty");
    if ((field === "values" || field === "targets") && Array.isArray(value)) return value.map((p: { date: string; value: string }) => `${formatFlexibleDate(p.date, "day", locale)}: ${formatDecimal(p.value, locale)}`).join("; ");
    if (Array.isArray(value)) return value.map((id) => pick(names.get(String(id)), locale) || String(id)).join(", ") || tHistory("empty");
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const precision = (field === "startDate" ? snapshot?.startPrecision : field === "dueDate" ? snapshot?.duePrecision : "day") as Precision | undefined;
      return formatFlexibleDate(value, precision ?? "day", locale);
    }
    if (typeof value === "string" && names.has(value)) return pick(names.get(value), locale);
    return String(value);
  };
  return { fieldLabels, format };
}
