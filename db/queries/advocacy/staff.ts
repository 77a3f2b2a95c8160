import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, goals, governmentAsks, priorities, strategyPeriods, users, type ActivityType, type AskOutcome } from "../../schema";

/** Priorities to choose from, with their goal and responsible unit (staff forms and filters). */
export async function listPriorityOptions(db: Db) {
  return db
    .select({
      id: priorities.id,
      title: priorities.title,
      goalId: goals.id,
      goalTitle: goals.title,
      periodId: goals.periodId,
      unitId: priorities.responsibleUnitId,
    })
    .from(priorities)
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
    .where(and(isNull(priorities.archivedAt), isNull(goals.archivedAt)))
    .orderBy(desc(strategyPeriods.startYear), asc(goals.sortOrder), asc(priorities.sortOrder));
}

/** Active people who can be named responsible for an action. */
export async function listStaffPeople(db: Db) {
  return db
    .select({ id: users.id, name: users.name, role: users.role, unitId: users.unitId })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

/** Where an action stands: an outcome written or not; for statements given, still due, overdue or declined. */
export const activityOutcomeFilters = ["recorded", "none", "given", "due", "overdue", "declined"] as const;
export type ActivityOutcomeFilter = (typeof activityOutcomeFilters)[number];

export type ActivityFilters = {
  priorityId?: string;
  type?: ActivityType;
  from?: string;
  to?: string;
  state?: "pending" | "draft" | "returned" | "published";
  outcome?: ActivityOutcomeFilter;
  /** Helsinki's today, for "due" and "overdue". */
  today?: string;
};

/** The day an action is listed under: when it happened or was given, else a statement's deadline. */
const activityDay = sql<string | null>`coalesce(${advocacyActivities.date}, ${advocacyActivities.deadline})`;

function outcomeCondition(outcome: ActivityOutcomeFilter, today: string): SQL | undefined {
  const a = advocacyActivities;
  const notGiven = and(eq(a.type, "statement"), isNull(a.date), eq(a.declined, false));
  switch (outcome) {
    case "recorded":
      return isNotNull(a.outcome);
    case "none":
      return isNull(a.outcome);
    case "given":
      return and(eq(a.type, "statement"), isNotNull(a.date));
    case "due":
      return and(notGiven, gte(a.deadline, today));
    case "overdue":
      return and(notGiven, lt(a.deadline, today));
    case "declined":
      return and(eq(a.type, "statement"), eq(a.declined, true));
  }
}

const activityColumns = {
  id: advocacyActivities.id,
  type: advocacyActivities.type,
  priorityId: advocacyActivities.priorityId,
  title: advocacyActivities.title,
  date: advocacyActivities.date,
  deadline: advocacyActivities.deadline,
  declined: advocacyActivities.declined,
  audience: advocacyActivities.audience,
  ministry: advocacyActivities.ministry,
  responsibleUserId: advocacyActivities.responsibleUserId,
  responsibleName: users.name,
  visibility: advocacyActivities.visibility,
  reviewState: advocacyActivities.reviewState,
  publishedAt: advocacyActivities.publishedAt,
  outcome: advocacyActivities.outcome,
};

/**
 * Advocacy actions for staff, newest first. The date filter looks at the
 * date the action happened or was given, and for statements not yet given at
 * their deadline; the outcome filter at what came of it.
 */
export async function listActivities(db: Db, filters: ActivityFilters = {}) {
  const where: (SQL | undefined)[] = [isNull(advocacyActivities.archivedAt)];
  if (filters.priorityId) where.push(eq(advocacyActivities.priorityId, filters.priorityId));
  if (filters.type) where.push(eq(advocacyActivities.type, filters.type));
  if (filters.state) where.push(eq(advocacyActivities.reviewState, filters.state));
  if (filters.from) where.push(sql`${activityDay} >= ${filters.from}`);
  if (filters.to) where.push(sql`${activityDay} <= ${filters.to}`);
  if (filters.outcome) where.push(outcomeCondition(filters.outcome, filters.today ?? new Date().toISOString().slice(0, 10)));
  return db
    .select(activityColumns)
    .from(advocacyActivities)
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(and(...where))
    .orderBy(sql`${activityDay} desc nulls last`, desc(advocacyActivities.createdAt));
}

export async function getActivity(db: Db, id: string) {
  const [row] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.id, id));
  return row ?? null;
}

