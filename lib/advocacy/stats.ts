import { intlLocale, numberFormat } from "@/lib/i18n/formatters";
/**
 * Aggregates of evaluation scores (1–5). Spread is given two ways: the range
 * (lowest–highest) and the sample standard deviation (n − 1 in the
 * denominator), which is undefined for a single answer.
 */
export type ScoreSummary = { count: number; mean: number | null; sd: number | null; min: number | null; max: number | null };

export function summarizeScores(scores: readonly number[]): ScoreSummary {
  const n = scores.length;
  if (n === 0) return { count: 0, mean: null, sd: null, min: null, max: null };
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return { count: n, mean, sd, min: Math.min(...scores), max: Math.max(...scores) };
}

/** One decimal, in the reader's number format. */
export function formatScore(value: number | null, locale: string): string {
  if (value === null) return "–";
  return numberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
