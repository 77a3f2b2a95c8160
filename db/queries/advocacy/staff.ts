import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { fetchPage, type Sort } from "@/lib/paging";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, goals, governmentAsks, priorities, strategyPeriods, users, type ActivityType, type AskOutcome } from "../../schema";
import { countWhere, localizedContains, localizedSortKey, sortOrder } from "../paging";

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
  /** Free text, searched in the title in every language. */
  q?: string;
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

/** The list's filters as one SQL condition (free text: the title in any language, any case). */
function activityConditions(filters: ActivityFilters): SQL | undefined {
  const a = advocacyActivities;
  const where: (SQL | undefined)[] = [isNull(a.archivedAt)];
  if (filters.priorityId) where.push(eq(a.priorityId, filters.priorityId));
  if (filters.type) where.push(eq(a.type, filters.type));
  if (filters.state) where.push(eq(a.reviewState, filters.state));
  if (filters.from) where.push(sql`${activityDay} >= ${filters.from}`);
  if (filters.to) where.push(sql`${activityDay} <= ${filters.to}`);
  if (filters.outcome) where.push(outcomeCondition(filters.outcome, filters.today ?? new Date().toISOString().slice(0, 10)));
  where.push(localizedContains(a.title, filters.q));
  return and(...where);
}

/**
 * Advocacy actions for staff, newest first. The date filter looks at the
 * date the action happened or was given, and for statements not yet given at
 * their deadline; the outcome filter at what came of it. Unbounded: for
 * exports and rules over one priority; pages list with `pageActivities`.
 */
export async function listActivities(db: Db, filters: ActivityFilters = {}) {
  return db
    .select(activityColumns)
    .from(advocacyActivities)
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(activityConditions(filters))
    .orderBy(sql`${activityDay} desc nulls last`, desc(advocacyActivities.createdAt), asc(advocacyActivities.id));
}

/** Sort keys of the staff list of actions (`?sort=`); `date` is the day it is listed under. */
export const activitySorts = ["date", "title", "type", "responsible", "state"] as const;
export type ActivitySort = (typeof activitySorts)[number];
export const defaultActivitySort: Sort<ActivitySort> = { key: "date", desc: true };

/** One page of advocacy actions, filtered and sorted in SQL, with the count of the whole filtered list. */
export async function pageActivities(db: Db, filters: ActivityFilters, opts: { page: number; sort?: Sort<ActivitySort>; locale: string; size?: number }) {
  const where = activityConditions(filters);
  const a = advocacyActivities;
  const title = localizedSortKey(a.title, opts.locale);
  const order = sortOrder(opts.sort ?? defaultActivitySort, (d) => ({
    date: sql`${activityDay} ${d} nulls last`,
    title: sql`${title} ${d}`,
    type: sql`${a.type} ${d}, ${activityDay} desc nulls last`,
    responsible: sql`lower(${users.name}) ${d} nulls last, ${activityDay} desc nulls last`,
    state: sql`${a.reviewState} ${d}, ${activityDay} desc nulls last`,
  }));
  return fetchPage(
    opts.page,
    (limit, offset) =>
      db
        .select(activityColumns)
        .from(a)
        .leftJoin(users, eq(users.id, a.responsibleUserId))
        .where(where)
        .orderBy(order, desc(a.createdAt), asc(a.id))
        .limit(limit)
        .offset(offset),
    countWhere(db, a, where),
    opts.size,
  );
}

/** How many actions each priority has (not archived): the overview's counts, one grouped query. */
export async function activityCountsByPriority(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ priorityId: advocacyActivities.priorityId, n: sql<number>`count(*)::int` })
    .from(advocacyActivities)
    .where(isNull(advocacyActivities.archivedAt))
    .groupBy(advocacyActivities.priorityId);
  return new Map(rows.map((r) => [r.priorityId, r.n]));
}

export async function getActivity(db: Db, id: string) {
  const [row] = await db.select().from(advocacyActivities).where(eq(advocacyActivities.id, id));
  return row ?? null;
}

/** Statements not given yet and not declined: the calendar's common condition. */
const openStatement = and(
  eq(advocacyActivities.type, "statement"),
  isNull(advocacyActivities.archivedAt),
  isNull(advocacyActivities.date),
  eq(advocacyActivities.declined, false),
)!;

type StatementOptions = { responsibleUserId?: string; priorityId?: string; limit?: number };

/** Open statements within `deadline` (and the options' person and priority), nearest deadline first; `limit` bounds a page's share. */
async function openStatements(db: Db, deadline: SQL[], options: StatementOptions) {
  const where: SQL[] = [openStatement, ...deadline];
  if (options.responsibleUserId) where.push(eq(advocacyActivities.responsibleUserId, options.responsibleUserId));
  if (options.priorityId) where.push(eq(advocacyActivities.priorityId, options.priorityId));
  const q = db
    .select(activityColumns)
    .from(advocacyActivities)
    .leftJoin(users, eq(users.id, advocacyActivities.responsibleUserId))
    .where(and(...where))
    .orderBy(asc(advocacyActivities.deadline), asc(advocacyActivities.id));
  return options.limit ? q.limit(options.limit) : q;
}

