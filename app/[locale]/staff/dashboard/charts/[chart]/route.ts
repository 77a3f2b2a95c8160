import { getCurrentUser } from "@/lib/auth/current-user";
import { chartResponse, chartText, parseChartName } from "@/lib/dashboard/chart-response";
import { dashboardTranslators } from "@/lib/dashboard/load";
import { briefingForRequest } from "@/lib/dashboard/request";
import { findChart } from "@/lib/dashboard/svg";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

/**
 * One chart of the dashboard and the HTML briefing, for the period, goal and
 * "changed since" in the query: `<id>.svg` the picture (the pages show it as
 * an image), `<id>.json` its numbers (the table the dashboard opens on
 * request). The same permission as the dashboard.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; chart: string }> }) {
  const { locale, chart } = await params;
  const asked = parseChartName(chart);
  if (!isLocale(locale) || !asked) return chartText(404, "Not found.");
  const { t } = await dashboardTranslators(locale);
  const user = await getCurrentUser();
  if (!user) return chartText(401, t("pdf.errors.signIn"));
  if (!can(user.role, "dashboard.view")) return chartText(403, t("pdf.errors.forbidden"));
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const loaded = await briefingForRequest(locale, query);
  if (!loaded) return chartText(404, t("pdf.errors.noPeriod"));
  const block = findChart(loaded.briefing.sections, asked.id);
  if (!block) return chartText(404, "Not found.");
  return chartResponse(request, block, asked.format, t("chartLabel", { title: block.title }), locale);
}
