import { Section } from "@/components/ui/Section";
import type { Metadata } from "next";
import { PublicLinkedItems } from "@/components/links/PublicLinks";
import { publicLinkedItemsOfPriority } from "@/db/queries/links/public";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { IndicatorChart } from "@/components/strategy/public/IndicatorChart";
import { PagedMeasureList } from "@/components/strategy/public/PagedMeasureList";
import { PublishedHistory } from "@/components/strategy/public/PublishedHistory";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { getDb } from "@/db/client";
import { publishedHistory } from "@/db/queries/audit";
import { getPublicPriority } from "@/db/queries/strategy/public-detail";
import { langOf, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { publicHistoryFormat } from "@/lib/strategy/public-format";
import { measurePage } from "@/lib/strategy/measure-pages";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { DemoNotice } from "@/components/public/DemoNotice";
import { LocalizedText } from "@/components/public/LocalizedText";

type Props = { searchParams: Promise<{ page?: string | string[] }>; params: Promise<{ locale: Locale; goalId: string; priorityId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, goalId, priorityId } = await params;
  const data = await getPublicPriority(await getDb(), goalId, priorityId);
  return data ? { title: pick(data.priority.title, locale) } : {};
}

/** A published priority: the measures that serve it, its indicators and its published history. */
export default async function PublicPriorityPage({ params, searchParams }: Props) {
  const { locale, goalId, priorityId } = await params;
  setRequestLocale(locale);
  const db = await getDb();
  const data = await getPublicPriority(db, goalId, priorityId);
  if (!data) notFound();
  const { goal, priority } = data;
  const t = await getTranslations("publicStrategy");
  const tCommon = await getTranslations("common");
  const [history, carriedBy] = await Promise.all([publishedHistory(db, "priority", priority.id), publicLinkedItemsOfPriority(db, priority.id)]);
  const { fieldLabels, format } = await publicHistoryFormat(locale);
  const title = pick(priority.title, locale);
  return (
    <>
      <Breadcrumbs items={[{ href: `/goals/${goal.id}`, label: pick(goal.title, locale), lang: langOf(goal.title, locale) }, { label: title, lang: langOf(priority.title, locale) }]} />
      <p className="text-body-s text-muted">{t("priority")}</p>
      <LocalizedText as="h1" className="mb-3 text-heading-l font-bold" text={priority.title} locale={locale} />
      <DemoNotice show={data.measures.some((m) => m.isDemo) || carriedBy.some((i) => i.isDemo)} />
      <LastUpdated type="priority" id={priority.id} locale={locale} />
      <div className="mb-4">
        <ProgressBar value={rollUpProgress(data.measures)} label={`${tCommon("progress")}: ${title}`} />
      </div>
      {priority.description ? <p className="mb-8 max-w-3xl whitespace-pre-line"><LocalizedText text={priority.description} locale={locale} /></p> : null}
      <Section id="measures" title={t("measures")}>
        <PagedMeasureList measures={data.measures} locale={locale} path={`/goals/${goal.id}/priorities/${priority.id}`} {...measurePage((await searchParams).page, data.measures.length)} />
      </Section>
      {data.indicators.length ? (
        <Section id="indicators" title={t("indicators")}>
          {data.indicators.map((i) => (
            <IndicatorChart key={i.id} id={i.id} title={i.title} unit={i.unit} decimals={i.decimals} values={i.values} targets={i.targets} meta={i} locale={locale} />
          ))}
        </Section>
      ) : null}
      <PublicLinkedItems items={carriedBy} heading="publicPriority" locale={locale} />
      <PublishedHistory entries={history} fieldLabels={fieldLabels} format={format} ignore={["sortOrder", "goalId"]} />
    </>
  );
}
