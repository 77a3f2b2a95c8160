import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { PortfolioFigures } from "@/components/funding/PortfolioFigures";
import { PortfolioSummary } from "@/components/funding/PortfolioSummary";
import { upcomingDeadlines } from "@/db/queries/funding/deadlines";
import { portfolioFigures } from "@/db/queries/funding/portfolio";
import type { Locale } from "@/lib/i18n/routing";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

/** The EU project portfolio: key figures, flags, deadlines and every figure as a chart with its table. */
export default async function FundingPortfolio({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const today = todayInHelsinki();
  const [figures, deadlines] = await Promise.all([cachedUntilWrite(`funding-portfolio:${today}`, () => portfolioFigures(db, today)), upcomingDeadlines(db, today, { limit: 30 })]);
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      <FundingNav user={user} current="portfolio" locale={locale} />
      <PortfolioSummary figures={figures} deadlines={deadlines} locale={locale} />
      <h2 className="mb-4 text-heading-m font-bold">{t("figures.title")}</h2>
      <PortfolioFigures figures={figures} locale={locale} />
    </>
  );
}
