/**
 * When an indicator's next value is due (a Helsinki calendar day): the day
 * staff set, or a cadence counted from the latest value's date (else from
 * the baseline's date, else from the day the indicator was created). A
 * computed indicator is counted by the app and is never due from anyone.
 */
export type DueFields = { source: string; nextDueDate: string | null; cadence: "monthly" | "quarterly" | "yearly" | null };

const MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const;

/** `iso` plus whole months; a day the month does not have becomes its last day (31.1. + 1 month = 28.2.). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function nextValueDue(i: DueFields, from: { latestValue: string | null; baselineDate: string | null; createdDay: string }): string | null {
  if (i.source === "computed") return null;
  if (i.nextDueDate) return i.nextDueDate;
  if (!i.cadence) return null;
  return addMonths(from.latestValue ?? from.baselineDate ?? from.createdDay, MONTHS[i.cadence]);
}
