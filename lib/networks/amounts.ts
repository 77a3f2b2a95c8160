import { intlLocale } from "@/lib/i18n/formatters";
import { formatMoney } from "@/lib/money";
import { numberFormat } from "@/lib/i18n/formatters";

/**
 * Exact money and staff-time arithmetic for networks: fees are integer cents
 * (never floats) and staff time is counted in tenths of a person-day.
 */

const SPACES = /[\s\u00a0\u202f']/g;

/** Person-days with at most one decimal ("12", "7,5", "7.5") as tenths; null when not a number. */
export function parseDaysToTenths(input: string): number | null | "negative" {
  const s = input.trim().replace(SPACES, "").replace(",", ".");
  if (/^[-−]\d/.test(s)) return "negative";
  const m = /^(\d{1,6})(?:\.(\d))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 10 + Number(m[2] ?? "0");
}

/** Tenths of a day back to the numeric column's text ("7.5"). */
export const tenthsToDays = (tenths: number) => `${Math.trunc(tenths / 10)}.${tenths % 10}`;

/** The numeric column's text ("7.5", "12.0") as tenths, exactly. */
export function daysToTenths(days: string | null | undefined): number {
  if (!days) return 0;
  const [whole = "0", fraction = "0"] = days.split(".");
  return Number(whole) * 10 + Number(fraction.slice(0, 1) || "0");
}


export function formatDays(tenths: number, locale: string): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(tenths / 10);
}

/** Sums of fees kept apart per currency (a SEK fee is never added to euros). */
export type FeeTotals = Record<string, number>;

export function addFee(totals: FeeTotals, cents: number | null | undefined, currency: string): FeeTotals {
  if (cents === null || cents === undefined) return totals;
  totals[currency] = (totals[currency] ?? 0) + cents;
  return totals;
}

/** Currencies in display order: euros first, then the others alphabetically. */
export const currenciesOf = (totals: FeeTotals) => Object.keys(totals).sort((a, b) => (a === "EUR" ? -1 : b === "EUR" ? 1 : a.localeCompare(b)));

export function formatFeeTotals(totals: FeeTotals, locale: string): string {
  const list = currenciesOf(totals);
  if (!list.length) return formatMoney(0, locale);
  return list.map((c) => formatMoney(totals[c] ?? 0, locale, { currency: c })).join(" + ");
}
