import { dateTimeFormat, intlLocale } from "@/lib/i18n/formatters";
/**
 * Dates known to the day, to the month ("06/2022") or, where the domain has
 * them (a membership since 1994), only to the year. Stored as ISO dates; a
 * month date is the 1st, a year date 1 January.
 */
export type Precision = "day" | "month" | "year";

/** A date with how exactly it is known (what parseFlexibleDate gives; null where used = not known). */
export type FlexibleDate = { date: string; precision: Precision };

/**
 * Parse "2022-06-15", "15.6.2022", "06/2022" or "2022-06" — and "1994" when
 * `allowYear` (the strategy's dates do not take a bare year); null when not a date.
 */
export function parseFlexibleDate(input: string, options: { allowYear?: boolean } = {}): { date: string; precision: Precision } | null {
  const s = input.trim();
  if (options.allowYear && /^\d{4}$/.test(s)) return valid(+s, 1, 1, "year");
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, "day");
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!, "day");
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return valid(+m[2]!, +m[1]!, 1, "month");
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, 1, "month");
  return null;
}

function valid(year: number, month: number, day: number, precision: Precision) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, precision };
}

/** The last day a date stands for: the month's last day for month precision, 31 December for year precision. */
export function effectiveEnd(date: string, precision: Precision): string {
  if (precision === "day") return date;
  if (precision === "year") return `${date.slice(0, 4)}-12-31`;
  const [y, m] = date.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/**
 * Does `end` end before `start` begins? A month or a year end counts to its
 * last day (06/2022 does not end before 15.6.2022). False when either is not
 * known or not a flexible date (a field that failed its own check).
 */
export function endsBefore(end: unknown, start: unknown): boolean {
  const isDate = (v: unknown): v is FlexibleDate => typeof v === "object" && v !== null && typeof (v as FlexibleDate).date === "string" && (v as FlexibleDate).date !== "";
  if (!isDate(end) || !isDate(start)) return false;
  return effectiveEnd(end.date, end.precision) < start.date;
}

/** A date column and its precision column from a flexible date (null = not known; the precision then "day"). */
export function flexibleDateColumns<K extends string>(key: K, value: FlexibleDate | null): Record<`${K}Date`, string | null> & Record<`${K}Precision`, Precision> {
  return { [`${key}Date`]: value?.date ?? null, [`${key}Precision`]: value?.precision ?? "day" } as Record<`${K}Date`, string | null> & Record<`${K}Precision`, Precision>;
}

/**
 * Format for display: "1994" for year precision, "06/2022" for month precision, the locale's date
 * otherwise — "15.6.2022" in Finnish and Swedish, "15 Jun 2022" in English
 * (day first, month in words: neither US order nor an ambiguous 15/06/2022).
 */
export function formatFlexibleDate(date: string | null | undefined, precision: Precision, locale: string): string {
  if (!date) return "";
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (precision === "month") return `${String(m).padStart(2, "0")}/${y}`;
  if (precision === "year") return String(y);
  const options: Intl.DateTimeFormatOptions = locale === "en" ? { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" } : { timeZone: "UTC" };
  return dateTimeFormat(intlLocale(locale), options).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment (e.g. when something was published) as a Helsinki date and time in the reader's language: "2 Dec 2026, 14:05" in English. */
export function formatMoment(at: Date, locale: string, withTime = true): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: "Europe/Helsinki", day: "numeric", month: locale === "en" ? "short" : "numeric", year: "numeric" };
  if (withTime) Object.assign(options, { hour: "2-digit", minute: "2-digit" });
  return dateTimeFormat(intlLocale(locale), options).format(at);
}

/** A stored date written at its precision, ISO style: "1994", "2022-06" or "2022-06-15" (what open data and the exports give, and the imports read back). */
export function isoAtPrecision(date: string, precision: Precision): string;
export function isoAtPrecision(date: string | null | undefined, precision: Precision): string | null;
export function isoAtPrecision(date: string | null | undefined, precision: Precision): string | null {
  if (!date) return null;
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;
}

/** For a form field: how a stored date is typed back. */
export function toInputValue(date: string | null | undefined, precision: Precision): string {
  if (!date) return "";
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") {
    const [y, m] = date.split("-");
    return `${m}/${y}`;
  }
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
}
