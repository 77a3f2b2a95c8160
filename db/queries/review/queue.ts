import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { rowsOf } from "../../rows";
import { users } from "../../schema";
import { publishableTables as t } from "../publishable";
import type { LocalizedText } from "../../schema/common";
import { fetchPage, PAGE_SIZE, type Page, type Sort } from "@/lib/paging";

/**
 * The cross-area review queue in SQL: one UNION ALL over every kind of
 * publishable item waiting for a decision (pending), an unpublished draft or
 * one returned to its editor, in a common shape. Filtered by area, kind and
 * state, sorted and paged by the database; the counts for the filters are
 * one grouped count. Each kind's arm holds its own rule of what needs review
 * (the review sources in lib/review/sources.ts read their lists from here).
 */
export const queueStates = ["pending", "returned", "draft"] as const;
export type QueueState = (typeof queueStates)[number];

export type QueueItem = {
  type: string;
  id: string;
  /** Area key: its name is `areas.<area>.title` (messages/staff.json). */
  area: string;
  title: LocalizedText;
  state: QueueState;
  by: string | null;
  at: Date;
  /** The item's own staff page (where it is edited). */
  editHref: string;
};

type Arm = {
  /** area, title (jsonb), edit href (text) — after type and before state. */
  area: SQL;
  title: SQL;
  href: SQL;
  /** What of the table needs review, besides "not archived and in a waiting state". */
  where?: SQL;
  /** The review states this kind lists (default: pending, returned and draft). */
  states?: readonly QueueState[];
};

const hrefOf = (prefix: string, id: SQL) => sql`${prefix} || ${id}::text`;
/** An internal item that was never published needs no review. */
const notInternalNever = (t: { visibility: unknown; published: unknown }) => sql`not (${t.visibility} = 'internal' and ${t.published} is null)`;
/** A draft with nothing public to publish needs no review (the advocacy area's rule). */
const advocacyDraft = (t: { reviewState: unknown; published: unknown }, publishable: SQL) => sql`(${t.reviewState} <> 'draft' or ${t.published} is not null or (${publishable}))`;