/** Statements whose deadline is today or later and which are not given yet (the calendar). */
export async function upcomingDeadlines(db: Db, today: string, options: { until?: string; responsibleUserId?: string } = {}) {
  const where: SQL[] = [
    eq(advocacyActivities.type, "statement"),
    isNull(advocacyActivities.archivedAt),
    isNull(advocacyActivities.date),
    eq(advocacyActivities.declined, false),
    gte(advocacyActivities.deadline, today),
  ];
  if (options.until) where.push(lte(advocacyActivities.deadline, options.until));
  if (options.responsibleUserId) where.push(eq(advocacyActivities.responsibleUserId, options.responsibleUserId));
  return db
    .select(activityColumns)
    .from(advocacyActivities)
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(and(...where))
    .orderBy(asc(advocacyActivities.deadline));
}

/** Statements past their deadline with nothing given (and not declined): flagged to staff. */
export async function overdueStatements(db: Db, today: string, options: { responsibleUserId?: string } = {}) {
  const where: SQL[] = [
    eq(advocacyActivities.type, "statement"),
    isNull(advocacyActivities.archivedAt),
    isNull(advocacyActivities.date),
    eq(advocacyActivities.declined, false),
  ];
  if (options.responsibleUserId) where.push(eq(advocacyActivities.responsibleUserId, options.responsibleUserId));
  const rows = await db
    .select(activityColumns)
    .from(advocacyActivities)
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(and(...where))
    .orderBy(asc(advocacyActivities.deadline));
  return rows.filter((r) => r.deadline !== null && r.deadline < today);
}

export type AskFilters = { priorityId?: string; outcome?: AskOutcome; programmeYear?: number };

export async function listAsks(db: Db, filters: AskFilters = {}) {
  const where: (SQL | undefined)[] = [isNull(governmentAsks.archivedAt)];
  if (filters.priorityId) where.push(eq(governmentAsks.priorityId, filters.priorityId));
  if (filters.outcome) where.push(eq(governmentAsks.outcome, filters.outcome));
  if (filters.programmeYear) where.push(eq(governmentAsks.programmeYear, filters.programmeYear));
  return db
    .select({
      id: governmentAsks.id,
      programmeYear: governmentAsks.programmeYear,
      priorityId: governmentAsks.priorityId,
      wording: governmentAsks.wording,
      target: governmentAsks.target,
      outcome: governmentAsks.outcome,
      evidence: governmentAsks.evidence,
      visibility: governmentAsks.visibility,
      reviewState: governmentAsks.reviewState,
    })
    .from(governmentAsks)
    .where(and(...where))
    .orderBy(desc(governmentAsks.programmeYear), asc(governmentAsks.sortOrder), asc(governmentAsks.createdAt));
}

export async function listProgrammeYears(db: Db) {
  const rows = await db.selectDistinct({ year: governmentAsks.programmeYear }).from(governmentAsks).where(isNull(governmentAsks.archivedAt));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

export async function getAsk(db: Db, id: string) {
  const [row] = await db.select().from(governmentAsks).where(eq(governmentAsks.id, id));
  return row ?? null;
}

export async function getPlanForPriority(db: Db, priorityId: string) {
  const [row] = await db.select().from(advocacyPlans).where(and(eq(advocacyPlans.priorityId, priorityId), isNull(advocacyPlans.archivedAt)));
  return row ?? null;
}

/** Which priorities have a plan, and in which state (the overview). */
export async function listPlans(db: Db) {
  return db
    .select({
      id: advocacyPlans.id,
      priorityId: advocacyPlans.priorityId,
      visibility: advocacyPlans.visibility,
      reviewState: advocacyPlans.reviewState,
      updatedAt: advocacyPlans.updatedAt,
      timeline: advocacyPlans.timeline,
    })
    .from(advocacyPlans)
    .where(isNull(advocacyPlans.archivedAt));
}

export async function getPriority(db: Db, id: string) {
  const [row] = await db
    .select({ id: priorities.id, title: priorities.title, goalTitle: goals.title, unitId: priorities.responsibleUnitId, archivedAt: priorities.archivedAt })
    .from(priorities)
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(eq(priorities.id, id));
  return row ?? null;
}

export async function userNames(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The priority an advocacy item belongs to: its title and responsible unit (the detail pages' heading and edit right). */
export async function priorityHeading(db: Db, id: string) {
  return (await db.select({ id: priorities.id, title: priorities.title, unitId: priorities.responsibleUnitId }).from(priorities).where(eq(priorities.id, id)))[0];
}

/** The id of the priority's advocacy plan, if it has one (a priority has at most one). */
export async function planIdOfPriority(db: Db, priorityId: string): Promise<string | null> {
  return (await db.select({ id: advocacyPlans.id }).from(advocacyPlans).where(eq(advocacyPlans.priorityId, priorityId)))[0]?.id ?? null;
}
