import "server-only";
import { rowsOf } from "../../rows";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, euProjects, goals, governmentAsks, indicators, measures, networks, priorities, progressUpdates } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { publicScope } from "./scope";

/**
 * The public search, in SQL: every published area at once (strategy, EU
 * projects, networks, advocacy actions and asks), read from the same
 * published snapshots as the pages and the open data, with the same rule of
 * what is public (`publicScope`). Every word of the query must occur in some
 * language (fi, sv or en); a word in the title counts double. Accents are
 * folded on both sides (ä = a), so "aterhamtning" finds "återhämtning".
 * Filtered, ranked, counted and paged by the database.
 */
export const searchTypes = ["goal", "priority", "measure", "update", "indicator", "euProject", "network", "action", "ask"] as const;
export type SearchType = (typeof searchTypes)[number];

export type SearchQuery = { q: string; type?: SearchType; status?: string; goal?: string; page?: number; perPage?: number };

export type SearchHit = {
  type: SearchType;
  id: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  status: string | null;
  progress: number | null;
  goalId: string | null;
  measureId: string | null;
  date: string | null;
  publishedAt: string | null;
};

// Accented letters folded in SQL (both cases: lower() of some databases changes ASCII only); the query
// is folded in JS by Unicode decomposition, which agrees for these.
const ACCENTED = "áàâäãåāăąçćčďéèêëēėęěíìîïīįłñńňóòôöõøōőŕřśšşťúùûüūůűųýÿźżž";
const base = (c: string) => (c === "ø" ? "o" : c === "ł" ? "l" : c.normalize("NFKD")[0]!);
const FOLD_FROM = ACCENTED + ACCENTED.toUpperCase();
const FOLD_TO = [...ACCENTED].map(base).join("").repeat(2);

/** Lower case without accents, as the SQL side folds it. */
export function normalise(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ø/g, "o").replace(/ł/g, "l");
}

const fold = (text: SQL) => sql`lower(translate(${text}, ${FOLD_FROM}, ${FOLD_TO}))`;
/** All three languages of a localized jsonb field as one text. */
const langs = (json: SQL) => sql`coalesce(${json}->>'fi', '') || ' ' || coalesce(${json}->>'sv', '') || ' ' || coalesce(${json}->>'en', '')`;

type Branch = {
  type: SearchType;
  /** The select list after `type`: id, title, summary, status, progress, goal_id, measure_id, date, published_at, title_text, body_text. */
  select: SQL;
  from: SQL;
  where: SQL;
};

function branches(): Branch[] {
  const s = publicScope();
  return [
    {
      type: "goal",
      select: sql`${goals.id} as id, ${goals.published}->'title' as title, ${goals.published}->'description' as summary, null::text as status, null::int as progress, ${goals.id}::text as goal_id, null::text as measure_id, null::text as date, ${goals.publishedAt} as published_at, ${langs(sql`${goals.published}->'title'`)} as title_text, ${langs(sql`${goals.published}->'description'`)} as body_text`,
      from: sql`${goals}`,
      where: s.goal(goals),
    },
    {
      type: "priority",
      select: sql`${priorities.id}, ${priorities.published}->'title', ${priorities.published}->'description', null::text, null::int, ${priorities.published}->>'goalId', null::text, null::text, ${priorities.publishedAt}, ${langs(sql`${priorities.published}->'title'`)}, ${langs(sql`${priorities.published}->'description'`)}`,
      from: sql`${priorities}`,
      where: s.priority(priorities),
    },
    {
      type: "measure",
      select: sql`${measures.id}, ${measures.published}->'title', ${measures.published}->'description', ${measures.published}->>'status', (${measures.published}->>'progress')::int, ${measures.published}->>'goalId', ${measures.id}::text, ${measures.published}->>'dueDate', ${measures.publishedAt}, ${langs(sql`${measures.published}->'title'`)}, ${langs(sql`${measures.published}->'description'`)} || ' ' || coalesce(jsonb_path_query_array(${measures.published}, '$.milestones[*].title.*')::text, '')`,
      from: sql`${measures}`,
      where: s.measure(measures),
    },
    {
      // An update is found by its text and shown under its measure's title.
      type: "update",
      select: sql`${progressUpdates.id}, m.published->'title', ${progressUpdates.published}->'body', null::text, null::int, m.published->>'goalId', m.id::text, ${progressUpdates.published}->>'date', ${progressUpdates.publishedAt}, '', ${langs(sql`${progressUpdates.published}->'body'`)}`,
      from: sql`${progressUpdates} join ${measures} m on m.id::text = ${progressUpdates.published}->>'measureId'`,
      where: s.update(progressUpdates),
    },
    {
      type: "indicator",
      select: sql`${indicators.id}, ${indicators.published}->'title', ${indicators.published}->'description', null::text, null::int, null::text, null::text, null::text, ${indicators.publishedAt}, ${langs(sql`${indicators.published}->'title'`)}, ${langs(sql`${indicators.published}->'description'`)}`,
      from: sql`${indicators}`,
      where: s.indicator(indicators),
    },
    {
      type: "euProject",
      select: sql`${euProjects.id}, ${euProjects.published}->'name', ${euProjects.published}->'summary', ${euProjects.published}->>'status', null::int, null::text, null::text, ${euProjects.published}->>'startDate', ${euProjects.publishedAt}, ${langs(sql`${euProjects.published}->'name'`)} || ' ' || coalesce(${euProjects.published}->>'acronym', ''), ${langs(sql`${euProjects.published}->'summary'`)}`,
      from: sql`${euProjects}`,
      where: s.euProject(euProjects),
    },
    {
      type: "network",
      select: sql`${networks.id}, ${networks.published}->'name', ${networks.published}->'description', ${networks.published}->>'status', null::int, null::text, null::text, null::text, ${networks.publishedAt}, ${langs(sql`${networks.published}->'name'`)}, ${langs(sql`${networks.published}->'description'`)} || ' ' || coalesce(jsonb_path_query_array(${networks.published}, '$.roles[*].title.*')::text, '')`,
      from: sql`${networks}`,
      where: s.network(networks),
    },
    {
      type: "action",
      select: sql`${advocacyActivities.id}, ${advocacyActivities.published}->'title', ${advocacyActivities.published}->'summary', ${advocacyActivities.published}->>'type', null::int, null::text, null::text, ${advocacyActivities.published}->>'date', ${advocacyActivities.publishedAt}, ${langs(sql`${advocacyActivities.published}->'title'`)}, ${langs(sql`${advocacyActivities.published}->'summary'`)}`,
      from: sql`${advocacyActivities}`,
      where: s.advocacy(advocacyActivities),
    },
    {
      type: "ask",
      select: sql`${governmentAsks.id}, ${governmentAsks.published}->'wording', ${governmentAsks.published}->'justification', ${governmentAsks.published}->>'outcome', null::int, null::text, null::text, ${governmentAsks.published}->>'programmeYear', ${governmentAsks.publishedAt}, ${langs(sql`${governmentAsks.published}->'wording'`)}, ${langs(sql`${governmentAsks.published}->'justification'`)}`,
      from: sql`${governmentAsks}`,
      where: s.advocacy(governmentAsks),
    },
  ];
}

