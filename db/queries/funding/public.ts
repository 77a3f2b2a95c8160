import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { ALIGNED_MIN_STRENGTH, LINKED_MIN_STRENGTH, SECURED_STATUSES, SHARE_STATUSES } from "@/lib/funding/rules";
import { centsFromDb, shareBasisPoints } from "@/lib/money";
import type { Db } from "../../client";
import { euProjects, fundingProgrammes, priorities } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { publicIds, publicWhere } from "../public/visibility";
import type { ProjectSnapshot } from "./snapshots";

/**
 * The public side reads ONLY published snapshots (never working-copy
 * columns): name, programme, status, EU contribution, dates, priorities.
 */
export const PUBLIC_PAGE_SIZE = 50;

/** One page of published projects (filters and sums in SQL, on the snapshot only), with the totals of the whole selection. */
export async function listPublishedProjects(db: Db, filters: { programmeId?: string; status?: string; priorityId?: string; page?: number } = {}) {
  const where = and(
    publicWhere.euProject(),
    filters.programmeId ? sql`${euProjects.published}->>'programmeId' = ${filters.programmeId}` : undefined,
    filters.status ? sql`${euProjects.published}->>'status' = ${filters.status}` : undefined,
    // Projects that serve the priority (a published link of strength ≥ 1).
    filters.priorityId ? sql`${euProjects.published}->'alignments' @> ${JSON.stringify([{ priorityId: filters.priorityId }])}::jsonb` : undefined,
  );
  const page = Math.max(1, filters.page ?? 1);
  const [rows, [totals], facets] = await Promise.all([
    db
      .select({ id: euProjects.id, published: euProjects.published, publishedAt: euProjects.publishedAt })
      .from(euProjects)
      .where(where)
      .orderBy(sql`${euProjects.published}->'name'->>'fi'`, asc(euProjects.id))
      .limit(PUBLIC_PAGE_SIZE)
      .offset((page - 1) * PUBLIC_PAGE_SIZE),
    db
      .select({
        n: count(),
        eu: sql<string>`coalesce(sum((${euProjects.published}->>'euContributionCents')::bigint), 0)::text`,
        // Not known (null in the snapshot): not in the sum, counted apart.
        unknown: sql<number>`count(*) filter (where ${euProjects.published}->>'euContributionCents' is null)`,
      })
      .from(euProjects)
      .where(where),
    db
      .selectDistinct({ programmeId: sql<string>`${euProjects.published}->>'programmeId'`, status: sql<string>`${euProjects.published}->>'status'` })
      .from(euProjects)
      .where(publicWhere.euProject()),
  ]);
  const projects = await onlyPublicAlignments(db, rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt, ...(r.published as ProjectSnapshot) })));
  return {
    projects,
    total: Number(totals?.n ?? 0),
    totalEuCents: centsFromDb(totals?.eu),
    unknownEu: Number(totals?.unknown ?? 0),
    programmeIds: [...new Set(facets.map((f) => f.programmeId))],
    statuses: [...new Set(facets.map((f) => f.status))],
  };
}
export type PublicProject = Awaited<ReturnType<typeof listPublishedProjects>>["projects"][number];

export async function getPublishedProject(db: Db, id: string) {
  const [row] = await db
    .select({ id: euProjects.id, published: euProjects.published, publishedAt: euProjects.publishedAt })
    .from(euProjects)
    .where(and(eq(euProjects.id, id), publicWhere.euProject()));
  if (!row) return null;
  const [project] = await onlyPublicAlignments(db, [{ id: row.id, publishedAt: row.publishedAt, ...(row.published as ProjectSnapshot) }]);
  return project!;
}

/** A project's links to priorities that are not public (a draft priority, goal or period) are not shown. */
async function onlyPublicAlignments<P extends ProjectSnapshot>(db: Db, projects: P[]): Promise<P[]> {
  const shown = await publicIds(db, "priority", projects.flatMap((p) => p.alignments.map((a) => a.priorityId)));
  return projects.map((p) => ({ ...p, alignments: p.alignments.filter((a) => shown.has(a.priorityId)) }));
}

