/** The advocacy area's kinds of publishable item and their history (audit log) entity names. */
export const advocacyKinds = ["plan", "activity", "ask"] as const;
export type AdvocacyKind = (typeof advocacyKinds)[number];

/** History (audit log) entity names. */
export const entityType: Record<AdvocacyKind, string> = {
  plan: "advocacy_plan",
  activity: "advocacy_activity",
  ask: "government_ask",
};
