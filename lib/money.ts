import { numberFormat } from "@/lib/i18n/formatters";
/**
 * Money in euros, exact: amounts are integer cents (stored as bigint or
 * numeric in the database), never floats. Shared by every area that handles
 * euros (EU funding, network fees, the dashboard).
 *
 * - parseMoney("1 250 000,50") → 125000050 (Finnish), "1250000.50", "1,250,000.50" and "€ 12" also work.
 * - formatMoney(125000050, "fi") → "1 250 000,50 €" with Intl, in the reader's locale.
 * - sumCents / centsFromDb add up exactly and read SQL sums (numeric → string) without rounding.
 */
export type Cents = number;

/** The largest amount we accept (10 000 000 000 €): far above any project, far below 2^53 cents. */
export const MAX_CENTS = 1_000_000_000_000;

const SPACES = /[\s\u00a0\u202f\u2007']/g;

/**
 * Parse a euro amount typed by a person or found in a CSV cell into integer
 * cents. Accepts spaces, non-breaking spaces or apostrophes as thousand
 * separators; a decimal comma (Finnish/Swedish) or point (English); a euro
 * sign or "EUR"; a leading minus. A separator followed by exactly three digits
 * and nothing else ("1.250") is ambiguous and refused rather than guessed.
 * Returns null when the text is not an amount.
 */
export function parseMoney(input: string | null | undefined): Cents | null {
  if (input === null || input === undefined) return null;
  let s = String(input).replace(SPACES, "").replace(/€/g, "").replace(/^eur/i, "").replace(/eur(os?)?$/i, "");
  s = s.replace(/\u2212/g, "-"); // the typographic minus sign
  if (!s) return null;
  let negative = false;
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let intPart: string;
  let fracPart = "";
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the one that comes last is the decimal separator, the other groups thousands.
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [i, f, ...rest] = s.split(decimal);
    if (rest.length || f === undefined || i === undefined) return null;
    if (!validGrouping(i, group)) return null;
    intPart = i.split(group).join("");
    fracPart = f;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? "," : ".";
    const parts = s.split(sep);
    if (parts.length > 2) {
      // "1.250.000" or "1,250,000": grouping only.
      if (!validGrouping(s, sep)) return null;
      intPart = parts.join("");
    } else {
      const [i = "", f = ""] = parts;
      if (f.length === 3 && i.length > 0) return null; // "1,250" / "1.250": thousands or decimals? Refuse to guess.
      intPart = i;
      fracPart = f;
    }
  } else {
    intPart = s;
  }
  if (intPart === "") intPart = "0";
  if (!/^\d+$/.test(intPart) || !/^\d{0,2}$/.test(fracPart)) return null;
  const euros = BigInt(intPart);
  const cents = euros * 100n + BigInt((fracPart + "00").slice(0, 2));
  if (cents > BigInt(MAX_CENTS)) return null;
  const n = Number(cents);
  return negative ? -n : n;
}

/** "1.250.000" with "." as group separator: groups of three after the first. */
function validGrouping(s: string, group: string): boolean {
  if (!s.includes(group)) return /^\d+$/.test(s);
  const parts = s.split(group);
  return /^\d{1,3}$/.test(parts[0] ?? "") && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

const intlLocale = (locale: string) => (locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : locale === "en" ? "en-IE" : locale);

/** Cents as an exact decimal string ("-1234.05"), which Intl formats without going through a float. */
export function centsToDecimalString(cents: Cents | bigint): string {
  const big = BigInt(cents);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const euros = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? "-" : ""}${euros}.${rest.toString().padStart(2, "0")}`;
}

/**
 * An amount for reading, in the reader's locale: "1 250 000,50 €" (fi),
 * "1 250 000,50 €" (sv), "€1,250,000.50" (en). `whole: true` drops the cents
 * (charts, summaries); `compact: true` writes "1,3 milj. €"; `currency` for
 * a fee invoiced in another currency ("SEK"). An amount nobody knows (null)
 * is not zero: it reads as `unknown` ("not known", translated by the caller),
 * "" when that is not given.
 */
export function formatMoney(
  cents: Cents | bigint | null | undefined,
  locale: string,
  options: { whole?: boolean; compact?: boolean; currency?: string; unknown?: string } = {},
): string {
  if (cents === null || cents === undefined) return options.unknown ?? "";
  const format = numberFormat(intlLocale(locale), {
    style: "currency",
    currency: options.currency ?? "EUR",
    notation: options.compact ? "compact" : "standard",
    minimumFractionDigits: options.whole || options.compact ? 0 : 2,
    maximumFractionDigits: options.compact ? 1 : options.whole ? 0 : 2,
  });
  // Intl accepts exact decimal strings; the cast is for lib.d.ts versions that only list number | bigint.
  return format.format(centsToDecimalString(cents) as unknown as number);
}

/** An amount as typed back into a form field in the reader's locale, without grouping: "1250000,50" (fi/sv), "1250000.50" (en). */
export function formatMoneyInput(cents: Cents | null | undefined, locale: string): string {
  if (cents === null || cents === undefined) return "";
  const s = centsToDecimalString(cents);
  const plain = s.endsWith(".00") ? s.slice(0, -3) : s;
  return locale === "en" ? plain : plain.replace(".", ",");
}

/** Exact sum of many amounts (BigInt inside, so no intermediate can lose a cent). */
export function sumCents(values: Iterable<Cents | bigint | null | undefined>): Cents {
  let total = 0n;
  for (const v of values) if (v !== null && v !== undefined) total += BigInt(v);
  return toSafeNumber(total);
}

/** A SQL sum (numeric comes back as a string, bigint as string or number) as exact cents. */
export function centsFromDb(value: string | number | bigint | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return toSafeNumber(value);
  if (!/^-?\d+(\.0+)?$/.test(value)) throw new Error(`not a whole number of cents: ${value}`);
  return toSafeNumber(BigInt(value.split(".")[0] ?? "0"));
}

function toSafeNumber(big: bigint): Cents {
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) throw new Error("amount out of the exact range");
  return Number(big);
}

/**
 * A part of a whole in basis points (1/100 of a per cent), rounded half up,
 * with integer arithmetic: share(1, 3) → 3333 (33.33 %). null when the whole is 0.
 */
export function shareBasisPoints(part: Cents, whole: Cents): number | null {
  if (!whole) return null;
  const p = BigInt(part) * 10000n * 2n;
  const w = BigInt(whole);
  return Number((p / w + 1n) / 2n);
}

/** Basis points as a percentage in the reader's locale ("33,3 %"). */
export function formatPercent(basisPoints: number | null | undefined, locale: string, digits = 1): string {
  if (basisPoints === null || basisPoints === undefined) return "–";
  return numberFormat(intlLocale(locale), { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: digits }).format(
    basisPoints / 10000,
  );
}
