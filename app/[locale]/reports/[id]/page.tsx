import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoNotice } from "@/components/public/DemoNotice";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { FollowUpReport, ReportChanges } from "@/components/strategy/public/FollowUpReport";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicReports } from "@/lib/public/content";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { LocalizedText } from "@/components/public/LocalizedText";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ view?: string | string[] }> };

async function load(id: string) {
  return (await publicReports()).find((r) => r.id === id) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const found = await load(id);
  return found ? { title: `${pick(found.report.name, locale)} — ${pick(found.report.period.name, locale)}` } : {};
}

/**
 * A published follow-up report (frozen when the round was published), or
 * with ?view=changes what changed since the previous round. Prints as a
 * document (print CSS), and as a PDF.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const { report, previous } = found;
  const view = (await searchParams).view === "changes" ? "changes" : "report";
  const t = await getTranslations("publicReport");
  const name = pick(report.name, locale);
  return (
    <>
      <Breadcrumbs items={[{ href: "/reports", label: t("listTitle") }, { label: name, lang: langOf(report.name, locale) }]} />
      <p className="text-body-s text-muted">
        {t("kicker")} · <LocalizedText text={report.period.name} locale={locale} />
      </p>
      <LocalizedText as="h1" className="mb-2 text-heading-l font-bold" text={report.name} locale={locale} />
      <p className="mb-4">
        {t("asOf", { date: formatFlexibleDate(report.cutOffDate, "day", locale) })}
        {found.publishedAt ? ` · ${t("publishedOn", { date: formatFlexibleDate(found.publishedAt.slice(0, 10), "day", locale) })}` : null}
      </p>
      <nav aria-label={t("views")} className="no-print mb-6 flex flex-wrap gap-x-5 gap-y-1">
        {view === "changes" ? <Link href={`/reports/${id}`}>{t("viewReport")}</Link> : <Link href={`/reports/${id}?view=changes`}>{t("viewChanges")}</Link>}
        <a href={`/${locale}/reports/${id}/pdf`} type="application/pdf">
          {t("pdf")}
        </a>
      </nav>
      <DemoNotice show={report.measures.some((m) => m.isDemo)} />
      <p className="mb-6 max-w-3xl text-body-s">{t("lateNote")}</p>
      {view === "changes" ? <ReportChanges report={report} previous={previous?.report ?? null} locale={locale} /> : <FollowUpReport report={report} locale={locale} />}
    </>
  );
}
