import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "./dates";

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
  const format = (field: string, value: unknown): string | null => {
    if (typeof value !== "string") return null;
    if (field === "status") return tStatus.has(value) ? tStatus(value) : value;
    if (field === "scope") return tScope.has(value) ? tScope(value) : value;
    if (field === "state") return tMs.has(value) ? tMs(value) : value;
    if (field === "visibility") return tVis(value === "public" ? "public" : "internal");
    if (field === "startPrecision" || field === "duePrecision") return t(`precision.${value}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatFlexibleDate(value, "day", locale);
    return null;
  };
  return { fieldLabels, format };
}
