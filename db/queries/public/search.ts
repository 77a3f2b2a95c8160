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

export type SearchQuery = { q: string; type?: SearchType; status?: string; goal?: string; page?: number; perPage?: number; /** Only these kinds (e.g. one area's). */ types?: readonly SearchType[] };

/** The staff areas the kinds belong to (the staff search's area filter). */
export const searchAreas = {
  strategy: ["goal", "priority", "measure", "update", "indicator"],
  advocacy: ["action", "ask"],
  funding: ["euProject"],
  networks: ["network"],
} as const satisfies Record<string, readonly SearchType[]>;
export type SearchArea = keyof typeof searchAreas;

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
  /** Staff scope only: the working copy's review state and whether the item is internal (not public). */
  staff?: SQL;
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

/**
 * The staff scope: the same kinds read from the working copies, drafts and
 * internal items included (archived ones left out), with internal notes
 * searched too. For people who may read internal data (`internal.read`).
 */
function staffBranches(): Branch[] {
  const internal = (t: { published: unknown }, visibility?: unknown) => (visibility ? sql`(${visibility} = 'internal' or ${t.published} is null)` : sql`(${t.published} is null)`);
  const staff = (t: { reviewState: unknown; published: unknown }, visibility?: unknown) => sql`${t.reviewState}::text, ${internal(t, visibility)}`;
  const notes = (col: unknown) => sql`coalesce(${col}, '')`;
  return [
    {
      type: "goal",
      select: sql`${goals.id}, ${goals.title}, ${goals.description}, null::text, null::int, ${goals.id}::text, null::text, null::text, ${goals.updatedAt}, ${langs(sql`${goals.title}`)}, ${langs(sql`${goals.description}`)}`,
      from: sql`${goals}`,
      where: sql`${goals.archivedAt} is null`,
      staff: staff(goals),
    },
    {
      type: "priority",
      select: sql`${priorities.id}, ${priorities.title}, ${priorities.description}, null::text, null::int, ${priorities.goalId}::text, null::text, null::text, ${priorities.updatedAt}, ${langs(sql`${priorities.title}`)}, ${langs(sql`${priorities.description}`)}`,
      from: sql`${priorities}`,
      where: sql`${priorities.archivedAt} is null`,
      staff: staff(priorities),
    },
    {
      type: "measure",
      select: sql`${measures.id}, ${measures.title}, ${measures.description}, ${measures.status}::text, ${measures.progress}::int, ${measures.goalId}::text, ${measures.id}::text, ${measures.dueDate}::text, ${measures.updatedAt}, ${langs(sql`${measures.title}`)}, ${langs(sql`${measures.description}`)} || ' ' || ${notes(measures.internalNotes)}`,
      from: sql`${measures}`,
      where: sql`${measures.archivedAt} is null`,
      staff: staff(measures, measures.visibility),
    },
    {
      type: "update",
      select: sql`${progressUpdates.id}, m.title, ${progressUpdates.body}, null::text, null::int, m.goal_id::text, m.id::text, ${progressUpdates.date}::text, ${progressUpdates.updatedAt}, '', ${langs(sql`${progressUpdates.body}`)}`,
      from: sql`${progressUpdates} join ${measures} m on m.id = ${progressUpdates.measureId}`,
      where: sql`${progressUpdates.archivedAt} is null and m.archived_at is null`,
      staff: staff(progressUpdates, progressUpdates.visibility),
    },
    {
      type: "indicator",
      select: sql`${indicators.id}, ${indicators.title}, ${indicators.description}, null::text, null::int, null::text, null::text, null::text, ${indicators.updatedAt}, ${langs(sql`${indicators.title}`)}, ${langs(sql`${indicators.description}`)}`,
      from: sql`${indicators}`,
      where: sql`${indicators.archivedAt} is null`,
      staff: staff(indicators, indicators.visibility),
    },
    {
      type: "euProject",
      select: sql`${euProjects.id}, ${euProjects.name}, ${euProjects.summary}, ${euProjects.status}::text, null::int, null::text, null::text, ${euProjects.startDate}::text, ${euProjects.updatedAt}, ${langs(sql`${euProjects.name}`)} || ' ' || coalesce(${euProjects.acronym}, ''), ${langs(sql`${euProjects.summary}`)} || ' ' || ${notes(euProjects.internalNotes)}`,
      from: sql`${euProjects}`,
      where: sql`${euProjects.archivedAt} is null`,
      staff: staff(euProjects),
    },
    {
      type: "network",
      select: sql`${networks.id}, ${networks.name}, ${networks.description}, ${networks.status}::text, null::int, null::text, null::text, null::text, ${networks.updatedAt}, ${langs(sql`${networks.name}`)}, ${langs(sql`${networks.description}`)} || ' ' || ${notes(networks.internalNotes)}`,
      from: sql`${networks}`,
      where: sql`${networks.archivedAt} is null`,
      staff: staff(networks),
    },
    {
      type: "action",
      select: sql`${advocacyActivities.id}, ${advocacyActivities.title}, ${advocacyActivities.summary}, ${advocacyActivities.type}::text, null::int, null::text, null::text, ${advocacyActivities.date}::text, ${advocacyActivities.updatedAt}, ${langs(sql`${advocacyActivities.title}`)}, ${langs(sql`${advocacyActivities.summary}`)} || ' ' || ${notes(advocacyActivities.internalNotes)}`,
      from: sql`${advocacyActivities}`,
      where: sql`${advocacyActivities.archivedAt} is null`,
      staff: staff(advocacyActivities, advocacyActivities.visibility),
    },
    {
      type: "ask",
      select: sql`${governmentAsks.id}, ${governmentAsks.wording}, ${governmentAsks.justification}, ${governmentAsks.outcome}::text, null::int, null::text, null::text, ${governmentAsks.programmeYear}::text, ${governmentAsks.updatedAt}, ${langs(sql`${governmentAsks.wording}`)}, ${langs(sql`${governmentAsks.justification}`)} || ' ' || ${notes(governmentAsks.internalNotes)}`,
      from: sql`${governmentAsks}`,
      where: sql`${governmentAsks.archivedAt} is null`,
      staff: staff(governmentAsks, governmentAsks.visibility),
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
  review_state: string | null;
  internal: boolean;
  total: string | number;
};


export const SEARCH_PER_PAGE = 20;

/** One page of hits, best first, and how many there are in all. An empty query with filters lists everything that passes them. */
export async function searchPublic(db: Db, query: SearchQuery): Promise<{ hits: SearchHit[]; total: number }> {
  const found = await run(db, branches(), query);
  // The public hit carries nothing of the working copy.
  return { total: found.total, hits: found.hits.map(({ reviewState: _state, internal: _internal, ...hit }) => hit) };
}

/** A hit of the staff search: also the working copy's review state and whether the item is internal. */
export type StaffSearchHit = SearchHit & { reviewState: string | null; internal: boolean };

/**
 * The staff search: the same search over the working copies, drafts and
 * internal items included (never archived ones). The caller must hold
 * `internal.read`; the page checks it.
 */
export async function searchStaff(db: Db, query: SearchQuery): Promise<{ hits: StaffSearchHit[]; total: number }> {
  return run(db, staffBranches(), query);
}

async function run(db: Db, all: Branch[], query: SearchQuery): Promise<{ hits: StaffSearchHit[]; total: number }> {
  const words = normalise(query.q).split(/\s+/).filter(Boolean).slice(0, 10);
  const perPage = query.perPage ?? SEARCH_PER_PAGE;
  const page = Math.max(1, query.page ?? 1);
  const chosen = all.filter((b) => (!query.type || b.type === query.type) && (!query.types || query.types.includes(b.type)));
  if (!chosen.length) return { hits: [], total: 0 };
  const union = sql.join(
    chosen.map((b, i) => sql`select ${b.type}::text as type, ${i} as type_order, ${b.select}, ${b.staff ?? sql`null::text, false`} from ${b.from} where ${b.where}`),
    sql` union all `,
  );
  const columns = sql`u(type, type_order, id, title, summary, status, progress, goal_id, measure_id, date, published_at, title_text, body_text, review_state, internal)`;
  const conditions: SQL[] = words.map((w) => sql`(position(${w} in d.title_folded) > 0 or position(${w} in d.body_folded) > 0)`);
  if (query.status) conditions.push(sql`d.type = 'measure' and d.status = ${query.status}`);
  if (query.goal) conditions.push(sql`d.goal_id = ${query.goal}`);
  const score = words.length ? sql.join(words.map((w) => sql`(case when position(${w} in d.title_folded) > 0 then 2 else 1 end)`), sql` + `) : sql`0`;
  const result = await db.execute(sql`
    with docs as (select *, ${fold(sql`title_text`)} as title_folded, ${fold(sql`body_text`)} as body_folded from (${union}) ${columns}),
    hits as (select d.*, ${score} as score from docs d ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``})
    select type, id::text as id, title, summary, status, progress, goal_id, measure_id, date, published_at, review_state, internal, count(*) over () as total
    from hits
    order by score desc, type_order, lower(coalesce(title->>'fi', '')), id
    limit ${perPage} offset ${(page - 1) * perPage}`);
  const rows = rowsOf<Row>(result);
  let total = rows.length ? Number(rows[0]!.total) : 0;
  if (!rows.length && page > 1) {
    // Past the last page: still say how many there are, so the page can offer the way back.
    const counted = rowsOf<{ n: string | number }>(
      await db.execute(sql`with docs as (select *, ${fold(sql`title_text`)} as title_folded, ${fold(sql`body_text`)} as body_folded from (${union}) ${columns})
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
      reviewState: r.review_state,
      internal: r.internal === true || String(r.internal) === "true" || String(r.internal) === "t",
    })),
  };
}
