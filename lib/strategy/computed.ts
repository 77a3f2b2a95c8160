/**
 * Computed indicators: values the app counts from its own data instead of
 * staff typing them in. The computations themselves live in the owning
 * area's folder (db/queries/<area>/indicators.ts) and are registered in
 * db/queries/strategy/computations.ts, one line each.
 */

/**
 * One computed value: the year's figure (dated on its last day, as typed
 * yearly values are) and how many items were left out of it because their
 * amount is not known (unknown is not zero: counted apart, never as 0).
 */
export type ComputedValue = { date: string; value: string; unknown: number };

/** The years a computed indicator shows: its strategy period's, up to the current year (a year not begun has no value). */
export function computedYears(period: { startYear: number; endYear: number }, today: string): number[] {
  const last = Math.min(period.endYear, Number(today.slice(0, 4)));
  const years: number[] = [];
  for (let y = period.startYear; y <= last; y++) years.push(y);
  return years;
}

export const yearEnd = (year: number) => `${year}-12-31`;

/** Whole cents as an exact euro decimal ("1250000.50"), as values are stored. */
export function eurosFromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The keys staff choose from; each is one line in the registry (db/queries/strategy/computations.ts). */
export const computationKeys = ["euSecuredPerYear", "statementsPerYear", "networksWithRole"] as const;
export type ComputationKey = (typeof computationKeys)[number];
export const isComputationKey = (x: unknown): x is ComputationKey => typeof x === "string" && (computationKeys as readonly string[]).includes(x);
