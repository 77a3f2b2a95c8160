import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { LocalizedText } from "@/db/schema/common";
import { rowsOf } from "@/db/rows";
import type { ChangeKind, ReportMeasure, RoundReport } from "@/lib/strategy/rounds";

/**
 * Reading the published follow-up reports (the frozen snapshots in
 * `reporting_rounds.published`) a page at a time: the report of a round with
 * 5 000 measures is never read whole to show 50 of them. Order, sections and
 * changes follow lib/strategy/rounds.ts (`reportSections`, `roundChanges`);
 * the tests hold the SQL to them.
 */

/** A published report without its measures: what lists, headings and links need. */
export type ReportHead = {
  id: string;
  periodId: string;
  cutOffDate: string;
  publishedAt: string | null;
  report: Omit<RoundReport, "measures">;
  measureCount: number;
  hasDemo: boolean;
};

type HeadRow = { id: string; period_id: string; cut_off_date: string; published_at: string | Date | null; head: Omit<RoundReport, "measures">; measure_count: number | string; has_demo: boolean };

/** Every published report without its measures, newest cut-off first. */
export async function publishedReportHeads(db: Db): Promise<ReportHead[]> {
  const rows = rowsOf<HeadRow>(
    await db.execute(sql`
      select id::text as id, period_id::text as period_id, cut_off_date::text as cut_off_date, published_at,
             published - 'measures' as head,
             jsonb_array_length(coalesce(published->'measures', '[]'::jsonb)) as measure_count,
             coalesce(jsonb_path_exists(published, '$.measures[*] ? (@.isDemo == true)'), false) as has_demo
      from reporting_rounds
      where state = 'published' and published is not null
      order by cut_off_date desc, published_at desc nulls last`),
  );
  return rows.map((r) => ({
    id: r.id,
    periodId: r.period_id,
    cutOffDate: String(r.cut_off_date).slice(0, 10),
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    report: r.head,
    measureCount: Number(r.measure_count),
    hasDemo: Boolean(r.has_demo),
  }));
}

/** The measures of a published report as rows `m` (the frozen measure) with `mi` (its place in the snapshot). */
const measuresOf = (id: string) => sql`(select x.m, x.mi from reporting_rounds r, jsonb_array_elements(r.published->'measures') with ordinality x(m, mi) where r.id = ${id}::uuid and r.state = 'published')`;

/**
 * The report's lines in reading order: a measure under each of its goal's
 * priorities it serves (in the goal's priority order), or once under "other
 * measures" when it serves none of them; goals in the report's order, measures
 * by their sort order. `pi` is null for "other measures".
 */
const reportLines = (id: string) => sql`
  with g as (select gg.goal, gg.gi from reporting_rounds r, jsonb_array_elements(r.published->'goals') with ordinality gg(goal, gi) where r.id = ${id}::uuid and r.state = 'published'),
  p as (select g.goal->>'id' as gid, pp.pr->>'id' as pid, pp.pi from g, jsonb_array_elements(coalesce(g.goal->'priorities', '[]'::jsonb)) with ordinality pp(pr, pi)),
  m as ${measuresOf(id)},
  lines as (
    select m.m, m.mi, g.gi, p.pi, p.pid from m join g on g.goal->>'id' = m.m->>'goalId' join p on p.gid = m.m->>'goalId' and coalesce(m.m->'priorityIds', '[]'::jsonb) @> jsonb_build_array(p.pid)
    union all
    select m.m, m.mi, g.gi, null, null from m join g on g.goal->>'id' = m.m->>'goalId'
    where not exists (select 1 from p where p.gid = m.m->>'goalId' and coalesce(m.m->'priorityIds', '[]'::jsonb) @> jsonb_build_array(p.pid))
  )`;

/** The table of contents: each goal of the report with its measures and lines, in one grouped query. */
export async function reportContents(db: Db, id: string): Promise<{ goalId: string; measures: number; lines: number }[]> {
  const rows = rowsOf<{ goal_id: string; measures: number | string; lines: number | string }>(
    await db.execute(sql`${reportLines(id)}
      select m->>'goalId' as goal_id, count(distinct mi) as measures, count(*) as lines
      from lines group by m->>'goalId', gi order by gi`),
  );
  return rows.map((r) => ({ goalId: r.goal_id, measures: Number(r.measures), lines: Number(r.lines) }));
}

export type ReportLine = { goalId: string; priorityId: string | null; measure: ReportMeasure };

/** One page of the report's lines (optionally of one goal), in reading order. `offset`/`limit` as `fetchPage` gives them. */
export async function reportLinesPage(db: Db, id: string, f: { goalId?: string | null; limit: number; offset: number }): Promise<ReportLine[]> {
  const where: SQL = f.goalId ? sql`where m->>'goalId' = ${f.goalId}` : sql``;
  const rows = rowsOf<{ m: ReportMeasure; pid: string | null }>(
    await db.execute(sql`${reportLines(id)}
      select m, pid from lines ${where}
      order by gi, pi nulls last, (m->>'sortOrder')::numeric, mi
      limit ${f.limit} offset ${f.offset}`),
  );
  return rows.map((r) => ({ goalId: r.m.goalId, priorityId: r.pid, measure: r.m }));
}

