import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { centsFromDb } from "@/lib/money";
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
export async function listPublishedProjects(db: Db, filters: { programmeId?: string; status?: string; page?: number } = {}) {
  const where = and(
    publicWhere.euProject(),
    filters.programmeId ? sql`${euProjects.published}->>'programmeId' = ${filters.programmeId}` : undefined,
    filters.status ? sql`${euProjects.published}->>'status' = ${filters.status}` : undefined,
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
