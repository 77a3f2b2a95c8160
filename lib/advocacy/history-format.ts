import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";

/** Field labels and value formatting for advocacy items' history lists. */
export async function advocacyHistoryFormat(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "advocacyFields" });
  const tType = await getTranslations({ locale, namespace: "advocacyTypes" });
  const tOutcome = await getTranslations({ locale, namespace: "askOutcomes" });
  const tAud = await getTranslations({ locale, namespace: "planAudiences" });
  const tCh = await getTranslations({ locale, namespace: "planChannels" });
  const tStaff = await getTranslations({ locale, namespace: "staff" });
  const keys = [
    "type", "priorityId", "title", "summary", "date", "audience", "consultation", "ministry", "deadline", "declined", "responsibleUserId",
    "links", "outcome", "internalNotes", "visibility", "programmeYear", "wording", "justification", "target", "evidence", "evidenceRef",
    "objectives", "keyMessages", "audiences", "audienceNotes", "channels", "timeline", "publicSummary", "reviewState", "reviewComment", "archivedAt",
  ];
  const fieldLabels = Object.fromEntries(keys.map((k) => [k, t.has(k) ? t(k) : k]));
  const format = (field: string, value: unknown): string | null => {
    if (field === "audiences" && Array.isArray(value)) return value.map((v) => (tAud.has(String(v)) ? tAud(String(v)) : String(v))).join(", ");
    if (field === "channels" && Array.isArray(value)) return value.map((v) => (tCh.has(String(v)) ? tCh(String(v)) : String(v))).join(", ");
    if (field === "links" && Array.isArray(value)) return (value as { label: string; url: string }[]).map((l) => `${l.label} (${l.url})`).join(", ");
    if (field === "timeline" && Array.isArray(value)) {
      return (value as { date: string; activity: { fi: string } }[]).map((s) => `${formatFlexibleDate(s.date, "day", locale)} ${s.activity.fi}`).join("; ");
    }
    if (typeof value !== "string") return null;
    if (field === "type") return tType.has(value) ? tType(value) : value;
    if (field === "outcome" && tOutcome.has(value)) return tOutcome(value);
    if (field === "visibility") return tStaff(value === "public" ? "public" : "internal");
    if (field === "reviewState" && tStaff.has(value)) return tStaff(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatFlexibleDate(value, "day", locale);
    return null;
  };
  return { fieldLabels, format };
}
