import "server-only";
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { advocacyActivities, evaluationRounds, euProjects, governmentAsks, measureLinks, measurePriorities, measures, networks } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { linkColumn, linkKey, publicLinkKinds, type MeasureLinkKind } from "@/lib/links/kinds";

/** How many links a staff page lists at most (the rest are counted). */
export const LINK_LIST_LIMIT = 100;
/** How many matches a "link to…" search offers at once (type more to narrow). */
export const LINK_SEARCH_LIMIT = 20;

type AnyDb = Db | Tx;

export type LinkedItem = { kind: MeasureLinkKind; targetId: string; title: LocalizedText; reviewState: string | null; published: boolean };
export type LinkedMeasure = { measureId: string; goalId: string; title: LocalizedText; status: string; published: boolean };

const targetId = sql<string>`coalesce(${measureLinks.euProjectId}, ${measureLinks.networkId}, ${measureLinks.advocacyActivityId}, ${measureLinks.governmentAskId}, ${measureLinks.evaluationRoundId})`;
const targetTitle = sql<LocalizedText>`coalesce(${euProjects.name}, ${networks.name}, ${advocacyActivities.title}, ${governmentAsks.wording}, ${evaluationRounds.name})`;
const targetState = sql<string | null>`coalesce(${euProjects.reviewState}, ${networks.reviewState}, ${advocacyActivities.reviewState}, ${governmentAsks.reviewState})::text`;
const targetPublished = sql<boolean>`coalesce(${euProjects.published}, ${networks.published}, ${advocacyActivities.published}, ${governmentAsks.published}) is not null`;
/** The target is not archived (evaluation rounds are never archived). */
const targetActive = sql`coalesce(${euProjects.archivedAt}, ${networks.archivedAt}, ${advocacyActivities.archivedAt}, ${governmentAsks.archivedAt}) is null`;

async function linkedItems(db: AnyDb, where: SQL, limit: number) {
  const base = db
    .select({ kind: measureLinks.kind, targetId, title: targetTitle, reviewState: targetState, published: targetPublished })
    .from(measureLinks)
    .leftJoin(euProjects, eq(euProjects.id, measureLinks.euProjectId))
    .leftJoin(networks, eq(networks.id, measureLinks.networkId))
    .leftJoin(advocacyActivities, eq(advocacyActivities.id, measureLinks.advocacyActivityId))
    .leftJoin(governmentAsks, eq(governmentAsks.id, measureLinks.governmentAskId))
    .leftJoin(evaluationRounds, eq(evaluationRounds.id, measureLinks.evaluationRoundId));
  return base
    .where(and(where, targetActive))
    .orderBy(asc(measureLinks.kind), sql`${targetTitle}->>'fi'`)
    .limit(limit);
}

/** What carries a measure out, for its staff page: up to LINK_LIST_LIMIT items and how many there are. */
export async function linksOfMeasure(db: AnyDb, measureId: string): Promise<{ items: LinkedItem[]; total: number }> {
  const where = eq(measureLinks.measureId, measureId);
  const [items, [n]] = await Promise.all([linkedItems(db, where, LINK_LIST_LIMIT), db.select({ n: count() }).from(measureLinks).where(where)]);
  return { items: items as LinkedItem[], total: Number(n?.n ?? 0) };
}

/**
 * What carries out the measures of a priority (staff priority page), each
 * with the measure it serves: up to LINK_LIST_LIMIT and how many there are.
 */
