/** The advocacy area's kinds of publishable item and their history (audit log) entity names. */
export const advocacyKinds = ["plan", "activity", "ask"] as const;
export type AdvocacyKind = (typeof advocacyKinds)[number];

/** History (audit log) entity names. */
export const entityType: Record<AdvocacyKind, string> = {
  plan: "advocacy_plan",
  activity: "advocacy_activity",
  ask: "government_ask",
};

/** The staff page of an advocacy item: a plan is its priority's (`priorityId`), an action or an ask its own (`id`). */
export const itemPath = (kind: AdvocacyKind, id: string, priorityId?: string): string =>
  kind === "plan" ? `/staff/advocacy/plans/${priorityId}` : kind === "activity" ? `/staff/advocacy/activities/${id}` : `/staff/advocacy/asks/${id}`;

/** What the public sees of an advocacy action once published (its snapshot; a statement only once given). */
export const activityPublicFields = ["type", "priorityId", "title", "summary", "date", "audience", "consultation", "ministry", "deadline", "links", "outcome"] as const;
/** What staff edit of an action (its form, its save, the history's comparison): the public fields and the internal ones. */
export const activityFields = [...activityPublicFields, "declined", "responsibleUserId", "internalNotes", "visibility"] as const;

/** What the public sees of a government-programme ask once published (with its place in the list, `sortOrder`). */
export const askPublicFields = ["programmeYear", "priorityId", "wording", "justification", "target", "outcome", "evidence", "evidenceRef"] as const;
/** What staff edit of an ask: the public fields and the internal ones. */
export const askFields = [...askPublicFields, "internalNotes", "visibility"] as const;
export type AskField = (typeof askFields)[number];
export type ActivityField = (typeof activityFields)[number];
