import type { Goal, Indicator, IndicatorPoint, Measure, Milestone, Priority, ProgressUpdate, StrategyPeriod } from "../../schema";

/**
 * What the public may see of each strategy item: these functions pick the
 * public fields of a working copy when it is published. Internal notes,
 * contact persons, authors and review comments are never copied.
 */
export function periodSnapshot(p: StrategyPeriod) {
  return { name: p.name, startYear: p.startYear, endYear: p.endYear, sortOrder: p.sortOrder };
}

export function goalSnapshot(g: Goal) {
  return { periodId: g.periodId, title: g.title, description: g.description, scope: g.scope, sortOrder: g.sortOrder };
}

export function prioritySnapshot(p: Priority) {
  return { goalId: p.goalId, title: p.title, description: p.description, sortOrder: p.sortOrder };
}

export function milestoneSnapshot(m: Milestone) {
  return { id: m.id, title: m.title, dueDate: m.dueDate, duePrecision: m.duePrecision, state: m.state };
}

/**
 * `milestones`: the measure's milestones that are not archived, in order.
 * `links`: what carries the measure out ("euProject:<id>", …; public kinds
 * only, sorted); the public pages show those whose item is public itself.
 */
export function measureSnapshot(m: Measure, priorityIds: string[], milestones: Milestone[] = [], links: string[] = []) {
  return {
    goalId: m.goalId,
    title: m.title,
    description: m.description,
    status: m.status,
    progress: m.progress,
    startDate: m.startDate,
    startPrecision: m.startPrecision,
    dueDate: m.dueDate,
    duePrecision: m.duePrecision,
    responsibleUnitId: m.responsibleUnitId,
    weight: m.weight,
    sortOrder: m.sortOrder,
    priorityIds,
    milestones: milestones.filter((x) => !x.archivedAt).map(milestoneSnapshot),
    links,
  };
}

export function progressUpdateSnapshot(u: ProgressUpdate) {
  return { measureId: u.measureId, date: u.date, body: u.body };
}

export function indicatorSnapshot(i: Indicator, points: IndicatorPoint[], links: { measureIds: string[]; priorityIds: string[] }) {
  const byDate = (kind: "actual" | "target") =>
    points
      .filter((p) => p.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((p) => ({ date: p.date, value: p.value }));
  return {
    periodId: i.periodId,
    title: i.title,
    description: i.description,
    unit: i.unit,
    decimals: i.decimals,
    sortOrder: i.sortOrder,
    values: byDate("actual"),
    targets: byDate("target"),
    measureIds: links.measureIds,
    priorityIds: links.priorityIds,
    // Where the values come from (a computed indicator's values are counted from published data when read), which way is better, the baseline.
    source: i.source,
    computation: i.computation,
    sourceName: i.sourceName,
    sourceUrl: i.sourceUrl,
    direction: i.direction,
    baselineValue: i.baselineValue,
    baselineDate: i.baselineDate,
  };
}

export type PeriodSnapshot = ReturnType<typeof periodSnapshot>;
export type GoalSnapshot = ReturnType<typeof goalSnapshot>;
export type PrioritySnapshot = ReturnType<typeof prioritySnapshot>;
export type MilestoneSnapshot = ReturnType<typeof milestoneSnapshot>;
export type MeasureSnapshot = ReturnType<typeof measureSnapshot>;
export type ProgressUpdateSnapshot = ReturnType<typeof progressUpdateSnapshot>;
export type IndicatorSnapshot = ReturnType<typeof indicatorSnapshot>;
