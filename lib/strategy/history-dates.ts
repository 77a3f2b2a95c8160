/** A date field and the field holding its precision ("06/2022" is a month). */
export const DATE_PRECISION: [string, string][] = [
  ["startDate", "startPrecision"],
  ["dueDate", "duePrecision"],
];

/** For the history of an update: a changed date carries its precision, and a changed precision its date. */
export function withDatePrecision<D extends { before: Record<string, unknown>; after: Record<string, unknown> }>(diff: D, beforeRow: object, afterRow: object): D {
  const before = beforeRow as Record<string, unknown>;
  const after = afterRow as Record<string, unknown>;
  for (const [date, precision] of DATE_PRECISION) {
    if (!(date in diff.after) && !(precision in diff.after)) continue;
    if (!(date in before) && !(date in after)) continue;
    diff.before[date] = before[date] ?? null;
    diff.before[precision] = before[precision] ?? null;
    diff.after[date] = after[date] ?? null;
    diff.after[precision] = after[precision] ?? null;
  }
  return diff;
}
