import type { Goal, Measure, Priority, StrategyPeriod } from "../../schema";

/**
 * What the public may see of each strategy item: these functions pick the
 * public fields of a working copy when it is published. Internal notes,
 * contact persons and review comments are never copied.
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

export function measureSnapshot(m: Measure, priorityIds: string[]) {
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
  };
}

export type PeriodSnapshot = ReturnType<typeof periodSnapshot>;
export type GoalSnapshot = ReturnType<typeof goalSnapshot>;
export type PrioritySnapshot = ReturnType<typeof prioritySnapshot>;
export type MeasureSnapshot = ReturnType<typeof measureSnapshot>;
