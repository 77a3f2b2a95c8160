import "server-only";
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { advocacyActivities, evaluationRounds, euProjects, governmentAsks, measureLinks, measurePriorities, measures, networks } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { linkColumn, linkKey, publicLinkKinds, type MeasureLinkKind } from "@/lib/links/kinds";

/** How many links a staff page lists at most (the rest are counted). */
export const LINK_LIST_LIMIT = 100;
/** How many items of one kind a "link to…" list offers at most. */
export const LINK_OPTION_LIMIT = 500;

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

/** Items that can be linked, per kind (not archived), by name: at most LINK_OPTION_LIMIT each. */
export async function linkTargetOptions(db: AnyDb): Promise<Record<MeasureLinkKind, LinkOption[]>> {
  const by = (title: SQL) => sql`${title}->>'fi'`;
  const [eu, nw, act, ask, rounds] = await Promise.all([
    db.select({ value: euProjects.id, label: euProjects.name }).from(euProjects).where(isNull(euProjects.archivedAt)).orderBy(by(sql`${euProjects.name}`)).limit(LINK_OPTION_LIMIT),
    db.select({ value: networks.id, label: networks.name }).from(networks).where(isNull(networks.archivedAt)).orderBy(by(sql`${networks.name}`)).limit(LINK_OPTION_LIMIT),
    db
      .select({ value: advocacyActivities.id, label: advocacyActivities.title })
      .from(advocacyActivities)
      .where(isNull(advocacyActivities.archivedAt))
      .orderBy(by(sql`${advocacyActivities.title}`))
      .limit(LINK_OPTION_LIMIT),
    db.select({ value: governmentAsks.id, label: governmentAsks.wording }).from(governmentAsks).where(isNull(governmentAsks.archivedAt)).orderBy(by(sql`${governmentAsks.wording}`)).limit(LINK_OPTION_LIMIT),
    db.select({ value: evaluationRounds.id, label: evaluationRounds.name }).from(evaluationRounds).orderBy(by(sql`${evaluationRounds.name}`)).limit(LINK_OPTION_LIMIT),
  ]);
  return { euProject: eu, network: nw, advocacyActivity: act, governmentAsk: ask, evaluationRound: rounds };
}

/** Measures that can be linked (not archived), by title: at most LINK_OPTION_LIMIT. */
export async function measureOptions(db: AnyDb): Promise<LinkOption[]> {
  return db.select({ value: measures.id, label: measures.title }).from(measures).where(isNull(measures.archivedAt)).orderBy(sql`${measures.title}->>'fi'`).limit(LINK_OPTION_LIMIT);
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
