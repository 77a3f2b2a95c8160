import "server-only";
import { getDb } from "@/db/client";
import { getPublishedAdvocacy } from "@/db/queries/advocacy/public";
import { loadPublicAreas, type PublicAreas } from "@/db/queries/public/areas";
import { loadPublicStrategy, type PublicStrategy } from "@/db/queries/public/strategy";
import { publishedReportHeads } from "@/db/queries/strategy/report-read";
import { byGeneration } from "./memo";
import { yearInHelsinki } from "@/lib/dates";

/** The public strategy, shared by the pages, the search and the open data of this process until something changes. */
export async function publicStrategy(): Promise<PublicStrategy> {
  return byGeneration("strategy", async () => loadPublicStrategy(await getDb()));
}

/** The published EU projects, networks, advocacy actions and asks (the open data's other areas), shared like the strategy. */
export async function publicAreas(): Promise<PublicAreas> {
  return byGeneration("areas", async () => loadPublicAreas(await getDb()));
}

/** The period the site leads with: the one running this year, else the latest one. */
export function currentPeriod<P extends { startYear: number; endYear: number }>(periods: P[], year = yearInHelsinki()): P | undefined {
  return periods.find((p) => p.startYear <= year && year <= p.endYear) ?? [...periods].sort((a, b) => b.endYear - a.endYear)[0];
}

/**
 * Is the item shown on the public site now? Published is not enough: its
 * parents must be public too (a published measure under an unpublished goal
 * is not shown), and an area may show only part of what it publishes.
 */
export async function isPublicItem(type: string, id: string): Promise<boolean> {
  const has = (list: { id: string }[]) => list.some((x) => x.id === id);
  if (Object.hasOwn(strategyLists, type)) return has((await publicStrategy())[strategyLists[type as keyof typeof strategyLists]]);
  if (!Object.hasOwn(advocacyLists, type)) return false;
  const advocacy = await byGeneration("advocacy", async () => getPublishedAdvocacy(await getDb()));
  return has(advocacyLists[type as keyof typeof advocacyLists](advocacy));
}

/** Where each kind of item (by history type) is listed: the public strategy's lists, the published advocacy's. */
const strategyLists = { period: "periods", goal: "goals", priority: "priorities", measure: "measures", progress_update: "updates", indicator: "indicators" } as const;
type PublishedAdvocacy = Awaited<ReturnType<typeof getPublishedAdvocacy>>;
const advocacyLists = {
  advocacy_plan: (a: PublishedAdvocacy) => a.plans,
  advocacy_activity: (a: PublishedAdvocacy) => [...a.statements, ...a.otherActions],
  government_ask: (a: PublishedAdvocacy) => a.asks,
};

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
