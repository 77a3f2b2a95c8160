import { Section } from "@/components/ui/Section";
import { publicDetail, type IdParams } from "@/lib/public/detail-page";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { IndicatorChart } from "@/components/strategy/public/IndicatorChart";
import { PublishedHistory } from "@/components/strategy/public/PublishedHistory";
import { publishedHistory } from "@/db/queries/audit";
import { getPublicIndicator } from "@/db/queries/strategy/public-detail";
import type { LocalizedText as Text } from "@/db/schema/common";
import { LocalizedText } from "@/components/public/LocalizedText";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { publicHistoryFormat } from "@/lib/strategy/public-format";
import { DemoNotice } from "@/components/public/DemoNotice";

const detail = publicDetail(getPublicIndicator, (d) => d.indicator.title);
export const generateMetadata = detail.generateMetadata;

/** A published indicator: chart with target line, the same data as a table, what it measures, its history. */
export default async function PublicIndicatorPage(props: IdParams) {
  const { locale, data, db } = await detail.open(props);
  const { indicator: i } = data;
  const t = await getTranslations("publicStrategy");
  const history = await publishedHistory(db, "indicator", i.id);
  const names = new Map<string, Text>([...data.measures, ...data.priorities].map((x) => [x.id, x.title]));
  const { fieldLabels, format } = await publicHistoryFormat(locale, names);
  return (
    <>
      <Breadcrumbs items={[{ label: pick(i.title, locale), lang: langOf(i.title, locale) }]} />
      <p className="text-body-s text-muted">
        {t("indicator")} · <LocalizedText text={data.period.name} locale={locale} />
      </p>
      <h1 className="mb-3 text-heading-l font-bold"><LocalizedText text={i.title} locale={locale} /></h1>
      <DemoNotice show={i.isDemo} />
      <LastUpdated type="indicator" id={i.id} locale={locale} />
      {i.description ? <p className="mb-6 max-w-3xl whitespace-pre-line"><LocalizedText text={i.description} locale={locale} /></p> : null}
      <IndicatorChart id={i.id} title={i.title} unit={i.unit} decimals={i.decimals} values={i.values} targets={i.targets} meta={i} locale={locale} headingLevel={2} />
      {data.measures.length || data.priorities.length ? (
        <Section id="linked" title={t("linkedTo")}>
          <ul className="list-disc pl-6">
            {data.priorities.map((p) => (
              <li key={p.id}>
                <Link href={`/goals/${p.goalId}/priorities/${p.id}`}><LocalizedText text={p.title} locale={locale} /></Link>
              </li>
            ))}
            {data.measures.map((m) => (
              <li key={m.id}>
                <Link href={`/measures/${m.id}`}><LocalizedText text={m.title} locale={locale} /></Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <PublishedHistory entries={history} fieldLabels={fieldLabels} format={format} ignore={["sortOrder", "periodId"]} />
    </>
  );
}
