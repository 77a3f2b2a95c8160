/**
 * The kinds of item a measure links to, apart from the schema (which builds
 * its enum from this list): lib and client code import it without pulling the
 * Drizzle tables in.
 */
export const measureLinkKinds = ["euProject", "network", "advocacyActivity", "governmentAsk", "evaluationRound"] as const;
export type MeasureLinkKind = (typeof measureLinkKinds)[number];