export async function linksOfPriority(db: AnyDb, priorityId: string): Promise<{ items: (LinkedItem & { measureId: string; measureTitle: LocalizedText })[]; total: number }> {
  const where = and(
    sql`${measureLinks.measureId} in (select ${measurePriorities.measureId} from ${measurePriorities} where ${measurePriorities.priorityId} = ${priorityId})`,
    sql`exists (select 1 from ${measures} where ${measures.id} = ${measureLinks.measureId} and ${measures.archivedAt} is null)`,
  )!;
  const [items, [n]] = await Promise.all([
    db
      .select({ kind: measureLinks.kind, targetId, title: targetTitle, reviewState: targetState, published: targetPublished, measureId: measures.id, measureTitle: measures.title })
      .from(measureLinks)
      .innerJoin(measures, eq(measures.id, measureLinks.measureId))
      .leftJoin(euProjects, eq(euProjects.id, measureLinks.euProjectId))
      .leftJoin(networks, eq(networks.id, measureLinks.networkId))
      .leftJoin(advocacyActivities, eq(advocacyActivities.id, measureLinks.advocacyActivityId))
      .leftJoin(governmentAsks, eq(governmentAsks.id, measureLinks.governmentAskId))
      .leftJoin(evaluationRounds, eq(evaluationRounds.id, measureLinks.evaluationRoundId))
      .where(and(where, targetActive))
      .orderBy(asc(measureLinks.kind), sql`${targetTitle}->>'fi'`, sql`${measures.title}->>'fi'`)
      .limit(LINK_LIST_LIMIT),
    db.select({ n: count() }).from(measureLinks).where(where),
  ]);
  return { items: items as (LinkedItem & { measureId: string; measureTitle: LocalizedText })[], total: Number(n?.n ?? 0) };
}

/** The measures an item carries out, for the item's staff page: up to LINK_LIST_LIMIT and how many there are. */
export async function measuresLinkedTo(db: AnyDb, kind: MeasureLinkKind, id: string): Promise<{ items: LinkedMeasure[]; total: number }> {
  const where = and(eq(measureLinks.kind, kind), eq(measureLinks[linkColumn[kind]], id), isNull(measures.archivedAt))!;
  const [items, [n]] = await Promise.all([
    db
      .select({ measureId: measures.id, goalId: measures.goalId, title: measures.title, status: measures.status, published: sql<boolean>`${measures.published} is not null` })
      .from(measureLinks)
      .innerJoin(measures, eq(measures.id, measureLinks.measureId))
      .where(where)
      .orderBy(sql`${measures.title}->>'fi'`)
      .limit(LINK_LIST_LIMIT),
    db.select({ n: count() }).from(measureLinks).innerJoin(measures, eq(measures.id, measureLinks.measureId)).where(where),
  ]);
  return { items, total: Number(n?.n ?? 0) };
}

/** A measure's links as its public snapshot carries them: "kind:id" of the public kinds, sorted. */
export async function publicLinkKeys(db: AnyDb, measureId: string): Promise<string[]> {
  const rows = await db
    .select({ kind: measureLinks.kind, targetId })
    .from(measureLinks)
    .where(and(eq(measureLinks.measureId, measureId), inArray(measureLinks.kind, [...publicLinkKinds])));
  return rows.map((r) => linkKey(r.kind, r.targetId)).sort();
}

export type LinkOption = { value: string; label: LocalizedText };

/** What a "link to…" search looks in: a kind of item, or the measures. */
export type LinkSearchKind = MeasureLinkKind | "measure";

const searchable: Record<LinkSearchKind, { table: typeof euProjects | typeof networks | typeof advocacyActivities | typeof governmentAsks | typeof evaluationRounds | typeof measures; id: SQL; title: SQL; active: SQL }> = {
  euProject: { table: euProjects, id: sql`${euProjects.id}`, title: sql`${euProjects.name}`, active: sql`${euProjects.archivedAt} is null` },
  network: { table: networks, id: sql`${networks.id}`, title: sql`${networks.name}`, active: sql`${networks.archivedAt} is null` },
  advocacyActivity: { table: advocacyActivities, id: sql`${advocacyActivities.id}`, title: sql`${advocacyActivities.title}`, active: sql`${advocacyActivities.archivedAt} is null` },
  governmentAsk: { table: governmentAsks, id: sql`${governmentAsks.id}`, title: sql`${governmentAsks.wording}`, active: sql`${governmentAsks.archivedAt} is null` },
  evaluationRound: { table: evaluationRounds, id: sql`${evaluationRounds.id}`, title: sql`${evaluationRounds.name}`, active: sql`true` },
  measure: { table: measures, id: sql`${measures.id}`, title: sql`${measures.title}`, active: sql`${measures.archivedAt} is null` },
};

