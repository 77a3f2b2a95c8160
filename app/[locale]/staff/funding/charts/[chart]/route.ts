import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { chartResponse, chartText, parseChartName } from "@/lib/dashboard/chart-response";
import type { Translate } from "@/lib/dashboard/format";
import { todayInHelsinki } from "@/lib/dates";
import { loadPortfolio } from "@/lib/funding/portfolio-blocks";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

/**
 * One chart of the EU funding portfolio: `<id>.svg` the picture (the
 * portfolio page shows it as an image), `<id>.json` its numbers (the table
 * opened on request). The same permission as the portfolio page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; chart: string }> }) {
  const { locale, chart } = await params;
  const asked = parseChartName(chart);
  if (!isLocale(locale) || !asked) return chartText(404, "Not found.");
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages }) as unknown as Translate;
  const user = await getCurrentUser();
  if (!user) return chartText(401, t("errors.unauthenticated"));
  if (!can(user.role, "internal.read")) return chartText(403, t("errors.forbidden"));
  const { blocks } = await loadPortfolio(await getDb(), locale, todayInHelsinki());
  const block = blocks.find((b) => b.id === asked.id);
  if (!block) return chartText(404, "Not found.");
  return chartResponse(request, block, asked.format, t("dashboard.chartLabel", { title: block.title }), locale);
}