/** The arms, one per kind of item (the review source's type); each reads from its `cols` table. */
const arms: Record<string, Arm & { cols: PgTable & { id: unknown; reviewState: unknown; archivedAt: unknown; updatedBy: unknown; updatedAt: unknown } }> = {
  period: { cols: t.period, area: sql`'strategy'`, title: sql`${t.period.name}`, href: hrefOf("/staff/strategy/periods/", sql`${t.period.id}`) },
  goal: { cols: t.goal, area: sql`'strategy'`, title: sql`${t.goal.title}`, href: hrefOf("/staff/strategy/goals/", sql`${t.goal.id}`) },
  priority: { cols: t.priority, area: sql`'strategy'`, title: sql`${t.priority.title}`, href: hrefOf("/staff/strategy/priorities/", sql`${t.priority.id}`) },
  measure: { cols: t.measure, area: sql`'strategy'`, title: sql`${t.measure.title}`, href: hrefOf("/staff/strategy/measures/", sql`${t.measure.id}`), where: notInternalNever(t.measure) },
  progress_update: {
    cols: t.progressUpdate,
    area: sql`'strategy'`,
    title: sql`${t.progressUpdate.body}`,
    href: sql`'/staff/strategy/measures/' || ${t.progressUpdate.measureId}::text || '#update-' || ${t.progressUpdate.id}::text`,
    where: notInternalNever(t.progressUpdate),
  },
  indicator: { cols: t.indicator, area: sql`'strategy'`, title: sql`${t.indicator.title}`, href: hrefOf("/staff/strategy/indicators/", sql`${t.indicator.id}`), where: notInternalNever(t.indicator) },
  advocacy_plan: {
    cols: t.advocacyPlan,
    area: sql`'advocacy'`,
    title: sql`coalesce((select p.title from ${t.priority} p where p.id = ${t.advocacyPlan.priorityId}), '{"fi": ""}'::jsonb)`,
    href: hrefOf("/staff/advocacy/plans/", sql`${t.advocacyPlan.priorityId}`),
    where: advocacyDraft(t.advocacyPlan, sql`${t.advocacyPlan.visibility} = 'public' and coalesce(${t.advocacyPlan.publicSummary}->>'fi', '') <> ''`),
  },
  advocacy_activity: {
    cols: t.advocacyActivity,
    area: sql`'advocacy'`,
    title: sql`${t.advocacyActivity.title}`,
    href: hrefOf("/staff/advocacy/activities/", sql`${t.advocacyActivity.id}`),
    where: advocacyDraft(t.advocacyActivity, sql`${t.advocacyActivity.visibility} = 'public' and not (${t.advocacyActivity.type} = 'statement' and ${t.advocacyActivity.date} is null)`),
  },
  government_ask: {
    cols: t.governmentAsk,
    area: sql`'advocacy'`,
    title: sql`${t.governmentAsk.wording}`,
    href: hrefOf("/staff/advocacy/asks/", sql`${t.governmentAsk.id}`),
    where: advocacyDraft(t.governmentAsk, sql`${t.governmentAsk.visibility} = 'public'`),
  },
  network: { cols: t.network, area: sql`'networks'`, title: sql`${t.network.name}`, href: hrefOf("/staff/networks/", sql`${t.network.id}`) },
  euProject: {
    cols: t.euProject,
    area: sql`'funding'`,
    // "ACRONYM – name" in each language the name has.
    title: sql`case when coalesce(${t.euProject.acronym}, '') = '' then ${t.euProject.name} else (select jsonb_object_agg(n.key, ${t.euProject.acronym} || ' – ' || n.value) from jsonb_each_text(${t.euProject.name}) n) end`,
    href: hrefOf("/staff/funding/projects/", sql`${t.euProject.id}`),
  },
  document: {
    cols: t.document,
    area: sql`case ${t.document.parentKind} when 'euProject' then 'funding' when 'network' then 'networks' when 'measure' then 'strategy' else 'advocacy' end`,
    title: sql`${t.document.title}`,
    href: sql`case ${t.document.parentKind} when 'advocacyActivity' then '/staff/advocacy/activities/' || ${t.document.parentId}::text when 'euProject' then '/staff/funding/projects/' || ${t.document.parentId}::text when 'network' then '/staff/networks/' || ${t.document.parentId}::text when 'measure' then '/staff/strategy/measures/' || ${t.document.parentId}::text else '/staff/advocacy' end`,
    // Internal documents never enter the queue; a public one waits only when offered for publication.
    where: sql`${t.document.visibility} = 'public'`,
    states: ["pending", "returned"],
  },
};

/** The kinds of item the queue lists (the review sources' types). */
export const queueTypes = Object.keys(arms);
/** The areas, in menu order. */
export const queueAreas = ["strategy", "advocacy", "funding", "networks"] as const;

function union(types: readonly string[]): SQL {
  return sql.join(
    types.map((type) => {
      const a = arms[type]!;
      const c = a.cols;
      const states = a.states ?? queueStates;
      const conditions = [sql`${c.archivedAt} is null`, sql`${c.reviewState}::text in (${sql.join(states.map((s) => sql`${s}`), sql`, `)})`, ...(a.where ? [a.where] : [])];
      return sql`select ${type}::text, (${a.area})::text, ${c.id}::text, (${a.title})::jsonb, ${c.reviewState}::text, ${c.updatedBy}::text, ${c.updatedAt}, (${a.href})::text from ${a.cols} where ${sql.join(conditions, sql` and `)}`;
    }),
    sql` union all `,
  );
}

const queue = (types: readonly string[] = queueTypes) => sql`(${union(types)}) q(type, area, id, title, state, updated_by, at, edit_href)`;

export type QueueFilter = { area?: string; type?: string; state?: QueueState };
export const queueSortKeys = ["state", "at", "title"] as const;
export type QueueSortKey = (typeof queueSortKeys)[number];
export const defaultQueueSort: Sort<QueueSortKey> = { key: "state", desc: false };

