import { addDays, todayInHelsinki } from "@/lib/dates";

/**
 * Dates for fixtures, in Helsinki calendar days like the code they test: never
 * `Date.now() - n * 86_400_000`, which lands on another Helsinki day across a
 * daylight-saving change or near midnight.
 */

/** Today in Helsinki (from the current, possibly faked, clock). */
export const helsinkiToday = () => todayInHelsinki();

/** The Helsinki calendar day `days` from today ("2026-12-07"); negative for the past. */
export const helsinkiDaysFromToday = (days: number) => addDays(helsinkiToday(), days);

/** A moment at midday in Helsinki on a calendar day (12:00 or 13:00 local: the same day in UTC as in Helsinki). */
export const middayInHelsinki = (iso: string) => new Date(`${iso}T10:00:00Z`);

/** A timestamp `days` Helsinki calendar days ago, at midday. */
export const helsinkiDaysAgo = (days: number) => middayInHelsinki(helsinkiDaysFromToday(-days));