export const isLinkSearchKind = (v: string): v is LinkSearchKind => Object.hasOwn(searchable, v);

/**
 * Items (not archived) whose name in any language contains `q`, by name:
 * the first LINK_SEARCH_LIMIT and whether there are more. Works the same for
 * 50 000 measures as for 5: the database does the looking.
 */
export async function searchLinkOptions(db: AnyDb, kind: LinkSearchKind, q: string): Promise<{ options: LinkOption[]; more: boolean }> {
  const s = searchable[kind];
  const pattern = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const text = (lang: string) => sql`lower(coalesce(${s.title}->>${lang}, ''))`;
  const rows = await db
    .select({ value: sql<string>`${s.id}`, label: sql<LocalizedText>`${s.title}` })
    .from(s.table)
    .where(and(s.active, sql`(${text("fi")} like ${pattern} or ${text("sv")} like ${pattern} or ${text("en")} like ${pattern})`))
    .orderBy(sql`${s.title}->>'fi'`, sql`${s.id}`)
    .limit(LINK_SEARCH_LIMIT + 1);
  return { options: rows.slice(0, LINK_SEARCH_LIMIT), more: rows.length > LINK_SEARCH_LIMIT };
}

/** Titles of linked items named by "kind:id" keys (a review's comparison of snapshots). */
export async function linkTitles(db: AnyDb, keys: string[]): Promise<{ id: string; title: LocalizedText }[]> {
  const ids = (kind: MeasureLinkKind) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1)).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const named = async (kind: MeasureLinkKind, rows: Promise<{ id: string; title: LocalizedText }[]>) => (await rows).map((r) => ({ id: linkKey(kind, r.id), title: r.title }));
  const list = (kind: MeasureLinkKind, q: (ids: string[]) => Promise<{ id: string; title: LocalizedText }[]>) => (ids(kind).length ? named(kind, q(ids(kind))) : Promise.resolve([]));
  const parts = await Promise.all([
    list("euProject", (x) => db.select({ id: euProjects.id, title: euProjects.name }).from(euProjects).where(inArray(euProjects.id, x))),
    list("network", (x) => db.select({ id: networks.id, title: networks.name }).from(networks).where(inArray(networks.id, x))),
    list("advocacyActivity", (x) => db.select({ id: advocacyActivities.id, title: advocacyActivities.title }).from(advocacyActivities).where(inArray(advocacyActivities.id, x))),
    list("governmentAsk", (x) => db.select({ id: governmentAsks.id, title: governmentAsks.wording }).from(governmentAsks).where(inArray(governmentAsks.id, x))),
  ]);
  return parts.flat();
}

/**
 * Titles of what a link's history records name: linked items by "kind:id"
 * keys, measures and evaluation rounds by id (an item deleted since is
 * missing from the answer).
 */
export async function linkHistoryTitles(db: AnyDb, ids: { targetKeys: string[]; measureIds: string[]; roundIds: string[] }) {
  const [targets, measureRows, roundRows] = await Promise.all([
    linkTitles(db, ids.targetKeys),
    ids.measureIds.length ? db.select({ id: measures.id, title: measures.title }).from(measures).where(inArray(measures.id, ids.measureIds)) : [],
    ids.roundIds.length ? db.select({ id: evaluationRounds.id, title: evaluationRounds.name }).from(evaluationRounds).where(inArray(evaluationRounds.id, ids.roundIds)) : [],
  ]);
  return { targets, measureRows, roundRows };
}
