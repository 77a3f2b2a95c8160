/** Digest periods: ISO weeks of Helsinki calendar days (day arithmetic is in lib/dates). */

/** ISO 8601 week of a date: "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The digest period a run on `today` (Helsinki's date) belongs to: one per ISO week, or one per day. */
export function digestPeriod(frequency: "weekly" | "daily", today: string): string {
  return frequency === "weekly" ? isoWeek(today) : today;
}
