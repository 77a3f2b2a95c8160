import { Section } from "@/components/ui/Section";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { FeedLink } from "@/components/public/FeedLink";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { PagedMeasureList } from "@/components/strategy/public/PagedMeasureList";
import { PublishedHistory } from "@/components/strategy/public/PublishedHistory";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { getDb } from "@/db/client";
import { publishedHistory } from "@/db/queries/audit";
import { getPublicGoal } from "@/db/queries/strategy/public-detail";
import { feedPath } from "@/lib/public/feed-path";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicHistoryFormat } from "@/lib/strategy/public-format";
import { measurePage } from "@/lib/strategy/measure-pages";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { DemoNotice } from "@/components/public/DemoNotice";
import { LocalizedText } from "@/components/public/LocalizedText";

type Props = { searchParams: Promise<{ page?: string | string[] }>; params: Promise<{ locale: Locale; goalId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, goalId } = await params;
  const data = await getPublicGoal(await getDb(), goalId);
  if (!data) return {};
  const tFeed = await getTranslations({ locale, namespace: "publicFeed" });
  const title = pick(data.goal.title, locale);
  // The site's feed and this goal's (a page's alternates replace the layout's).
  return {
    title,
    alternates: {
      types: {
        "application/atom+xml": [
          { url: feedPath(locale), title: tFeed("title") },
          { url: feedPath(locale, data.goal.id), title: tFeed("goalTitle", { goal: title }) },
        ],
      },
    },
  };
}

/** A published goal: its priorities and measures with roll-up progress, and its published history. */
export default async function PublicGoalPage({ params, searchParams }: Props) {
  const { locale, goalId } = await params;
  setRequestLocale(locale);
  const db = await getDb();
  const data = await getPublicGoal(db, goalId);
  if (!data) notFound();
  const { goal, period } = data;
  const t = await getTranslations("publicStrategy");
  const tScope = await getTranslations("scope");
  const tCommon = await getTranslations("common");
  const history = await publishedHistory(db, "goal", goal.id);
  const { fieldLabels, format } = await publicHistoryFormat(locale);
  const title = pick(goal.title, locale);
  return (
    <>
      <Breadcrumbs items={[{ label: title, lang: langOf(goal.title, locale) }]} />
      <p className="text-body-s text-muted">
        {t("goal")} · <LocalizedText text={period.name} locale={locale} /> · {tScope(goal.scope)}
      </p>
      <LocalizedText as="h1" className="mb-3 text-heading-l font-bold" text={goal.title} locale={locale} />
      <DemoNotice show={data.measures.some((m) => m.isDemo)} />
      <LastUpdated type="goal" id={goal.id} locale={locale} />
      <FeedLink locale={locale} goalId={goal.id} />
      <div className="mb-4">
        <ProgressBar value={rollUpProgress(data.measures)} label={`${tCommon("progress")}: ${title}`} />
      </div>
      {goal.description ? <p className="mb-8 max-w-3xl whitespace-pre-line"><LocalizedText text={goal.description} locale={locale} /></p> : null}
      <Section id="priorities" title={t("priorities")}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {data.priorities.map((p) => {
            const linked = data.measures.filter((m) => m.priorityIds.includes(p.id));
            return (
              <li key={p.id} className="bg-fog-light p-3">
                <Link href={`/goals/${goal.id}/priorities/${p.id}`} className="mb-2 block font-semibold"><LocalizedText text={p.title} locale={locale} /></Link>
                <ProgressBar value={rollUpProgress(linked)} label={`${tCommon("progress")}: ${pick(p.title, locale)}`} />
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="measures" title={t("measures")}>
        <PagedMeasureList measures={data.measures} locale={locale} path={`/goals/${goal.id}`} {...measurePage((await searchParams).page, data.measures.length)} />
      </Section>
      <PublishedHistory entries={history} fieldLabels={fieldLabels} format={format} ignore={["sortOrder", "periodId"]} />
    </>
  );
}
