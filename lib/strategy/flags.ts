import { effectiveEnd, type Precision } from "./dates";

/** Measures that are finished are never late or stale. */
const FINISHED = new Set(["completed", "cancelled"]);
const OPEN_MILESTONE = new Set(["planned", "in_progress"]);

export type FlagInput = {
  status: string;
  dueDate: string | null;
  duePrecision: Precision;
  createdAt: Date;
  milestones: { dueDate: string | null; duePrecision: Precision; state: string }[];
  /** The date of the latest progress update (any visibility), or null. */
  lastUpdate: string | null;
};

/** Today as an ISO date in Helsinki (the city's calendar day). */
export function todayInHelsinki(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(now);
}

/**
 * Late: the due date or an unfinished milestone's date has passed while the
 * measure is unfinished. A month-precision date ("06/2022") lasts until the
 * end of that month.
 */
export function isLate(m: FlagInput, today: string): boolean {
  if (FINISHED.has(m.status)) return false;
  if (m.status === "late") return true;
  if (m.dueDate && effectiveEnd(m.dueDate, m.duePrecision) < today) return true;
  return m.milestones.some((ms) => OPEN_MILESTONE.has(ms.state) && ms.dueDate !== null && effectiveEnd(ms.dueDate, ms.duePrecision) < today);
}

/** Stale: no progress update for `staleAfterDays` (counted from creation when there is none). */
export function isStale(m: FlagInput, today: string, staleAfterDays: number): boolean {
  if (FINISHED.has(m.status)) return false;
  const since = m.lastUpdate ?? m.createdAt.toISOString().slice(0, 10);
  return daysBetween(since, today) > staleAfterDays;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
