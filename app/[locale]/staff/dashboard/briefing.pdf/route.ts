import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dashboardTranslators, loadBriefing } from "@/lib/dashboard/load";
import { renderBriefingPdf } from "@/lib/dashboard/pdf";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { todayInHelsinki } from "@/lib/dates";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The dashboard as a PDF briefing, in the language of the path, for the
 * period and goal in the query. The same permission as the dashboard.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return text(404, "Not found");
  const user = await getCurrentUser();
  if (!user) return text(401, "Sign in to download the briefing.");
  if (!can(user.role, "dashboard.view")) return text(403, "Forbidden");
  const today = todayInHelsinki();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const loaded = await loadBriefing(await getDb(), { locale, query, today, staleAfterDays: env().STALE_AFTER_DAYS, cache: cachedUntilWrite });
  if (!loaded) return text(404, "No strategy period");
  const { t } = await dashboardTranslators(locale);
  const pdf = await renderBriefingPdf(loaded.briefing, { confidential: t("pdf.confidential"), compress: query.compress !== "0" });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${t("pdf.filename")}-${today}-${locale}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
