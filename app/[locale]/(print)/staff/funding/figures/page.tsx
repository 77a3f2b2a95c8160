import { getTranslations } from "next-intl/server";
import { BlockGrid } from "@/components/dashboard/BriefingSections";
import { PrintablePage } from "@/components/dashboard/PrintablePage";
import { chartLinks, formatDay } from "@/lib/dashboard/format";
import { loadPortfolio, portfolioChartLabels, PORTFOLIO_CHART_PATHS } from "@/lib/funding/portfolio-blocks";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "funding" });
  return { title: t("figures.printTitle") };
}

/** The EU funding portfolio's figures, printable: every chart with its table open (where the portfolio page's "show the numbers" leads without JavaScript). */
export default async function PortfolioFiguresPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const today = todayInHelsinki();
  const { blocks } = await loadPortfolio(db, locale, today);
  return (
    <PrintablePage
      screenLinks={
        <>
          <Link href="/staff/funding">{t("figures.back")}</Link>
          <span>{t("figures.print")}</span>
        </>
      }
      header={
        <>
          <h1 className="text-heading-l font-bold">{t("figures.printTitle")}</h1>
          <p className="text-body-s text-muted">{formatDay(today, locale)}</p>
        </>
      }
    >
      <BlockGrid print blocks={blocks} links={chartLinks(locale, "", PORTFOLIO_CHART_PATHS)} labels={await portfolioChartLabels()} />
    </PrintablePage>
  );
}
