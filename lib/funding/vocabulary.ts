/**
 * The EU funding area's fixed lists, apart from the schema (which builds its
 * enums from them): lib, forms, imports and open data import them without
 * pulling the Drizzle tables in. Add a value here and generate a migration.
 */
export const euProjectStatuses = ["idea", "preparation", "submitted", "granted", "rejected", "ongoing", "closed"] as const;
export type EuProjectStatus = (typeof euProjectStatuses)[number];

/** Helsinki's role in a project. */
export const euProjectRoles = ["coordinator", "partner"] as const;
/** A partner organisation's role (free text in the database; these are the form's choices). */
export const partnerRoles = ["coordinator", "partner", "associated"] as const;

export const riskLevels = ["low", "medium", "high"] as const;
export const followUpStatuses = ["open", "in_progress", "closed"] as const;
export const managementModes = ["direct", "shared", "indirect"] as const;
