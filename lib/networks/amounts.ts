/**
 * Exact money and staff-time arithmetic for networks: fees are integer cents
 * (never floats) and staff time is counted in tenths of a person-day.
 */

export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: "money" | "moneyNegative" };

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Parse an amount as people type it: "1250", "1 250,50", "1.250,50",
 * "1,250.50", "€ 1250.5". The last separator followed by one or two digits is
 * the decimal point; other separators group thousands.
 */
export function parseMoneyToCents(input: string): ParsedAmount {
  let s = input.trim().replace(/€|eur/gi, "").replace(SPACES, "");
  let negative = false;
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: "money" };
  let whole = s;
  let fraction = "";
  const decimal = /[.,](\d{1,2})$/.exec(s);
  if (decimal) {
    whole = s.slice(0, decimal.index);
    fraction = decimal[1] ?? "";
  }
  // What remains may only use separators to group thousands.
  if (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return { ok: false, error: "money" };
  const digits = whole.replace(/[.,]/g, "") || "0";
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents > 1e13) return { ok: false, error: "money" };
  if (negative && cents > 0) return { ok: false, error: "moneyNegative" };
  return { ok: true, cents };
}

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

const intlLocale = (locale: string) => (locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB");

/** "12 500,00 €" / "€12,500.00": formatted from cents without going through a float sum. */
export function formatCents(cents: number, currency: string, locale: string): string {
  // Integer division keeps every digit exact; only the final display is localised.
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency, minimumFractionDigits: 2 });
  const parts = format.formatToParts(euros);
  const decimalSep = new Intl.NumberFormat(intlLocale(locale)).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ",";
  return parts
    .map((p) => (p.type === "fraction" ? String(rest).padStart(2, "0") : p.type === "decimal" ? decimalSep : p.value))
    .join("");
}

/** For a form field: cents as typed back ("1250,50" in Finnish and Swedish, "1250.50" in English). */
export function centsToInput(cents: number | null | undefined, locale: string): string {
  if (cents === null || cents === undefined) return "";
  const s = `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  return locale === "en" ? s : s.replace(".", ",");
}

export function formatDays(tenths: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(tenths / 10);
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
  if (!list.length) return formatCents(0, "EUR", locale);
  return list.map((c) => formatCents(totals[c] ?? 0, c, locale)).join(" + ");
}
