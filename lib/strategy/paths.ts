/**
 * The pages that show a strategy item, without the locale prefix: what to
 * revalidate after a write. Public pages read only published snapshots, so
 * refreshing them after a save is harmless and after a publish necessary.
 */
const staffRoots = ["/staff", "/staff/strategy", "/staff/strategy/tree", "/staff/review"];

export const strategyPaths = {
  measure: (id: string, goalId?: string) => [...staffRoots, `/staff/strategy/measures/${id}`, "/", `/measures/${id}`, ...(goalId ? [`/goals/${goalId}`] : [])],
  goal: (id: string) => [...staffRoots, `/staff/strategy/goals/${id}`, "/", `/goals/${id}`],
  priority: (id: string, goalId?: string) => [...staffRoots, `/staff/strategy/priorities/${id}`, "/", ...(goalId ? [`/goals/${goalId}`, `/goals/${goalId}/priorities/${id}`] : [])],
  period: (id: string) => [...staffRoots, `/staff/strategy/periods/${id}`, "/"],
  indicator: (id: string) => [...staffRoots, "/staff/strategy/indicators", `/staff/strategy/indicators/${id}`, "/", `/indicators/${id}`],
};
