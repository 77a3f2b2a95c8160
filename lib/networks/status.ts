import { todayInHelsinki } from "@/lib/dates";
import { effectiveEnd, type Precision } from "@/lib/strategy/dates";
import type { MembershipStatus } from "./vocabulary";

// The lists live in ./vocabulary (the schema builds its enums from them); re-exported for existing callers.
export { membershipStatuses, networkTypes, participationKinds, type MembershipStatus, type NetworkType } from "./vocabulary";

/** Statuses in which the city pays the fee and spends staff time. */
export const activeStatuses: readonly MembershipStatus[] = ["member", "observer", "leaving"];

/**
 * Why a status change dated `date` cannot be added to a history whose dates
 * are `existing`: the history is kept in order, so a change may not be dated
 * before a later one already recorded, nor in the future. A month or a year
 * date counts to its last day against the history (06/2022 is not before
 * 15.6.2022) and from its first day against today; an unknown date (null,
 * entries or the new one) is never checked. null = acceptable.
 */
export function statusChangeProblem(
  existing: readonly (string | null)[],
  date: string | null,
  today = todayInHelsinki(),
  precision: Precision = "day",
): "statusDateFuture" | "statusDateBeforeLatest" | null {
  if (date === null) return null;
  if (date > today) return "statusDateFuture";
  const latest = latestStatusDay(existing);
  if (latest !== null && effectiveEnd(date, precision) < latest) return "statusDateBeforeLatest";
  return null;
}

/** The latest known date of a status history ("" when none is known; for the error message). */
export function latestStatusDay(existing: readonly (string | null)[]): string | null {
  return existing.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);
}
