import { getTranslations } from "next-intl/server";
import { BriefingSections } from "@/components/dashboard/BriefingSections";
import { PrintablePage } from "@/components/dashboard/PrintablePage";
import { chartLinks } from "@/lib/dashboard/format";
import { scopeQuery, type DashboardQuery } from "@/lib/dashboard/load";
import { briefingForRequest } from "@/lib/dashboard/request";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/auth/staff-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("briefingTitle") };
}

/**
 * The briefing as an accessible, print-friendly page: the PDF's content with
 * every table open. In print only this content appears (components/dashboard/PrintablePage.tsx).
 */
export default async function BriefingPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<DashboardQuery> }) {
  const { locale } = await staffPage(params, "dashboard.view");
  const t = await getTranslations("dashboard");
  const loaded = await briefingForRequest(locale, await searchParams);
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
    <PrintablePage
      screenLinks={
        <>
          <Link href={`/staff/dashboard?${scopeQuery(scope)}`}>{t("print.back")}</Link>
          <a href={`/${locale}/staff/dashboard/briefing.pdf?${scopeQuery(scope)}`} type="application/pdf" download>
            {t("downloads.pdf")}
          </a>
          <span>{t("print.print")}</span>
        </>
      }
      header={
        <>
          <p className="text-body-l font-bold text-bus">{briefing.city}</p>
          <h1 className="text-heading-l font-bold">{briefing.title}</h1>
          <p className="font-semibold">{briefing.period}</p>
          {briefing.goal ? <p>{briefing.goal}</p> : null}
          <p className="text-body-s text-muted">{briefing.scopeLine}</p>
          <p className="text-body-s">{t("pdf.confidential")}</p>
        </>
      }
    >
      <BriefingSections
        print
        briefing={briefing}
        labels={{ chartLabel: (title) => t("chartLabel", { title }), loading: t("numbers.loading"), failed: t("numbers.failed"), fallback: t("numbers.fallback") }}
        links={chartLinks(locale, scopeQuery(scope))}
        figuresLabel={(section) => t("figuresLabel", { section })}
      />
    </PrintablePage>
  );
}
