import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { MeasureFilters } from "@/lib/strategy/filters";
import { fetchPage, type Sort } from "@/lib/paging";
import { effectiveEndSql, lateSql, OPEN_MILESTONE_STATES, staleSql } from "@/lib/strategy/flags";
import type { Db } from "../../client";
import { goals, measureContacts, measures, milestones, progressUpdates, strategyPeriods, users } from "../../schema";
import { sortLanguage } from "../paging";

/** Sort keys of the staff measure list (the URL's `?sort=`); "order" is the strategy's own order. */
export const measureSorts = ["order", "title", "status", "progress", "due"] as const;
export type MeasureSort = (typeof measureSorts)[number];


/** The latest progress update per measure (any visibility); joined, so each measure's is found once (also by the dashboard's aggregates). */
export const lastUpdates = (db: Db) =>
  db.select({ measureId: progressUpdates.measureId, last: sql<string>`max(${progressUpdates.date})`.as("last_update") }).from(progressUpdates).where(isNull(progressUpdates.archivedAt)).groupBy(progressUpdates.measureId).as("lu");

/** The earliest end of an unfinished, dated milestone per measure (joined, as `lastUpdates`). */
export const openMilestones = (db: Db) =>
  db
    .select({ measureId: milestones.measureId, firstEnd: sql<string>`min(${effectiveEndSql(sql`${milestones.dueDate}`, sql`${milestones.duePrecision}`)})`.as("first_open_end") })
    .from(milestones)
    .where(and(isNull(milestones.archivedAt), inArray(milestones.state, [...OPEN_MILESTONE_STATES]), sql`${milestones.dueDate} is not null`))
    .groupBy(milestones.measureId)
    .as("mo");

/** The late and stale flags: the one rule's SQL form (lib/strategy/flags.ts), fed by the joined subqueries above. */
export function flags(lu: ReturnType<typeof lastUpdates>, mo: ReturnType<typeof openMilestones>, today: string, staleAfterDays: number) {
  const m = { id: sql`${measures.id}`, status: sql`${measures.status}`, dueDate: sql`${measures.dueDate}`, duePrecision: sql`${measures.duePrecision}`, createdAt: sql`${measures.createdAt}` };
  const late = sql<boolean>`${lateSql({ ...m, firstOpenMilestoneEnd: sql`${mo.firstEnd}` }, today)}`;
  const stale = sql<boolean>`${staleSql({ ...m, lastUpdate: sql`${lu.last}` }, today, staleAfterDays)}`;
  return { late, stale };
}

/** The filters as one SQL condition (text: every word in the fi, sv or en title or description, any case). */
function conditions(f: MeasureFilters, late: SQL, stale: SQL): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.period) where.push(eq(goals.periodId, f.period));
  if (f.goal) where.push(eq(measures.goalId, f.goal));
  if (f.priority) where.push(sql`exists (select 1 from measure_priorities mp join priorities pr on pr.id = mp.priority_id where mp.measure_id = ${measures.id} and mp.priority_id = ${f.priority} and pr.archived_at is null)`);
  if (f.status) where.push(sql`${measures.status} = ${f.status}`);
  if (f.unit) where.push(eq(measures.responsibleUnitId, f.unit));
  if (f.late) where.push(late);
  if (f.stale) where.push(stale);
  const words = f.q ? f.q.toLocaleLowerCase("fi").split(/\s+/).filter(Boolean).slice(0, 10) : [];
  if (words.length) {
    const haystack = sql`lower(concat_ws(' ', ${measures.title}->>'fi', ${measures.title}->>'sv', ${measures.title}->>'en', ${measures.description}->>'fi', ${measures.description}->>'sv', ${measures.description}->>'en'))`;
    for (const w of words) where.push(sql`position(${w} in ${haystack}) > 0`);
  }
  return and(...where);
}

/**
 * One page of the staff measure list, filtered, flagged and sorted in SQL,
 * with the counts the page shows: matching, all active, late and stale among
 * the matching. Only the page's rows are fetched with their contacts.
 */
export async function pageMeasuresForStaff(db: Db, f: MeasureFilters, opts: { page: number; sort: Sort<MeasureSort>; locale: string; today: string; staleAfterDays: number }) {
  const lu = lastUpdates(db);
  const mo = openMilestones(db);
  const { late, stale } = flags(lu, mo, opts.today, opts.staleAfterDays);
  const where = conditions(f, late, stale);
  const active = and(isNull(measures.archivedAt), isNull(goals.archivedAt));
  const dir = opts.sort.desc ? desc : asc;
  const lang = sortLanguage(opts.locale);
  const order: SQL[] = {
    order: [dir(strategyPeriods.sortOrder), dir(goals.sortOrder), dir(measures.sortOrder)],
    title: [opts.sort.desc ? sql`coalesce(${measures.title}->>${lang}, ${measures.title}->>'fi') desc` : sql`coalesce(${measures.title}->>${lang}, ${measures.title}->>'fi') asc`],
    status: [dir(measures.status)],
    progress: [dir(measures.progress)],
    due: [opts.sort.desc ? sql`${measures.dueDate} desc nulls last` : sql`${measures.dueDate} asc nulls last`],
  }[opts.sort.key];
  let counts = { total: 0, late: 0, stale: 0, all: 0 };
  const page = await fetchPage(
    opts.page,
    (limit, offset) =>
      db
        .select({
        id: measures.id,
        goalId: measures.goalId,
        title: measures.title,
        status: measures.status,
        progress: measures.progress,
        dueDate: measures.dueDate,
        duePrecision: measures.duePrecision,
        responsibleUnitId: measures.responsibleUnitId,
        visibility: measures.visibility,
        internalNotes: sql<string | null>`left(${measures.internalNotes}, 161)`,
        reviewState: measures.reviewState,
        late,
        stale,
      })
        .from(measures)
        .innerJoin(goals, eq(goals.id, measures.goalId))
        .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
        .leftJoin(lu, eq(lu.measureId, measures.id))
        .leftJoin(mo, eq(mo.measureId, measures.id))
        .where(and(active, where))
        .orderBy(...order, asc(measures.id))
        .limit(limit)
        .offset(offset),
    async () => {
      const [c] = await db
        .select({
        all: sql<number>`count(*)::int`,
        total: sql<number>`(count(*) filter (where ${where ?? sql`true`}))::int`,
        late: sql<number>`(count(*) filter (where ${and(where, late) ?? late}))::int`,
        stale: sql<number>`(count(*) filter (where ${and(where, stale) ?? stale}))::int`,
      })
        .from(measures)
        .innerJoin(goals, eq(goals.id, measures.goalId))
        .leftJoin(lu, eq(lu.measureId, measures.id))
        .leftJoin(mo, eq(mo.measureId, measures.id))
        .where(active);
      counts = c ?? counts;
      return counts.total;
    },
  );
  const ids = page.rows.map((r) => r.id);
  const contacts = ids.length
    ? await db.select({ measureId: measureContacts.measureId, userId: users.id, name: users.name }).from(measureContacts).innerJoin(users, eq(users.id, measureContacts.userId)).where(inArray(measureContacts.measureId, ids)).orderBy(asc(users.name))
    : [];
  const byMeasure = new Map<string, { userId: string; name: string }[]>();
  for (const c of contacts) byMeasure.set(c.measureId, [...(byMeasure.get(c.measureId) ?? []), { userId: c.userId, name: c.name }]);
  return { ...page, rows: page.rows.map((r) => ({ ...r, contacts: byMeasure.get(r.id) ?? [] })), all: counts.all, late: counts.late, stale: counts.stale };
}
