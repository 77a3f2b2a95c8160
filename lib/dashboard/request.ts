import "server-only";
import { getDb } from "@/db/client";
import { todayInHelsinki } from "@/lib/dates";
import { env } from "@/lib/env";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { loadBriefing, type DashboardQuery, type LoadedBriefing } from "./load";
import type { Locale } from "./format";

/**
 * The briefing for this request — the one way the dashboard, the printable
 * briefing, the PDF and the chart route load it: the app's database, the
 * configured "stale after" days, today in Helsinki (unless given: the PDF
 * names its file by the same day) and the figures kept until the next write.
 */
export async function briefingForRequest(locale: Locale, query: DashboardQuery, today: string = todayInHelsinki()): Promise<LoadedBriefing | null> {
  return loadBriefing(await getDb(), { locale, query, today, staleAfterDays: env().STALE_AFTER_DAYS, cache: cachedUntilWrite });
}