/**
 * What changed since `previousId` (see `roundChanges`), each kind a page of
 * its own: `offsets` says where each kind's page starts. Returns the lines and
 * the totals per kind (one grouped count).
 */
const changeLines = (id: string, previousId: string) => sql`
  with cur as ${measuresOf(id)},
  prev as ${measuresOf(previousId)},
  hits as (
    select k.kind, c.m, c.mi, (b.m->>'progress')::int as before_progress
    from cur c left join prev b on b.m->>'id' = c.m->>'id'
    cross join lateral (values
      ('new', b.m is null),
      ('progressed', b.m is not null and (c.m->>'progress')::int > (b.m->>'progress')::int),
      ('newlyLate', b.m is not null and c.m->>'checkedStatus' = 'late' and (b.m->>'checkedStatus') is distinct from 'late'),
      ('completed', b.m is not null and c.m->>'status' = 'completed' and (b.m->>'status') is distinct from 'completed')
    ) k(kind, hit)
    where k.hit
  )`;

export async function reportChangeCounts(db: Db, id: string, previousId: string): Promise<Record<ChangeKind, number>> {
  const rows = rowsOf<{ kind: ChangeKind; n: number | string }>(await db.execute(sql`${changeLines(id, previousId)} select kind, count(*) as n from hits group by kind`));
  const out: Record<ChangeKind, number> = { new: 0, progressed: 0, newlyLate: 0, completed: 0 };
  for (const r of rows) out[r.kind] = Number(r.n);
  return out;
}

export type ChangeLine = { kind: ChangeKind; measure: Pick<ReportMeasure, "id" | "title" | "progress">; beforeProgress: number | null };

export async function reportChangesPage(db: Db, id: string, previousId: string, pages: Record<ChangeKind, { limit: number; offset: number }>): Promise<ChangeLine[]> {
  const ranges = sql.join(
    Object.entries(pages).map(([kind, p]) => sql`(kind = ${kind} and rn > ${p.offset} and rn <= ${p.offset + p.limit})`),
    sql` or `,
  );
  const rows = rowsOf<{ kind: ChangeKind; id: string; title: LocalizedText; progress: number | string; before_progress: number | string | null }>(
    await db.execute(sql`${changeLines(id, previousId)}
      select kind, id, title, progress, before_progress from (
        select kind, m->>'id' as id, m->'title' as title, (m->>'progress')::int as progress, before_progress, mi,
               row_number() over (partition by kind order by mi) as rn
        from hits) ranked
      where ${ranges}
      order by kind, mi`),
  );
  return rows.map((r) => ({ kind: r.kind, measure: { id: r.id, title: r.title, progress: Number(r.progress) }, beforeProgress: r.before_progress === null ? null : Number(r.before_progress) }));
}

/** Filters of the open data's report entries. */
export type ReportEntryFilter = { report?: string; measure?: string; goal?: string; checkedStatus?: string; /** Only these reports (the public ones). */ reportIds?: string[] };

const entryWhere = (f: ReportEntryFilter) => {
  const c: SQL[] = [sql`r.state = 'published'`, sql`r.published is not null`];
  if (f.report) c.push(sql`r.id::text = ${f.report}`);
  if (f.reportIds) c.push(f.reportIds.length ? sql`r.id::text in (${sql.join(f.reportIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
  if (f.measure) c.push(sql`x.m->>'id' = ${f.measure}`);
  if (f.goal) c.push(sql`x.m->>'goalId' = ${f.goal}`);
  if (f.checkedStatus) c.push(sql`x.m->>'checkedStatus' = ${f.checkedStatus}`);
  return sql.join(c, sql` and `);
};

/** A page of every published report's measure entries (newest report first, each in its snapshot's order) and how many there are. */
export async function reportEntriesPage(db: Db, f: ReportEntryFilter, limit: number, offset: number): Promise<{ rows: { reportId: string; measure: ReportMeasure }[]; total: number }> {
  const from = sql`from reporting_rounds r, jsonb_array_elements(r.published->'measures') with ordinality x(m, mi) where ${entryWhere(f)}`;
  const [rows, counted] = await Promise.all([
    db.execute(sql`select r.id::text as report_id, x.m ${from} order by r.cut_off_date desc, r.published_at desc nulls last, r.id, x.mi limit ${limit} offset ${offset}`),
    db.execute(sql`select count(*) as n ${from}`),
  ]);
  return {
    rows: rowsOf<{ report_id: string; m: ReportMeasure }>(rows).map((r) => ({ reportId: r.report_id, measure: r.m })),
    total: Number(rowsOf<{ n: number | string }>(counted)[0]?.n ?? 0),
  };
}

/** One published report whole (the PDF and the print view draw it all). */
export async function publishedReportById(db: Db, id: string): Promise<RoundReport | null> {
  const rows = rowsOf<{ report: RoundReport }>(await db.execute(sql`select published as report from reporting_rounds where id = ${id}::uuid and state = 'published' and published is not null`));
  return rows[0]?.report ?? null;
}
