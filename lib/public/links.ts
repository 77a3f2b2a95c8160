/**
 * Addresses of public items (without the locale prefix), shared by the home
 * page, the search, the open data and the embeds. The item pages themselves
 * belong to their areas (strategy: goals, priorities, measures, indicators).
 */
export const publicLinks = {
  goal: (id: string) => `/goals/${id}`,
  priority: (id: string, goalId: string) => `/goals/${goalId}/priorities/${id}`,
  measure: (id: string) => `/measures/${id}`,
  indicator: (id: string) => `/indicators/${id}`,
  euProject: (id: string) => `/eu-projects/${id}`,
  network: (id: string) => `/networks/${id}`,
  history: (type: string, id: string) => `/history/${type}/${id}`,
  /** One ask on the advocacy record: the page of the list that shows it, scrolled to it. */
  ask: (id: string) => `/advocacy?ask=${id}#ask-${id}`,
  /** One advocacy action: a statement on the paged list of statements, any other action in the list of actions. */
  action: (id: string, type: string | null) => (type === "statement" ? `/advocacy?statement=${id}#statement-${id}` : `/advocacy#action-${id}`),
};
