import { getTranslations } from "next-intl/server";
import { BlockGrid } from "@/components/dashboard/BriefingSections";
import { FundingNav } from "@/components/funding/FundingNav";
import { PortfolioSummary } from "@/components/funding/PortfolioSummary";
import { upcomingDeadlines } from "@/db/queries/funding/deadlines";
import { chartLinks } from "@/lib/dashboard/format";
import { loadPortfolio, portfolioChartLabels, PORTFOLIO_CHART_PATHS } from "@/lib/funding/portfolio-blocks";
import type { Locale } from "@/lib/i18n/routing";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { cachedUntilWrite } from "@/lib/summary-cache";

/**
 * The EU project portfolio: key figures, flags, deadlines and every figure as
 * a chart (an image from the portfolio's chart route) with its numbers one
 * click away; the printable page has every table open.
 */
export default async function FundingPortfolio({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const today = todayInHelsinki();
  // The deadlines, like the figures, are the same for every reader until the next write (or the next day).
  const [{ figures, blocks }, deadlines] = await Promise.all([loadPortfolio(db, locale, today), cachedUntilWrite(`funding-deadlines:${today}`, () => upcomingDeadlines(db, today, { limit: 30 }))]);
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      <FundingNav user={user} current="portfolio" locale={locale} />
      <PortfolioSummary figures={figures} deadlines={deadlines} locale={locale} />
      <h2 className="mb-2 text-heading-m font-bold">{t("figures.title")}</h2>
      <p className="mb-4">
        <a href={`/${locale}/${PORTFOLIO_CHART_PATHS.printable}`}>{t("figures.printable")}</a>
      </p>
      <BlockGrid blocks={blocks} links={chartLinks(locale, "", PORTFOLIO_CHART_PATHS)} labels={await portfolioChartLabels()} />
    </>
  );
}
