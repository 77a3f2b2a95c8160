/**
 * The networks area's fixed lists, apart from the schema (which builds its
 * enums from them): lib, forms and filters import them without pulling the
 * Drizzle tables in. Add a value here and generate a migration.
 */
export const networkTypes = ["city_network", "eu_network", "global_network", "bilateral", "other"] as const;
export type NetworkType = (typeof networkTypes)[number];

export const membershipStatuses = ["candidate", "member", "observer", "leaving", "left"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const participationKinds = ["meeting", "conference", "working_group", "project", "outcome", "other"] as const;

export const recommendations = ["keep", "leave", "join", "re_evaluate"] as const;
export type Recommendation = (typeof recommendations)[number];
