/** The advocacy area's kinds of publishable item and their history (audit log) entity names. */
export const advocacyKinds = ["plan", "activity", "ask"] as const;
export type AdvocacyKind = (typeof advocacyKinds)[number];

/** History (audit log) entity names. */
export const entityType: Record<AdvocacyKind, string> = {
  plan: "advocacy_plan",
  activity: "advocacy_activity",
  ask: "government_ask",
};

/** The staff page of an advocacy item: a plan is its priority's, an action or an ask its own. */
export const itemPath = (kind: AdvocacyKind, item: { id: string; priorityId: string }): string =>
  kind === "plan" ? `/staff/advocacy/plans/${item.priorityId}` : kind === "activity" ? `/staff/advocacy/activities/${item.id}` : `/staff/advocacy/asks/${item.id}`;
