import { getCurrentUser } from "@/lib/auth/current-user";
import { dashboardTranslators } from "@/lib/dashboard/load";
import { renderBriefingPdf } from "@/lib/dashboard/pdf";
import { briefingForRequest } from "@/lib/dashboard/request";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { appBaseUrl } from "@/lib/reminders/base-url";
import { todayInHelsinki } from "@/lib/dates";

const text = (status: number, body: string, lang?: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...(lang ? { "Content-Language": lang } : {}) } });

/**
 * The dashboard as a PDF briefing, in the language of the path, for the
 * period, goal and "changed since" in the query. The same permission as the
 * dashboard. Refusals are in the path's language too; links in the PDF are
 * absolute, from the configured address (APP_URL).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return text(404, "Sivua ei löydy. – Sidan hittades inte. – Not found.");
  const { t } = await dashboardTranslators(locale);
  const user = await getCurrentUser();
  if (!user) return text(401, t("pdf.errors.signIn"), locale);
  if (!can(user.role, "dashboard.view")) return text(403, t("pdf.errors.forbidden"), locale);
  const today = todayInHelsinki();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const loaded = await briefingForRequest(locale, query, today);
  if (!loaded) return text(404, t("pdf.errors.noPeriod"), locale);
  const pdf = await renderBriefingPdf(loaded.briefing, { confidential: t("pdf.confidential"), compress: query.compress !== "0", baseUrl: appBaseUrl() });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Language": locale,
      "Content-Disposition": `attachment; filename="${t("pdf.filename")}-${today}-${locale}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
