import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, euProjects, governmentAsks, networks } from "../../schema";
import { publicScope } from "./scope";

/** How much of each area is public now: the home page's short figure for each section. */
export async function publicAreaCounts(db: Db) {
  const s = publicScope();
  const n = async (rows: Promise<{ n: number }[]>) => Number((await rows)[0]?.n ?? 0);
  const [euProjectCount, networkCount, actionCount, askCount] = await Promise.all([
    n(db.select({ n: count() }).from(euProjects).where(s.euProject(euProjects))),
    n(db.select({ n: count() }).from(networks).where(s.network(networks))),
    n(db.select({ n: count() }).from(advocacyActivities).where(s.advocacy(advocacyActivities))),
    n(db.select({ n: count() }).from(governmentAsks).where(s.advocacy(governmentAsks))),
  ]);
  return { euProjects: euProjectCount, networks: networkCount, actions: actionCount, asks: askCount };
}
