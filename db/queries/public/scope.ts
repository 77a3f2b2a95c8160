import "server-only";
import type { SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { publicRowOf } from "./visibility";

/**
 * What the public may see, as SQL conditions for reads that pass the table
 * they read (search, feeds, sitemap, the other areas' open data). These are
 * the one visibility rule of ./visibility.ts under the names the search uses:
 * published, not archived, and every parent up to the period public.
 */
type Publishable = { published: PgColumn; archivedAt: PgColumn };

export function publicScope(): Record<"period" | "goal" | "priority" | "measure" | "update" | "indicator" | "euProject" | "network" | "advocacy", (t: Publishable) => SQL> {
  return { ...publicRowOf, update: publicRowOf.progressUpdate };
}