/** Statements whose deadline is today or later and which are not given yet (the calendar), nearest first; `limit` bounds a page's share. */
export async function upcomingDeadlines(db: Db, today: string, options: StatementOptions & { until?: string } = {}) {
  return openStatements(db, [gte(advocacyActivities.deadline, today), ...(options.until ? [lte(advocacyActivities.deadline, options.until)] : [])], options);
}

/** Statements past their deadline with nothing given (and not declined): flagged to staff, oldest deadline first; `limit` bounds a page's share. */
export async function overdueStatements(db: Db, today: string, options: StatementOptions = {}) {
  return openStatements(db, [lt(advocacyActivities.deadline, today)], options);
}

/** How many statements are overdue and how many still due (the calendar's counts, beside its first few). */
export async function statementDeadlineCounts(db: Db, today: string, options: { priorityId?: string } = {}) {
  const where: SQL[] = [openStatement, isNotNull(advocacyActivities.deadline)];
  if (options.priorityId) where.push(eq(advocacyActivities.priorityId, options.priorityId));
  const [row] = await db
    .select({
      overdue: sql<number>`(count(*) filter (where ${advocacyActivities.deadline} < ${today}))::int`,
      upcoming: sql<number>`(count(*) filter (where ${advocacyActivities.deadline} >= ${today}))::int`,
    })
    .from(advocacyActivities)
    .where(and(...where));
  return { overdue: row?.overdue ?? 0, upcoming: row?.upcoming ?? 0 };
}

/** The calendar shows the first few of each kind; the rest are a link to the paged list. */
const CALENDAR_ROWS = 20;

/** The deadline calendar (all priorities', or one's): the first overdue and coming statements, and how many there are of each. */
export async function deadlineCalendar(db: Db, today: string, options: { priorityId?: string } = {}) {
  const [overdue, upcoming, counts] = await Promise.all([
    overdueStatements(db, today, { ...options, limit: CALENDAR_ROWS }),
    upcomingDeadlines(db, today, { ...options, limit: CALENDAR_ROWS }),
    statementDeadlineCounts(db, today, options),
  ]);
  return { overdue, upcoming, overdueTotal: counts.overdue, upcomingTotal: counts.upcoming };
}

export type AskFilters = { priorityId?: string; outcome?: AskOutcome; programmeYear?: number; q?: string };

function askConditions(filters: AskFilters): SQL | undefined {
  const g = governmentAsks;
  const where: (SQL | undefined)[] = [isNull(g.archivedAt)];
  if (filters.priorityId) where.push(eq(g.priorityId, filters.priorityId));
  if (filters.outcome) where.push(eq(g.outcome, filters.outcome));
  if (filters.programmeYear) where.push(eq(g.programmeYear, filters.programmeYear));
  where.push(localizedContains(g.wording, filters.q));
  return and(...where);
}

const askColumns = {
  id: governmentAsks.id,
  programmeYear: governmentAsks.programmeYear,
  priorityId: governmentAsks.priorityId,
  wording: governmentAsks.wording,
  target: governmentAsks.target,
  outcome: governmentAsks.outcome,
  evidence: governmentAsks.evidence,
  visibility: governmentAsks.visibility,
  reviewState: governmentAsks.reviewState,
};

/** Every ask matching the filters (exports, one priority's page); the register pages with `pageAsks`. */
export async function listAsks(db: Db, filters: AskFilters = {}) {
  return db
    .select(askColumns)
    .from(governmentAsks)
    .where(askConditions(filters))
    .orderBy(desc(governmentAsks.programmeYear), asc(governmentAsks.sortOrder), asc(governmentAsks.createdAt), asc(governmentAsks.id));
}

/** Sort keys of the asks register (`?sort=`). */
export const askSorts = ["year", "wording", "outcome", "state"] as const;
export type AskSort = (typeof askSorts)[number];
export const defaultAskSort: Sort<AskSort> = { key: "year", desc: true };

/** One page of the asks register, filtered and sorted in SQL. */
export async function pageAsks(db: Db, filters: AskFilters, opts: { page: number; sort?: Sort<AskSort>; locale: string; size?: number }) {
  const where = askConditions(filters);
  const g = governmentAsks;
  const order = sortOrder(opts.sort ?? defaultAskSort, (d) => ({
    year: sql`${g.programmeYear} ${d}, ${g.sortOrder} asc`,
    wording: sql`${localizedSortKey(g.wording, opts.locale)} ${d}`,
    outcome: sql`${g.outcome} ${d}, ${g.programmeYear} desc, ${g.sortOrder} asc`,
    state: sql`${g.reviewState} ${d}, ${g.programmeYear} desc, ${g.sortOrder} asc`,
  }));
  return fetchPage(
    opts.page,
    (limit, offset) => db.select(askColumns).from(g).where(where).orderBy(order, asc(g.createdAt), asc(g.id)).limit(limit).offset(offset),
    countWhere(db, g, where),
    opts.size,
  );
}

/** Asks counted by priority and outcome (one grouped query): the adoption figures' input (`adoptionFromCounts`). */
export async function askOutcomeCounts(db: Db, filters: AskFilters = {}) {
  return db
    .select({ priorityId: governmentAsks.priorityId, outcome: governmentAsks.outcome, n: sql<number>`count(*)::int` })
    .from(governmentAsks)
    .where(askConditions(filters))
    .groupBy(governmentAsks.priorityId, governmentAsks.outcome);
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
