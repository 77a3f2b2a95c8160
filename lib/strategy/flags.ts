import { sql, type SQL } from "drizzle-orm";
import { effectiveEnd, type Precision } from "./dates";
import { daysBetween, todayInHelsinki } from "@/lib/dates";

/**
 * The one rule for "late" and "stale", used by the staff lists, the
 * dashboard, the reminders, the public pages, the embeds and the open data.
 * It is written twice — in TypeScript for items already loaded, and as SQL
 * (`lateSql`, `staleSql`) for lists counted or filtered in the database —
 * side by side here, and a property test (tests/dashboard/strategy-rules)
 * checks that both agree.
 *
 * - Late: the measure is unfinished and its editor reported it late, or its
 *   due date or an unfinished milestone's date has passed. A month date
 *   ("06/2022") lasts to the end of that month. Days are Helsinki calendar days.
 * - Stale: unfinished and no progress update for more than N days (counted
 *   from the measure's creation when there is none).
 */
export const FINISHED_STATUSES = ["completed", "cancelled"] as const;
export const OPEN_MILESTONE_STATES = ["planned", "in_progress"] as const;
const FINISHED = new Set<string>(FINISHED_STATUSES);
const OPEN_MILESTONE = new Set<string>(OPEN_MILESTONE_STATES);

type Dated = { dueDate: string | null; duePrecision: Precision };
export type FlagInput = {
  status: string;
  dueDate: string | null;
  duePrecision: Precision;
  createdAt: Date;
  milestones: (Dated & { state: string })[];
  /** The date of the latest progress update (any visibility), or null. */
  lastUpdate: string | null;
};
type LateInput = Pick<FlagInput, "status" | "dueDate" | "duePrecision" | "milestones">;

/**
 * Why a measure is late: its editor said so ("reported"), or a date passed
 * ("due": the measure's own due date; "milestone": the earliest unfinished
 * milestone whose date passed). Null when it is not late.
 */
export type LateReason = { kind: "reported" } | { kind: "due" | "milestone"; date: string; precision: Precision };

export function lateReason(m: LateInput, today: string): LateReason | null {
  if (FINISHED.has(m.status)) return null;
  if (m.dueDate && effectiveEnd(m.dueDate, m.duePrecision) < today) return { kind: "due", date: m.dueDate, precision: m.duePrecision };
  const passed = (m.milestones ?? [])
    .filter((ms) => OPEN_MILESTONE.has(ms.state) && ms.dueDate !== null && effectiveEnd(ms.dueDate, ms.duePrecision) < today)
    .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!))[0];
  if (passed) return { kind: "milestone", date: passed.dueDate!, precision: passed.duePrecision };
  if (m.status === "late") return { kind: "reported" };
  return null;
}

export function isLate(m: LateInput, today: string): boolean {
  return lateReason(m, today) !== null;
}

/** The status to show and count: "late" when the dates say so, whatever was reported. */
export function checkedStatus(m: LateInput, today: string): string {
  return isLate(m, today) ? "late" : m.status;
}

/** Stale: no progress update for `staleAfterDays` (counted from creation when there is none). */
export function isStale(m: Pick<FlagInput, "status" | "createdAt" | "lastUpdate">, today: string, staleAfterDays: number): boolean {
  if (FINISHED.has(m.status)) return false;
  const since = m.lastUpdate ?? todayInHelsinki(m.createdAt);
  return daysBetween(since, today) > staleAfterDays;
}

// ---- The same rule in SQL -------------------------------------------------

/** The last day a date stands for (the month's last day for a "06/2022" date). */
export const effectiveEndSql = (date: SQL, precision: SQL) =>
  sql`(case when ${precision} = 'month' then (date_trunc('month', ${date}) + interval '1 month - 1 day')::date else ${date} end)`;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/** The end of a measure's earliest unfinished, dated milestone (null when none), as a correlated subquery. */
export const firstOpenMilestoneEndSql = (measureId: SQL) =>
  sql`(select min(${effectiveEndSql(sql`ms.due_date`, sql`ms.due_precision`)}) from milestones ms where ms.measure_id = ${measureId}
    and ms.archived_at is null and ms.state in (${list(OPEN_MILESTONE_STATES)}) and ms.due_date is not null)`;

/** A measure's latest progress update (any visibility; null when none), as a correlated subquery. */
export const lastUpdateSql = (measureId: SQL) => sql`(select max(pu.date) from progress_updates pu where pu.measure_id = ${measureId} and pu.archived_at is null)`;

/**
 * Late, as SQL (see `lateReason`), for a measure's working copy. A list that
 * already joins each measure's first open milestone end passes it in
 * `firstOpenMilestoneEnd`; otherwise a correlated subquery finds it.
 */
export function lateSql(m: { id: SQL; status: SQL; dueDate: SQL; duePrecision: SQL; firstOpenMilestoneEnd?: SQL }, today: string): SQL {
  const milestoneEnd = m.firstOpenMilestoneEnd ?? firstOpenMilestoneEndSql(m.id);
  return sql`(${m.status} not in (${list(FINISHED_STATUSES)}) and (${m.status} = 'late'
    or (${m.dueDate} is not null and ${effectiveEndSql(m.dueDate, m.duePrecision)} < ${today}::date)
    or coalesce(${milestoneEnd} < ${today}::date, false)))`;
}

/** Stale, as SQL (see `isStale`); `lastUpdate` as for `lateSql`'s milestone end. */
export function staleSql(m: { id: SQL; status: SQL; createdAt: SQL; lastUpdate?: SQL }, today: string, days: number): SQL {
  const last = m.lastUpdate ?? lastUpdateSql(m.id);
  return sql`(${m.status} not in (${list(FINISHED_STATUSES)}) and (${today}::date - coalesce(${last}, (${m.createdAt} at time zone 'Europe/Helsinki')::date)) > ${days})`;
}