function filterSql(f: QueueFilter): SQL {
  const c: SQL[] = [];
  if (f.area) c.push(sql`q.area = ${f.area}`);
  if (f.type) c.push(sql`q.type = ${f.type}`);
  if (f.state) c.push(sql`q.state = ${f.state}`);
  return c.length ? sql`where ${sql.join(c, sql` and `)}` : sql``;
}

function orderSql(s: Sort<QueueSortKey>, alias: "q" | "p"): SQL {
  const a = sql.raw(alias);
  const dir = s.desc ? sql`desc` : sql`asc`;
  // Ties broken by kind and id, so every page is the same slice of the whole.
  if (s.key === "at") return sql`${a}.at ${dir}, ${a}.type, ${a}.id`;
  if (s.key === "title") return sql`lower(coalesce(${a}.title->>'fi', '')) ${dir}, ${a}.type, ${a}.id`;
  return sql`case ${a}.state when 'pending' then 0 when 'returned' then 1 else 2 end ${dir}, ${a}.at desc, ${a}.type, ${a}.id`;
}

type Row = { type: string; area: string; id: string; title: LocalizedText | null; state: QueueState; by: string | null; at: string | Date; edit_href: string };

/** Items of the queue (no paging): one kind's list, for its review source. */
export async function queueItems(db: Db, type: string): Promise<QueueItem[]> {
  if (!arms[type]) throw new Error(`No review queue arm for "${type}"`);
  return read(db, sql`select q.*, u.name as by from ${queue([type])} left join ${users} u on u.id::text = q.updated_by order by q.at desc, q.id`);
}

async function read(db: Db, query: SQL): Promise<QueueItem[]> {
  return rowsOf<Row>(await db.execute(query)).map((r) => ({
    type: r.type,
    area: r.area,
    id: r.id,
    title: r.title ?? { fi: "" },
    state: r.state,
    by: r.by,
    at: new Date(r.at),
    editHref: r.edit_href,
  }));
}

/** How many items wait per area, kind and state (the filters' counts). */
export type QueueCount = { area: string; type: string; state: QueueState; count: number };
export async function queueCounts(db: Db): Promise<QueueCount[]> {
  const rows = rowsOf<{ area: string; type: string; state: QueueState; n: string | number }>(
    await db.execute(sql`select q.area, q.type, q.state, count(*) as n from ${queue()} group by q.area, q.type, q.state`),
  );
  return rows.map((r) => ({ area: r.area, type: r.type, state: r.state, count: Number(r.n) }));
}

/** The number of items a filter keeps, from the grouped counts (no second scan). */
export const countMatching = (counts: QueueCount[], f: QueueFilter) =>
  counts.filter((c) => (!f.area || c.area === f.area) && (!f.type || c.type === f.type) && (!f.state || c.state === f.state)).reduce((n, c) => n + c.count, 0);

/**
 * One page of the queue and the grouped counts. Only the kinds the filter
 * can keep are read; LIMIT/OFFSET in SQL; the names of who saved them are
 * joined for the page's rows only.
 */
export async function reviewQueuePage(db: Db, filter: QueueFilter, asked: number, sort: Sort<QueueSortKey> = defaultQueueSort, size = PAGE_SIZE): Promise<{ page: Page<QueueItem>; counts: QueueCount[] }> {
  const types = queueTypes.filter((t) => !filter.type || t === filter.type);
  const countsPromise = queueCounts(db);
  const page = await fetchPage(
    asked,
    (limit, offset) =>
      types.length
        ? read(
            db,
            sql`select p.*, u.name as by from (select q.* from ${queue(types)} ${filterSql(filter)} order by ${orderSql(sort, "q")} limit ${limit} offset ${offset}) p
                left join ${users} u on u.id::text = p.updated_by order by ${orderSql(sort, "p")}`,
          )
        : Promise.resolve([]),
    async () => countMatching(await countsPromise, filter),
    size,
  );
  return { page, counts: await countsPromise };
}
