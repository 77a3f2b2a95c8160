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
};
