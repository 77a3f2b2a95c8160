import type { LocalizedText } from "../../db/schema/common";

/** Whom an advocacy plan must convince (fixed list, shown translated). */
export const planAudiences = [
  "ministries",
  "parliament_committees",
  "mps",
  "eu_institutions",
  "other_cities",
  "regional_actors",
  "businesses",
  "ngos",
  "media",
] as const;
export type PlanAudience = (typeof planAudiences)[number];

/** How an advocacy plan reaches its audiences. */
export const planChannels = [
  "meetings",
  "statements",
  "events",
  "media",
  "social_media",
  "networks",
  "publications",
] as const;
export type PlanChannel = (typeof planChannels)[number];

/** One step of a communication plan: when, what, through which channel. */
export type TimelineStep = { date: string; activity: LocalizedText; channel: PlanChannel | null };

// The schema builds its activity type and ask outcome enums from these two lists
// (add a value here and generate a migration).
export const activityTypes = ["statement", "meeting", "proposal", "position_paper"] as const;
export type ActivityType = (typeof activityTypes)[number];

export const askOutcomes = ["pending", "adopted", "partly", "not_adopted"] as const;
export type AskOutcome = (typeof askOutcomes)[number];
