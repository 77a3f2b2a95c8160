import type { Precision } from "@/lib/strategy/dates";
import { checkedStatus } from "@/lib/strategy/flags";

/** Measure statuses in the order the public site lists them. */
export const measureStatuses = ["on_schedule", "late", "not_started", "postponed", "completed", "cancelled"] as const;

type Countable = { status: string; dueDate: string | null; duePrecision: Precision; milestones: { dueDate: string | null; duePrecision: Precision; state: string }[] };

/**
 * How many measures are in each status (statuses with none left out), in
 * display order. Statuses are checked against the dates (lib/strategy/flags):
 * a measure whose due date has passed counts as late whatever was reported.
 */
export function statusCounts(measures: readonly Countable[], today: string): { status: (typeof measureStatuses)[number]; count: number }[] {
  const shown = measures.map((m) => checkedStatus(m, today));
  return measureStatuses.map((status) => ({ status, count: shown.filter((s) => s === status).length })).filter((c) => c.count > 0);
}
