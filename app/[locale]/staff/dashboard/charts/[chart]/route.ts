import { createHash } from "node:crypto";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dashboardTranslators, loadBriefing } from "@/lib/dashboard/load";
import { chartDrawing, drawingSvg, findChart } from "@/lib/dashboard/svg";
import { todayInHelsinki } from "@/lib/dates";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { cachedUntilWrite } from "@/lib/summary-cache";

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One chart of the dashboard and the HTML briefing, for the period, goal and
 * "changed since" in the query: `<id>.svg` the picture (the pages show it as
 * an image), `<id>.json` its numbers (the table the dashboard opens on
 * request). The same permission as the dashboard; an unchanged answer is
 * not sent again (ETag).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; chart: string }> }) {
  const { locale, chart } = await params;
  const match = /^([a-z0-9-]{1,80})\.(svg|json)$/.exec(chart);
  if (!isLocale(locale) || !match) return text(404, "Not found.");
  const { t } = await dashboardTranslators(locale);
  const user = await getCurrentUser();
  if (!user) return text(401, t("pdf.errors.signIn"));
  if (!can(user.role, "dashboard.view")) return text(403, t("pdf.errors.forbidden"));
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const loaded = await loadBriefing(await getDb(), { locale, query, today: todayInHelsinki(), staleAfterDays: env().STALE_AFTER_DAYS, cache: cachedUntilWrite });
  if (!loaded) return text(404, t("pdf.errors.noPeriod"));
  const block = findChart(loaded.briefing.sections, match[1]!);
  if (!block) return text(404, "Not found.");
  const body = match[2] === "svg" ? drawingSvg(chartDrawing(block), t("chartLabel", { title: block.title })) : JSON.stringify(block);
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = {
    "Content-Type": match[2] === "svg" ? "image/svg+xml; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Language": locale,
    "Cache-Control": "private, no-cache",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
