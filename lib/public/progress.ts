/** Measure statuses in the order the public site lists them. */
export const measureStatuses = ["on_schedule", "late", "not_started", "postponed", "completed", "cancelled"] as const;

/** How many measures are in each status (statuses with none left out), in display order. */
export function statusCounts(measures: readonly { status: string }[]): { status: (typeof measureStatuses)[number]; count: number }[] {
  return measureStatuses.map((status) => ({ status, count: measures.filter((m) => m.status === status).length })).filter((c) => c.count > 0);
}
