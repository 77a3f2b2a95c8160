/** A stored ISO day ("2024-03-01") in the reader's locale. */
export function formatDay(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB", { timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A stored ISO day as typed back into a form (d.m.yyyy). */
export function dayInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
}
