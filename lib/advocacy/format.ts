import { formatFlexibleDate } from "@/lib/strategy/dates";

/** A calendar day for display in the reader's language ("" when none). */
export const formatDay = (date: string | null | undefined, locale: string) => (date ? formatFlexibleDate(date, "day", locale) : "");

/** Whole days from today to a date (negative when past). Dates are ISO calendar days. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "2026-12" → a month heading in the reader's language ("joulukuu 2026"). */
export function monthLabel(date: string, locale: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const tag = locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}
