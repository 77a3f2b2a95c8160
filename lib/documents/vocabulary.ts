/**
 * The documents' fixed lists, apart from the schema: client forms import them
 * without pulling the Drizzle tables (and the users table) into the browser.
 */

/** The items a document can be attached to (lib/documents/parents.ts knows their tables and pages). */
export const documentParentKinds = ["advocacyActivity", "advocacyPlan", "euProject", "network", "measure"] as const;
export type DocumentParentKind = (typeof documentParentKinds)[number];

/** What a document is (the kind shown beside its title). */
export const documentKinds = ["statement", "positionPaper", "grantAgreement", "report", "decision", "minutes", "presentation", "other"] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A document's history (audit log) entity name and review-queue type. */
export const DOCUMENT = "document";
