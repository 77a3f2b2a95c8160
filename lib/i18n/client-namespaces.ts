/**
 * The message namespaces that client components under /staff use (`useTranslations("…")`
 * in a "use client" file) and those an action's message may name (`errors.…`, `import.…`),
 * per area: the staff layout hands the browser only the shell's strings, and each area's
 * layout (`app/[locale]/staff/<area>/layout.tsx`, `staffAreaLayout`) the shell's and its
 * own — not every area's on every page (all staff namespaces were ~58 kB of every staff
 * page, issue 17). `tests/foundation/client-namespaces.test.ts` follows each area's imports
 * to every client component they reach and fails when one uses a namespace missing here.
 */
export const staffShellNamespaces = [
  // the form kit (its un-namespaced `useTranslations()` reads action messages' keys), the shell, the pager
  "common",
  "errors",
  "forms",
  "status",
  "scope",
  "errorPage",
  "import",
  "nav",
  "paging",
] as const;

/** Each staff area's own client strings, beside the shell's. An area with none has an empty list. */
export const staffAreaNamespaces = {
  admin: ["admin", "feedbackAdmin"],
  advocacy: ["advocacyFields", "advocacyForm", "advocacyTypes", "askOutcomes", "documents", "links", "planAudiences", "planChannels"],
  dashboard: [],
  documents: ["documents"],
  evaluations: ["evaluationAnswer", "evaluationForm", "links"],
  funding: ["documents", "funding", "links"],
  links: ["links"],
  networks: ["documents", "links", "networkReviews", "networks"],
  profile: ["profile", "publicContact"],
  review: ["review"],
  search: [],
  strategy: ["documents", "indicatorForm", "links", "measureForm", "milestoneState", "milestones", "progressUpdates", "strategyRounds", "strategyTree", "structureForm"],
} as const satisfies Record<string, readonly string[]>;

export type StaffArea = keyof typeof staffAreaNamespaces;

/** Every namespace a staff client component may use (the shell's and every area's). */
export const staffClientNamespaces: readonly string[] = [...new Set([...staffShellNamespaces, ...Object.values(staffAreaNamespaces).flat()])];

/** The namespaces a page of the area (or, without one, the staff start page and the shell) hands the browser. */
export function staffNamespaces(area?: StaffArea): readonly string[] {
  return area ? [...staffShellNamespaces, ...staffAreaNamespaces[area]] : staffShellNamespaces;
}

/** Only the given namespaces of a message tree. */
export function pickNamespaces(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}

const picked = new WeakMap<Record<string, unknown>, Map<string, Record<string, unknown>>>();

/**
 * `pickNamespaces` of a language's strings, kept per strings object and set of namespaces (the
 * strings are merged once per process, lib/i18n/messages.ts): a page does not copy them again.
 * The result is shared: read it, never change it.
 */
export function pickNamespacesOnce(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  let byKey = picked.get(messages);
  if (!byKey) picked.set(messages, (byKey = new Map()));
  const key = namespaces.join(",");
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = pickNamespaces(messages, namespaces)));
  return result;
}
