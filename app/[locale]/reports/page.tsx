import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicReports } from "@/lib/public/content";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { LocalizedText } from "@/components/public/LocalizedText";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicReport" });
  return { title: t("listTitle") };
}

/** The published follow-up reports, by strategy period, newest first. */
export default async function ReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("publicReport");
  const reports = await publicReports();
  const periods = [...new Map(reports.map((r) => [r.periodId, r.report.period])).values()];
  return (
    <>
      <Breadcrumbs items={[{ label: t("listTitle") }]} />
      <h1 className="mb-3 text-heading-l font-bold">{t("listTitle")}</h1>
      <p className="mb-6 max-w-3xl">{t("listIntro")}</p>
      {reports.length === 0 ? <p>{t("none")}</p> : null}
      {periods.map((p) => (
        <section key={p.id} aria-labelledby={`period-${p.id}`} className="mb-8">
          <h2 id={`period-${p.id}`} className="mb-2 text-heading-m font-bold"><LocalizedText text={p.name} locale={locale} /></h2>
          <ul className="flex flex-col gap-2">
            {reports
              .filter((r) => r.periodId === p.id)
              .map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}><LocalizedText text={r.report.name} locale={locale} /></Link>
                  <span className="text-body-s"> — {t("asOf", { date: formatFlexibleDate(r.cutOffDate, "day", locale) })}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
