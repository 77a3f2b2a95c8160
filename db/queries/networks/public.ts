import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { networks, priorities } from "../../schema";
import type { PrioritySnapshot } from "../strategy/snapshots";
import type { NetworkSnapshot } from "./snapshots";

export type PublicNetwork = NetworkSnapshot & { id: string; publishedAt: Date | null };

/** Published, not archived networks: only their public snapshots. */
export async function listPublishedNetworks(db: Db): Promise<PublicNetwork[]> {
  const rows = await db
    .select({ id: networks.id, snapshot: networks.published, publishedAt: networks.publishedAt })
    .from(networks)
    .where(and(isNotNull(networks.published), isNull(networks.archivedAt)));
  return rows
    .map((r) => ({ id: r.id, publishedAt: r.publishedAt, ...(r.snapshot as NetworkSnapshot) }))
    .sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi"));
}

export async function getPublishedNetwork(db: Db, id: string): Promise<PublicNetwork | null> {
  const [row] = await db
    .select({ id: networks.id, snapshot: networks.published, publishedAt: networks.publishedAt })
    .from(networks)
    .where(and(eq(networks.id, id), isNotNull(networks.published), isNull(networks.archivedAt)));
  return row ? { id: row.id, publishedAt: row.publishedAt, ...(row.snapshot as NetworkSnapshot) } : null;
}

/** Titles of published priorities (from their snapshots) for the public network pages. */
export async function publishedPriorityTitles(db: Db) {
  const rows = await db
    .select({ id: priorities.id, snapshot: priorities.published })
    .from(priorities)
    .where(and(isNotNull(priorities.published), isNull(priorities.archivedAt)))
    .orderBy(asc(priorities.sortOrder));
  return new Map(rows.map((r) => [r.id, (r.snapshot as PrioritySnapshot).title]));
}
