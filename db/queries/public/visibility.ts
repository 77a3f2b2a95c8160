import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { publishableTables as tables } from "../publishable";
import { isUuid } from "@/lib/ids";

/**
 * THE public visibility rule — the only place that decides whether the public
 * may see an item. Every public read (pages, search, open-data API, embeds,
 * calendar feeds, published history, area pages) filters with it; never write
 * `published is not null and archived_at is null` by hand in a public query.
 *
 * An item is public when it is published (has a public snapshot), is not
 * archived, and every ancestor is public, following the parent named in its
 * PUBLISHED snapshot (what the public sees), up the strategy chain:
 *
 *   period ← goal ← priority / measure ← progress update
 *   period ← indicator
 *   priority ← advocacy plan / activity / government ask
 *   network, EU project: no parent (their links to priorities are shown only
 *   for public priorities: filter the linked ids with `publicIds`)
 *   document ← its item (advocacy action or plan, EU project, network, measure),
 *   named by `parentKind`/`parentId`; only public documents are ever published
 *
 * How to use it:
 *   - rows of a table:   `db.select(...).from(measures).where(and(publicWhere.measure(), ...))`
 *                        (or `publicRowOf.measure(table)` when the query passes the table itself)
 *   - an id elsewhere:   `publicId.priority(sql\`(${networks.published}->>'x')::uuid\`)` or a column,
 *                        e.g. `publicId.goal(measures.goalId)` — an SQL predicate (EXISTS …)
 *   - links in a snapshot (priorityIds, alignments): `await publicIds(db, "priority", ids)`
 *   - one item:          `await isPublic(db, "measure", id)`
 * A new public area adds its table to `publicWhere` (and `publicId` if it is a
 * parent), with its parent's rule, and tests a draft ancestor.
 */

type Publishable = { published: PgColumn; archivedAt: PgColumn };
type IdSql = SQL | PgColumn;

/** The row itself is published and not archived. NOT the public rule on its own (ancestors are not checked). */
export const publishedRow = (t: Publishable): SQL => and(isNotNull(t.published), isNull(t.archivedAt))!;

/** A parent id named in a row's published snapshot, as SQL (uuid). */
const snap = (t: Publishable, key: string): SQL => sql`(${t.published}->>${sql.raw(`'${key}'`)})::uuid`;

// Each level is an EXISTS on the parent's primary key with its own alias, so they nest.
const periodId = (id: IdSql): SQL =>
  sql`exists (select 1 from strategy_periods vis_period where vis_period.id = ${id} and vis_period.published is not null and vis_period.archived_at is null)`;
const goalId = (id: IdSql): SQL =>
  sql`exists (select 1 from goals vis_goal where vis_goal.id = ${id} and vis_goal.published is not null and vis_goal.archived_at is null and ${periodId(sql`(vis_goal.published->>'periodId')::uuid`)})`;
const priorityId = (id: IdSql): SQL =>
  sql`exists (select 1 from priorities vis_priority where vis_priority.id = ${id} and vis_priority.published is not null and vis_priority.archived_at is null and ${goalId(sql`(vis_priority.published->>'goalId')::uuid`)})`;
const measureId = (id: IdSql): SQL =>
  sql`exists (select 1 from measures vis_measure where vis_measure.id = ${id} and vis_measure.published is not null and vis_measure.archived_at is null and ${goalId(sql`(vis_measure.published->>'goalId')::uuid`)})`;

/** "The item with this id is public" for the items that are parents of others. */
export const publicId = { period: periodId, goal: goalId, priority: priorityId, measure: measureId };

/**
 * "This row is public", for a table given by the caller (a query that reads
 * the table under its own name, e.g. a union in the search). Prefer
 * `publicWhere`, which names the table itself.
 */
export const publicRowOf = {
  period: (t: Publishable): SQL => publishedRow(t),
  goal: (t: Publishable): SQL => and(publishedRow(t), periodId(snap(t, "periodId")))!,
  priority: (t: Publishable): SQL => and(publishedRow(t), goalId(snap(t, "goalId")))!,
  measure: (t: Publishable): SQL => and(publishedRow(t), goalId(snap(t, "goalId")))!,
  progressUpdate: (t: Publishable): SQL => and(publishedRow(t), measureId(snap(t, "measureId")))!,
  indicator: (t: Publishable): SQL => and(publishedRow(t), periodId(snap(t, "periodId")))!,
  /** Advocacy plans, activities and government asks: shown under their priority, so only when it is public. */
  advocacy: (t: Publishable): SQL => and(publishedRow(t), priorityId(snap(t, "priorityId")))!,
  network: (t: Publishable): SQL => publishedRow(t),
  euProject: (t: Publishable): SQL => publishedRow(t),
};

/** The item a document is attached to is public (one subquery per kind of item). */
const documentParent = (t: typeof tables.document): SQL => {
  const parent = (kind: string, table: { id: PgColumn }, rule: SQL) =>
    sql`(${t.parentKind} = ${kind} and ${t.parentId} in (select ${table.id} from ${table as never} where ${rule}))`;
  return sql`(${parent("advocacyActivity", tables.advocacyActivity, publicRowOf.advocacy(tables.advocacyActivity))} or ${parent("advocacyPlan", tables.advocacyPlan, publicRowOf.advocacy(tables.advocacyPlan))} or ${parent("euProject", tables.euProject, publicRowOf.euProject(tables.euProject))} or ${parent("network", tables.network, publicRowOf.network(tables.network))} or ${parent("measure", tables.measure, publicRowOf.measure(tables.measure))})`;
};

/** "This row is public" for every table the public site reads. */
export const publicWhere = {
  period: () => publicRowOf.period(tables.period),
  goal: () => publicRowOf.goal(tables.goal),
  priority: () => publicRowOf.priority(tables.priority),
  measure: () => publicRowOf.measure(tables.measure),
  progressUpdate: () => publicRowOf.progressUpdate(tables.progressUpdate),
  indicator: () => publicRowOf.indicator(tables.indicator),
  advocacyPlan: () => publicRowOf.advocacy(tables.advocacyPlan),
  advocacyActivity: () => publicRowOf.advocacy(tables.advocacyActivity),
  governmentAsk: () => publicRowOf.advocacy(tables.governmentAsk),
  network: () => publicRowOf.network(tables.network),
  euProject: () => publicRowOf.euProject(tables.euProject),
  /** A document: published as public (its snapshot says so) and its item is public. */
  document: () => and(publishedRow(tables.document), sql`${tables.document.published}->>'visibility' = 'public'`, documentParent(tables.document))!,
};

export type PublicKind = keyof typeof tables;

/** Is this one item public now? (Not-a-uuid answers false.) */
export async function isPublic(db: Db, kind: PublicKind, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const t = tables[kind];
  const rows = await db.select({ id: t.id }).from(t).where(and(eq(t.id, id), publicWhere[kind]()));
  return rows.length > 0;
}

/** Of these ids (e.g. the priority links of a network or EU project snapshot), the ones that are public. */
export async function publicIds(db: Db, kind: PublicKind, ids: readonly string[]): Promise<Set<string>> {
  const valid = [...new Set(ids)].filter((id) => isUuid(id));
  if (!valid.length) return new Set();
  const t = tables[kind];
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(inArray(t.id, valid), publicWhere[kind]()));
  return new Set(rows.map((r) => r.id));
}
