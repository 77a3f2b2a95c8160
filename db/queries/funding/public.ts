import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjects, fundingProgrammes, priorities } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import type { ProjectSnapshot } from "./snapshots";

/**
 * The public side reads ONLY published snapshots (never working-copy
 * columns): name, programme, status, EU contribution, dates, priorities.
 */
export async function listPublishedProjects(db: Db) {
  const rows = await db
    .select({ id: euProjects.id, published: euProjects.published, publishedAt: euProjects.publishedAt })
    .from(euProjects)
    .where(and(isNotNull(euProjects.published), isNull(euProjects.archivedAt)))
    .orderBy(asc(euProjects.publishedAt), asc(euProjects.id));
  return rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt, ...(r.published as ProjectSnapshot) }));
}
export type PublicProject = Awaited<ReturnType<typeof listPublishedProjects>>[number];

export async function getPublishedProject(db: Db, id: string) {
  const [row] = await db
    .select({ id: euProjects.id, published: euProjects.published, publishedAt: euProjects.publishedAt })
    .from(euProjects)
    .where(and(eq(euProjects.id, id), isNotNull(euProjects.published), isNull(euProjects.archivedAt)));
  return row ? { id: row.id, publishedAt: row.publishedAt, ...(row.published as ProjectSnapshot) } : null;
}

/** Names for the public pages: programmes (a public reference list) and the published titles of priorities. */
export async function publicLabels(db: Db, priorityIds: string[]) {
  const [programmes, prioRows] = await Promise.all([
    db.select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name }).from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder)),
    priorityIds.length
      ? db
          .select({ id: priorities.id, published: priorities.published })
          .from(priorities)
          .where(and(inArray(priorities.id, priorityIds), isNotNull(priorities.published), isNull(priorities.archivedAt)))
      : Promise.resolve([]),
  ]);
  return {
    programmes: new Map(programmes.map((p) => [p.id, p])),
    priorities: new Map(prioRows.map((p) => [p.id, (p.published as { title: LocalizedText }).title])),
  };
}
