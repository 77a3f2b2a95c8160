import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjects, networks } from "../../schema";
import { publicScope } from "./scope";

/** Ids and publication times of the public EU projects and networks (for the sitemap and crawls). */
export async function publicAreaItems(db: Db) {
  const s = publicScope();
  const [projects, nets] = await Promise.all([
    db.select({ id: euProjects.id, publishedAt: euProjects.publishedAt }).from(euProjects).where(s.euProject(euProjects)).orderBy(asc(euProjects.id)),
    db.select({ id: networks.id, publishedAt: networks.publishedAt }).from(networks).where(s.network(networks)).orderBy(asc(networks.id)),
  ]);
  return { euProjects: projects, networks: nets };
}

