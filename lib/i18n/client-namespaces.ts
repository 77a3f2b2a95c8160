/**
 * The message namespaces that client components under /staff use (`useTranslations("…")`
 * in a "use client" file) and those an action's message may name (`errors.…`, `import.…`).
 * The staff layout hands only these to the browser; the rest stay on the server
 * (all namespaces were ~110 kB of every staff page). `tests/foundation/client-namespaces.test.ts`
 * reads every client component and fails when one uses a namespace missing here.
 */
export const staffClientNamespaces = [
  // the form kit, action messages and the shell
  "common",
  "errors",
  "forms",
  "status",
  "scope",
  "errorPage",
  "import",
  "nav",
  "paging",
  // the areas' forms
  "admin",
  "advocacyFields",
  "advocacyForm",
  "advocacyTypes",
  "askOutcomes",
  "documents",
  "evaluationAnswer",
  "evaluationForm",
  "feedbackAdmin",
  "funding",
  "indicatorForm",
  "links",
  "measureForm",
  "milestoneState",
  "milestones",
  "networkReviews",
  "networks",
  "planAudiences",
  "planChannels",
  "profile",
  "progressUpdates",
  "publicContact",
  "review",
  "strategyRounds",
  "strategyTree",
  "structureForm",
  "structurePage",
] as const;

/** Only the given namespaces of a message tree. */
export function pickNamespaces(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}
