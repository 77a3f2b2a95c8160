import { dateTimeFormat, intlLocale } from "@/lib/i18n/formatters";

/** "2026-12" → a month heading in the reader's language ("joulukuu 2026"). */
export function monthLabel(date: string, locale: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return dateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}
