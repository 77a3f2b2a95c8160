import { todayInHelsinki } from "@/lib/dates";

export const membershipStatuses = ["candidate", "member", "observer", "leaving", "left"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];
export const networkTypes = ["city_network", "eu_network", "global_network", "bilateral", "other"] as const;
export type NetworkType = (typeof networkTypes)[number];
export const participationKinds = ["meeting", "conference", "working_group", "project", "outcome", "other"] as const;

/** Statuses in which the city pays the fee and spends staff time. */
export const activeStatuses: readonly MembershipStatus[] = ["member", "observer", "leaving"];

/**
 * Why a status change dated `date` cannot be added to a history whose dates
 * are `existing`: the history is kept in order, so a change may not be dated
 * before a later one already recorded, nor in the future. null = acceptable.
 */
export function statusChangeProblem(existing: readonly string[], date: string, today = todayInHelsinki()): "statusDateFuture" | "statusDateBeforeLatest" | null {
  if (date > today) return "statusDateFuture";
  const latest = existing.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  if (latest !== null && date < latest) return "statusDateBeforeLatest";
  return null;
}
