import "server-only";
import { getDb } from "@/db/client";
import { getPublishedAdvocacy } from "@/db/queries/advocacy/public";
import { loadPublicAreas, type PublicAreas } from "@/db/queries/public/areas";
import { loadPublicStrategy, type PublicStrategy } from "@/db/queries/public/strategy";
import { publishedReportHeads } from "@/db/queries/strategy/report-read";
import { byGeneration } from "./memo";

/** The public strategy, shared by the pages, the search and the open data of this process until something changes. */
export async function publicStrategy(): Promise<PublicStrategy> {
  return byGeneration("strategy", async () => loadPublicStrategy(await getDb()));
}

/** The published EU projects, networks, advocacy actions and asks (the open data's other areas), shared like the strategy. */
export async function publicAreas(): Promise<PublicAreas> {
  return byGeneration("areas", async () => loadPublicAreas(await getDb()));
}

/** The period the site leads with: the one running this year, else the latest one. */
export function currentPeriod<P extends { startYear: number; endYear: number }>(periods: P[], year = new Date().getFullYear()): P | undefined {
  return periods.find((p) => p.startYear <= year && year <= p.endYear) ?? [...periods].sort((a, b) => b.endYear - a.endYear)[0];
}

/**
 * Is the item shown on the public site now? Published is not enough: its
 * parents must be public too (a published measure under an unpublished goal
 * is not shown), and an area may show only part of what it publishes.
 */
export async function isPublicItem(type: string, id: string): Promise<boolean> {
  const data = await publicStrategy();
  const has = (list: { id: string }[]) => list.some((x) => x.id === id);
  switch (type) {
    case "period":
      return has(data.periods);
    case "goal":
      return has(data.goals);
    case "priority":
      return has(data.priorities);
    case "measure":
      return has(data.measures);
    case "progress_update":
      return has(data.updates);
    case "indicator":
      return has(data.indicators);
    case "advocacy_plan":
    case "advocacy_activity":
    case "government_ask": {
      const a = await byGeneration("advocacy", async () => getPublishedAdvocacy(await getDb()));
      const list = type === "advocacy_plan" ? a.plans : type === "government_ask" ? a.asks : [...a.statements, ...a.otherActions];
      return has(list);
    }
    default:
      return false;
  }
}

/**
 * Published follow-up reports (frozen at publication) whose strategy period is
 * public now, newest cut-off first, without their measures (a report's
 * measures are read a page at a time, db/queries/strategy/report-read.ts),
 * each with the period's previous published report (for "changed since the
 * previous round").
 */
export async function publicReports() {
  return byGeneration("reports", async () => {
    const [all, strategy] = await Promise.all([publishedReportHeads(await getDb()), publicStrategy()]);
    const periods = new Set(strategy.periods.map((p) => p.id));
    const shown = all.filter((r) => periods.has(r.periodId));
    return shown.map((r) => ({ ...r, previous: shown.find((p) => p.periodId === r.periodId && p.id !== r.id && (p.cutOffDate < r.cutOffDate || (p.cutOffDate === r.cutOffDate && (p.publishedAt ?? "") < (r.publishedAt ?? "")))) ?? null }));
  });
}
export type PublicReport = Awaited<ReturnType<typeof publicReports>>[number];

/** One public report's head, or null (unknown, not published, or its period is not public). */
export async function publicReport(id: string): Promise<PublicReport | null> {
  return (await publicReports()).find((r) => r.id === id) ?? null;
}
