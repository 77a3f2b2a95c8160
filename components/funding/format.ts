import { formatFlexibleDate } from "@/lib/strategy/dates";
/** A stored ISO day ("2024-03-01") for display: the one date formatter (lib/strategy/dates.ts), European form in English. */
export function formatDay(iso: string | null | undefined, locale: string): string {
  return formatFlexibleDate(iso, "day", locale);
}

/** A stored ISO day as typed back into a form (d.m.yyyy). */
export function dayInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
}
