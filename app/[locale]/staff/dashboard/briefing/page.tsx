import { getTranslations } from "next-intl/server";
import { BriefingSections } from "@/components/dashboard/BriefingSections";
import { getDb } from "@/db/client";
import { chartLinks } from "@/lib/dashboard/format";
import { loadBriefing, scopeQuery, type DashboardQuery } from "@/lib/dashboard/load";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("briefingTitle") };
}

/**
 * The briefing as an accessible, print-friendly page: the PDF's content with
 * every table open. In print only this content appears (see the print rule below).
 */
export default async function BriefingPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<DashboardQuery> }) {
  const { locale } = await staffPage(params, "dashboard.view");
  const t = await getTranslations("dashboard");
  const loaded = await loadBriefing(await getDb(), { locale, query: await searchParams, today: todayInHelsinki(), staleAfterDays: env().STALE_AFTER_DAYS, cache: cachedUntilWrite });
  if (!loaded) {
    return (
      <>
        <h1 className="mb-4 text-heading-l font-bold">{t("briefingTitle")}</h1>
        <p>{t("noPeriod")}</p>
      </>
    );
  }
  const { briefing, scope } = loaded;
  return (
    <article className="briefing-print">
      {/* Printing a briefing leaves out the site's header, menus and footer. */}
      <style>{"@media print { body:has(.briefing-print) > header, body:has(.briefing-print) > footer, body:has(.briefing-print) nav, .briefing-screen-only { display: none !important; } }"}</style>
      <p className="briefing-screen-only mb-4 flex flex-wrap gap-x-6">
        <Link href={`/staff/dashboard?${scopeQuery(scope)}`}>{t("print.back")}</Link>
        <a href={`/${locale}/staff/dashboard/briefing.pdf?${scopeQuery(scope)}`} type="application/pdf" download>
          {t("downloads.pdf")}
        </a>
        <span>{t("print.print")}</span>
      </p>
      <header className="mb-6 border-b-4 border-bus pb-4">
        <p className="text-body-l font-bold text-bus">{briefing.city}</p>
        <h1 className="text-heading-l font-bold">{briefing.title}</h1>
        <p className="font-semibold">{briefing.period}</p>
        {briefing.goal ? <p>{briefing.goal}</p> : null}
        <p className="text-body-s text-muted">{briefing.scopeLine}</p>
        <p className="text-body-s">{t("pdf.confidential")}</p>
      </header>
      <BriefingSections
        print
        briefing={briefing}
        labels={{ chartLabel: (title) => t("chartLabel", { title }), loading: t("numbers.loading"), failed: t("numbers.failed"), fallback: t("numbers.fallback") }}
        links={chartLinks(locale, scopeQuery(scope))}
        figuresLabel={(section) => t("figuresLabel", { section })}
      />
    </article>
  );
}
