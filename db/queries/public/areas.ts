import "server-only";
import { asc, count } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, euProjects, fundingProgrammes, governmentAsks, networks } from "../../schema";
import type { ActivitySnapshot, AskSnapshot } from "../advocacy/snapshots";
import type { ProjectSnapshot } from "../funding/snapshots";
import type { NetworkSnapshot } from "../networks/snapshots";
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

type Published<S> = S & { id: string; publishedAt: string | null };
export type PublicAreaProject = Published<ProjectSnapshot>;
export type PublicAreaNetwork = Published<NetworkSnapshot>;
export type PublicAreaAction = Published<ActivitySnapshot>;
export type PublicAreaAsk = Published<AskSnapshot>;

/**
 * The published EU projects, networks, advocacy actions and asks, read from
 * their published snapshots under the same rule as the search
 * (`publicScope`): what the open data serves. Links to priorities that are
 * not public are the reader's to drop (see lib/open-data/serialize).
 */
export async function loadPublicAreas(db: Db) {
  const s = publicScope();
  const snap = <S>(rows: { id: string; snapshot: unknown; publishedAt: Date | null }[]): Published<S>[] =>
    rows.map((r) => ({ ...(r.snapshot as S), id: r.id, publishedAt: r.publishedAt?.toISOString() ?? null }));
  const [projects, nets, actions, asks, programmes] = await Promise.all([
    db.select({ id: euProjects.id, snapshot: euProjects.published, publishedAt: euProjects.publishedAt }).from(euProjects).where(s.euProject(euProjects)).orderBy(asc(euProjects.id)),
    db.select({ id: networks.id, snapshot: networks.published, publishedAt: networks.publishedAt }).from(networks).where(s.network(networks)).orderBy(asc(networks.id)),
    db.select({ id: advocacyActivities.id, snapshot: advocacyActivities.published, publishedAt: advocacyActivities.publishedAt }).from(advocacyActivities).where(s.advocacy(advocacyActivities)).orderBy(asc(advocacyActivities.id)),
    db.select({ id: governmentAsks.id, snapshot: governmentAsks.published, publishedAt: governmentAsks.publishedAt }).from(governmentAsks).where(s.advocacy(governmentAsks)).orderBy(asc(governmentAsks.id)),
    db.select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name }).from(fundingProgrammes),
  ]);
  return {
    projects: snap<ProjectSnapshot>(projects).sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi") || a.id.localeCompare(b.id)),
    networks: snap<NetworkSnapshot>(nets).sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi") || a.id.localeCompare(b.id)),
    actions: snap<ActivitySnapshot>(actions).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id)),
    asks: snap<AskSnapshot>(asks).sort((a, b) => b.programmeYear - a.programmeYear || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id)),
    programmes: new Map(programmes.map((p) => [p.id, p])),
  };
}
export type PublicAreas = Awaited<ReturnType<typeof loadPublicAreas>>;
