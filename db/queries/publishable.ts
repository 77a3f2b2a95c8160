import {
  advocacyActivities,
  advocacyPlans,
  documents,
  euProjects,
  goals,
  governmentAsks,
  indicators,
  measures,
  networks,
  priorities,
  progressUpdates,
  strategyPeriods,
} from "../schema";

/**
 * Every table whose rows are published (a public snapshot, a review state),
 * by kind: the one list the public visibility rule (public/visibility.ts)
 * and the strategy area's review (strategy/review.ts) take their tables from.
 * A new publishable kind adds its line here.
 */
export const publishableTables = {
  period: strategyPeriods,
  goal: goals,
  priority: priorities,
  measure: measures,
  progressUpdate: progressUpdates,
  indicator: indicators,
  advocacyPlan: advocacyPlans,
  advocacyActivity: advocacyActivities,
  governmentAsk: governmentAsks,
  network: networks,
  euProject: euProjects,
  document: documents,
} as const;

export type PublishableKind = keyof typeof publishableTables;
