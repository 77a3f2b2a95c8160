import "server-only";
import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, auditLog, euProjects, goals, governmentAsks, indicators, measures, networks, priorities, progressUpdates } from "../../schema";
import { publicScope } from "./scope";

/**
 * What was published, newest first, for the Atom feeds: the publication
 * records of the history (each the public snapshot of that time), of items
 * that are public now under the same rule as the pages (`publicScope`).
 * With a goal: the goal, its priorities, its measures and their progress updates.
 */
export type Publication = { auditId: number; type: string; id: string; at: Date; version: number | null; snapshot: Record<string, unknown> };

export const FEED_LENGTH = 50;

export async function publicationsForFeed(db: Db, options: { goalId?: string; limit?: number } = {}): Promise<Publication[]> {
  const s = publicScope();
  const goal = options.goalId;
  const ids = (table: PgTable & { id: PgColumn }, where: SQL) => sql`(select ${table.id} from ${table} where ${where})`;
  const ofGoal = (t: { published: PgColumn }) => (goal ? sql` and ${t.published}->>'goalId' = ${goal}` : sql``);
  const kinds: [string, SQL][] = goal
    ? [
        ["goal", sql`${goals.id} = ${goal} and ${s.goal(goals)}`],
        ["priority", sql`${s.priority(priorities)}${ofGoal(priorities)}`],
        ["measure", sql`${s.measure(measures)}${ofGoal(measures)}`],
        ["progress_update", sql`${s.update(progressUpdates)} and ${progressUpdates.published}->>'measureId' in (select m2.id::text from measures m2 where m2.published->>'goalId' = ${goal})`],
      ].map(([type, where]) => [type as string, where as SQL])
    : [
        ["goal", s.goal(goals)],
        ["priority", s.priority(priorities)],
        ["measure", s.measure(measures)],
        ["progress_update", s.update(progressUpdates)],
        ["indicator", s.indicator(indicators)],
        ["euProject", s.euProject(euProjects)],
        ["network", s.network(networks)],
        ["advocacy_plan", s.advocacy(advocacyPlans)],
        ["advocacy_activity", s.advocacy(advocacyActivities)],
        ["government_ask", s.advocacy(governmentAsks)],
      ];
  const tableOf: Record<string, PgTable & { id: PgColumn }> = {
    goal: goals,
    priority: priorities,
    measure: measures,
    progress_update: progressUpdates,
    indicator: indicators,
    euProject: euProjects,
    network: networks,
    advocacy_plan: advocacyPlans,
    advocacy_activity: advocacyActivities,
    government_ask: governmentAsks,
  };
  const rows = await db
    .select({ auditId: auditLog.id, type: auditLog.entityType, id: auditLog.entityId, at: auditLog.at, version: auditLog.version, snapshot: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.isPublication, true),
        sql`${auditLog.after} is not null`,
        inArray(auditLog.entityType, kinds.map(([type]) => type)),
        or(...kinds.map(([type, where]) => sql`(${auditLog.entityType} = ${type} and ${auditLog.entityId} in ${ids(tableOf[type]!, where)})`)),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit ?? FEED_LENGTH);
  return rows.map((r) => ({ ...r, snapshot: r.snapshot ?? {} }));
}

const publishedTables = { goal: goals, priority: priorities, measure: measures, indicator: indicators, euProject: euProjects, network: networks } as const;
export type LastUpdatedType = keyof typeof publishedTables;

/** When an item's public version was last published, or null (not published). */
export async function lastPublishedAt(db: Db, type: LastUpdatedType, id: string): Promise<Date | null> {
  const table = publishedTables[type];
  const [row] = await db.select({ at: table.publishedAt }).from(table).where(and(eq(table.id, id), sql`${table.published} is not null`));
  return row?.at ?? null;
}
