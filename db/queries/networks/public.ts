import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { networkTypes } from "@/lib/networks/status";
import { fetchPage } from "@/lib/paging";
import type { Db } from "../../client";
import { networks, priorities } from "../../schema";
import { publicIds, publicWhere } from "../public/visibility";
import type { PrioritySnapshot } from "../strategy/snapshots";
import type { NetworkSnapshot } from "./snapshots";
import { countWhere } from "../paging";

/** `isDemo`: an invented demo network (marked in the seed), labelled as such in public. */
export type PublicNetwork = NetworkSnapshot & { id: string; publishedAt: Date | null; isDemo: boolean };

/**
 * One page of the public list, grouped by type (in the registry's type order)
 * and by Finnish name, in SQL; optionally one type. With each type's count.
 */
export async function pagePublishedNetworks(db: Db, opts: { page: number; type?: string }) {
  const visible = publicWhere.network();
  const where: SQL | undefined = opts.type ? and(visible, sql`${networks.type}::text = ${opts.type}`) : visible;
  const typeOrder = sql`array_position(array[${sql.join(networkTypes.map((t) => sql`${t}`), sql`, `)}]::text[], ${networks.type}::text)`;
  const [page, byType] = await Promise.all([
    fetchPage(
      opts.page,
      async (limit, offset) =>
        (
          await db
            .select({ id: networks.id, snapshot: networks.published, publishedAt: networks.publishedAt, isDemo: networks.isDemo })
            .from(networks)
            .where(where)
            .orderBy(typeOrder, sql`lower(${networks.published}->'name'->>'fi')`, asc(networks.id))
            .limit(limit)
            .offset(offset)
        ).map((r): PublicNetwork => ({ id: r.id, publishedAt: r.publishedAt, ...(r.snapshot as NetworkSnapshot), isDemo: r.isDemo })),
      countWhere(db, networks, where),
    ),
    db.select({ type: networks.type, n: sql<number>`count(*)::int` }).from(networks).where(visible).groupBy(networks.type),
  ]);
  return { ...page, rows: await onlyPublicPriorities(db, page.rows), byType: new Map(byType.map((b) => [b.type as string, b.n])) };
}

/** A network's links to priorities that are not public (a draft priority, goal or period) are not shown. */
async function onlyPublicPriorities(db: Db, list: PublicNetwork[]): Promise<PublicNetwork[]> {
  const shown = await publicIds(db, "priority", list.flatMap((n) => n.priorityIds ?? []));
  return list.map((n) => ({ ...n, priorityIds: (n.priorityIds ?? []).filter((id) => shown.has(id)) }));
}

export async function getPublishedNetwork(db: Db, id: string): Promise<PublicNetwork | null> {
  const [row] = await db
    .select({ id: networks.id, snapshot: networks.published, publishedAt: networks.publishedAt, isDemo: networks.isDemo })
    .from(networks)
    .where(and(eq(networks.id, id), publicWhere.network()));
  if (!row) return null;
  const [network] = await onlyPublicPriorities(db, [{ id: row.id, publishedAt: row.publishedAt, ...(row.snapshot as NetworkSnapshot), isDemo: row.isDemo }]);
  return network!;
}

/** Titles of public priorities (from their snapshots; a priority under a goal that is not public is left out) for the public network pages. */
export async function publishedPriorityTitles(db: Db) {
  const rows = await db
    .select({ id: priorities.id, snapshot: priorities.published })
    .from(priorities)
    .where(publicWhere.priority())
    .orderBy(asc(priorities.sortOrder));
  return new Map(rows.map((r) => [r.id, (r.snapshot as PrioritySnapshot).title]));
}
