
/** "2026-12" → a month heading in the reader's language ("joulukuu 2026"). */
export function monthLabel(date: string, locale: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const tag = locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}