type Row = {
  type: SearchType;
  id: string;
  title: LocalizedText | null;
  summary: LocalizedText | null;
  status: string | null;
  progress: number | null;
  goal_id: string | null;
  measure_id: string | null;
  date: string | null;
  published_at: string | Date | null;
  total: string | number;
};


export const SEARCH_PER_PAGE = 20;

/** One page of hits, best first, and how many there are in all. An empty query with filters lists everything that passes them. */
export async function searchPublic(db: Db, query: SearchQuery): Promise<{ hits: SearchHit[]; total: number }> {
  const words = normalise(query.q).split(/\s+/).filter(Boolean).slice(0, 10);
  const perPage = query.perPage ?? SEARCH_PER_PAGE;
  const page = Math.max(1, query.page ?? 1);
  const chosen = branches().filter((b) => !query.type || b.type === query.type);
  const union = sql.join(
    chosen.map((b, i) => sql`select ${b.type}::text as type, ${i} as type_order, ${b.select} from ${b.from} where ${b.where}`),
    sql` union all `,
  );
  const conditions: SQL[] = words.map((w) => sql`(position(${w} in d.title_folded) > 0 or position(${w} in d.body_folded) > 0)`);
  if (query.status) conditions.push(sql`d.type = 'measure' and d.status = ${query.status}`);
  if (query.goal) conditions.push(sql`d.goal_id = ${query.goal}`);
  const score = words.length ? sql.join(words.map((w) => sql`(case when position(${w} in d.title_folded) > 0 then 2 else 1 end)`), sql` + `) : sql`0`;
  const result = await db.execute(sql`
    with docs as (select *, ${fold(sql`title_text`)} as title_folded, ${fold(sql`body_text`)} as body_folded from (${union}) u(type, type_order, id, title, summary, status, progress, goal_id, measure_id, date, published_at, title_text, body_text)),
    hits as (select d.*, ${score} as score from docs d ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``})
    select type, id::text as id, title, summary, status, progress, goal_id, measure_id, date, published_at, count(*) over () as total
    from hits
    order by score desc, type_order, lower(coalesce(title->>'fi', '')), id
    limit ${perPage} offset ${(page - 1) * perPage}`);
  const rows = rowsOf<Row>(result);
  let total = rows.length ? Number(rows[0]!.total) : 0;
  if (!rows.length && page > 1) {
    // Past the last page: still say how many there are, so the page can offer the way back.
    const counted = rowsOf<{ n: string | number }>(
      await db.execute(sql`with docs as (select *, ${fold(sql`title_text`)} as title_folded, ${fold(sql`body_text`)} as body_folded from (${union}) u(type, type_order, id, title, summary, status, progress, goal_id, measure_id, date, published_at, title_text, body_text))
        select count(*) as n from docs d ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}`),
    );
    total = Number(counted[0]?.n ?? 0);
  }
  return {
    total,
    hits: rows.map((r) => ({
      type: r.type,
      id: r.id,
      title: r.title ?? { fi: "" },
      summary: r.summary && typeof r.summary === "object" && "fi" in r.summary ? r.summary : null,
      status: r.status,
      progress: r.progress === null ? null : Number(r.progress),
      goalId: r.goal_id,
      measureId: r.measure_id,
      date: r.date,
      publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
    })),
  };
}
