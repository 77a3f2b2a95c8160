import type { LocalizedText } from "@/db/schema/common";
import type { Precision } from "./dates";
import { checkedStatus, lateReason, type LateReason } from "./flags";

/**
 * The frozen follow-up report of a published reporting round: what the public
 * saw of the strategy at publication (published snapshots under public
 * parents only), with each measure's round narrative, status and progress.
 * "Late" is checked against the round's cut-off date, with the one rule of
 * lib/strategy/flags.ts. Later edits never change a published report.
 */
export type ReportMeasure = {
  id: string;
  goalId: string;
  priorityIds: string[];
  title: LocalizedText;
  narrative: LocalizedText | null;
  /** The status its editor reported in the round. */
  status: string;
  /** Checked against the cut-off date. */
  checkedStatus: string;
  late: LateReason | null;
  progress: number;
  dueDate: string | null;
  duePrecision: Precision;
  /** When the round's text was written (ISO), null when the editor wrote nothing this round. */
  writtenAt: string | null;
  sortOrder: number;
  /** Invented demo content (a marked seed row): the public page says so. */
  isDemo?: boolean;
};
export type RoundReport = {
  name: LocalizedText;
  cutOffDate: string;
  period: { id: string; name: LocalizedText };
  goals: { id: string; title: LocalizedText; description: LocalizedText | null; scope: string; priorities: { id: string; title: LocalizedText; description: LocalizedText | null }[] }[];
  measures: ReportMeasure[];
};

type PublicPart = {
  periods: { id: string; name: LocalizedText }[];
  goals: { id: string; periodId: string; title: LocalizedText; description: LocalizedText | null; scope: string }[];
  priorities: { id: string; goalId: string; title: LocalizedText; description: LocalizedText | null }[];
  measures: {
    id: string;
    goalId: string;
    priorityIds: string[];
    title: LocalizedText;
    dueDate: string | null;
    duePrecision: Precision;
    milestones: { dueDate: string | null; duePrecision: Precision; state: string }[];
    sortOrder: number;
    isDemo?: boolean;
  }[];
};
type Entry = { measureId: string; narrative: LocalizedText | null; status: string; progress: number; writtenAt: Date | null };

/** Build the report to freeze: `data` is the public strategy (already ordered), `entries` the round's. */
export function buildRoundReport(round: { name: LocalizedText; cutOffDate: string; periodId: string }, data: PublicPart, entries: Entry[]): RoundReport | null {
  const period = data.periods.find((p) => p.id === round.periodId);
  if (!period) return null;
  const goals = data.goals.filter((g) => g.periodId === period.id);
  const goalIds = new Set(goals.map((g) => g.id));
  const byMeasure = new Map(entries.map((e) => [e.measureId, e]));
  const measures: ReportMeasure[] = [];
  for (const m of data.measures) {
    const e = byMeasure.get(m.id);
    if (!e || !goalIds.has(m.goalId)) continue;
    const checked = { status: e.status, dueDate: m.dueDate, duePrecision: m.duePrecision, milestones: m.milestones ?? [] };
    measures.push({
      id: m.id,
      goalId: m.goalId,
      priorityIds: m.priorityIds,
      title: m.title,
      narrative: e.narrative,
      status: e.status,
      checkedStatus: checkedStatus(checked, round.cutOffDate),
      late: lateReason(checked, round.cutOffDate),
      progress: e.progress,
      dueDate: m.dueDate,
      duePrecision: m.duePrecision,
      writtenAt: e.writtenAt ? e.writtenAt.toISOString() : null,
      sortOrder: m.sortOrder,
      isDemo: m.isDemo ?? false,
    });
  }
  return {
    name: round.name,
    cutOffDate: round.cutOffDate,
    period: { id: period.id, name: period.name },
    goals: goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      scope: g.scope,
      priorities: data.priorities.filter((p) => p.goalId === g.id).map((p) => ({ id: p.id, title: p.title, description: p.description })),
    })),
    measures,
  };
}

export const changeKinds = ["new", "progressed", "newlyLate", "completed"] as const;
export type ChangeKind = (typeof changeKinds)[number];

/**
 * What changed since the previous published round: measures new in the
 * report, whose progress rose, that became late, or that were completed.
 */
export function roundChanges(current: RoundReport, previous: RoundReport | null): Record<ChangeKind, { measure: ReportMeasure; before: ReportMeasure | null }[]> {
  const out: Record<ChangeKind, { measure: ReportMeasure; before: ReportMeasure | null }[]> = { new: [], progressed: [], newlyLate: [], completed: [] };
  const before = new Map((previous?.measures ?? []).map((m) => [m.id, m]));
  for (const m of current.measures) {
    const b = before.get(m.id) ?? null;
    if (!b) {
      if (previous) out.new.push({ measure: m, before: null });
      continue;
    }
    if (m.progress > b.progress) out.progressed.push({ measure: m, before: b });
    if (m.checkedStatus === "late" && b.checkedStatus !== "late") out.newlyLate.push({ measure: m, before: b });
    if (m.status === "completed" && b.status !== "completed") out.completed.push({ measure: m, before: b });
  }
  return out;
}

/** The measures of a goal as the report lists them: under each priority they serve, then those under no priority. */
export function reportSections(report: RoundReport, goalId: string) {
  const goal = report.goals.find((g) => g.id === goalId);
  const measures = report.measures.filter((m) => m.goalId === goalId).sort((a, b) => a.sortOrder - b.sortOrder);
  const known = new Set(goal?.priorities.map((p) => p.id) ?? []);
  return {
    priorities: (goal?.priorities ?? []).map((p) => ({ priority: p, measures: measures.filter((m) => m.priorityIds.includes(p.id)) })),
    other: measures.filter((m) => !m.priorityIds.some((id) => known.has(id))),
  };
}