/** Names for the public pages: programmes (a public reference list) and the titles of public priorities (../public/visibility). */
export async function publicLabels(db: Db, priorityIds: string[]) {
  const [programmes, prioRows] = await Promise.all([
    db.select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name }).from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder)),
    priorityIds.length
      ? db
          .select({ id: priorities.id, published: priorities.published })
          .from(priorities)
          .where(and(inArray(priorities.id, priorityIds), publicWhere.priority()))
      : Promise.resolve([]),
  ]);
  return {
    programmes: new Map(programmes.map((p) => [p.id, p])),
    priorities: new Map(prioRows.map((p) => [p.id, (p.published as { title: LocalizedText }).title])),
  };
}

/*
 * The public figures of the portfolio: the staff portfolio's definitions
 * (lib/funding/rules.ts, the same as db/queries/funding/portfolio.ts) over
 * PUBLISHED snapshots only. A project whose EU contribution is not known is
 * counted apart, never as 0 euros.
 */
const publicLive = publicWhere.euProject();
const snapEu = sql`(${euProjects.published}->>'euContributionCents')::bigint`;
const snapStatusIn = (list: readonly string[]) => sql`${euProjects.published}->>'status' in (${sql.join(list.map((s) => sql`${s}`), sql`, `)})`;
const knownEu = sql`${euProjects.published}->>'euContributionCents' is not null`;

/** Aligned share: EU money of published granted/ongoing projects with a link of strength ≥ 2, over all such money; each project once. */
export async function publicAlignedShare(db: Db) {
  const isAligned = sql`exists (select 1 from jsonb_array_elements(coalesce(${euProjects.published}->'alignments', '[]'::jsonb)) a where (a->>'strength')::int >= ${ALIGNED_MIN_STRENGTH})`;
  const [row] = await db
    .select({
      total: sql<string>`coalesce(sum(${snapEu}) filter (where ${knownEu}), 0)::text`,
      aligned: sql<string>`coalesce(sum(${snapEu}) filter (where ${knownEu} and ${isAligned}), 0)::text`,
      projects: sql<number>`count(*) filter (where ${knownEu})::int`,
      alignedProjects: sql<number>`count(*) filter (where ${knownEu} and ${isAligned})::int`,
      unknown: sql<number>`count(*) filter (where not ${knownEu})::int`,
    })
    .from(euProjects)
    .where(and(publicLive, snapStatusIn(SHARE_STATUSES)));
  const total = centsFromDb(row?.total);
  const aligned = centsFromDb(row?.aligned);
  return { totalCents: total, alignedCents: aligned, projects: Number(row?.projects ?? 0), alignedProjects: Number(row?.alignedProjects ?? 0), unknownAmountProjects: Number(row?.unknown ?? 0), basisPoints: shareBasisPoints(aligned, total) };
}

/** Secured EU money by priority: every published link of strength ≥ 1 counts the project's whole contribution under that priority (as in the staff portfolio). */
export async function publicEuByPriority(db: Db) {
  const link = sql`jsonb_array_elements(coalesce(${euProjects.published}->'alignments', '[]'::jsonb))`;
  const rows = await db.execute<{ priority_id: string; projects: number; eu: string; unknown: number }>(sql`
    select a->>'priorityId' as priority_id,
           count(distinct ${euProjects.id})::int as projects,
           coalesce(sum(${snapEu}) filter (where ${knownEu}), 0)::text as eu,
           (count(distinct ${euProjects.id}) filter (where not ${knownEu}))::int as unknown
    from ${euProjects}, ${link} a
    where ${publicLive} and ${snapStatusIn(SECURED_STATUSES)} and (a->>'strength')::int >= ${LINKED_MIN_STRENGTH}
    group by a->>'priorityId'`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows;
  return (list as { priority_id: string; projects: number; eu: string; unknown: number }[]).map((r) => ({
    priorityId: r.priority_id,
    projects: Number(r.projects),
    euCents: centsFromDb(r.eu),
    unknownAmountProjects: Number(r.unknown),
  }));
}
