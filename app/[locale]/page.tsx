import { Section } from "@/components/ui/Section";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FeedLink } from "@/components/public/FeedLink";
import { GoalCard } from "@/components/public/GoalCard";
import { LocalizedText } from "@/components/public/LocalizedText";
import { CheckedStatus } from "@/components/strategy/public/CheckedStatus";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/db/client";
import { publicAreaCounts } from "@/db/queries/public/areas";
import { currentPeriod, publicReports, publicStrategy } from "@/lib/public/content";
import { publicLinks } from "@/lib/public/links";
import { byGeneration } from "@/lib/public/memo";
import { publicSections } from "@/lib/public/sections";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { DemoNotice } from "@/components/public/DemoNotice";
import { todayInHelsinki } from "@/lib/dates";

const RECENT = 6;

/** The public home: the current period's goals and their progress, what was published lately, and the way to every section. */
export default async function PublicHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("publicHome");
  const tHome = await getTranslations("home");
  const today = todayInHelsinki();
  const tSections = await getTranslations("publicSite.sections");
  const data = await publicStrategy();
  const latestReport = (await publicReports())[0];
  const tReport = await getTranslations("publicReport");
  const counts = await byGeneration("area-counts", async () => publicAreaCounts(await getDb()));
  const figure: Partial<Record<string, string>> = {
    euProjects: t("areaFigure.euProjects", { count: counts.euProjects }),
    networks: t("areaFigure.networks", { count: counts.networks }),
    advocacy: t("areaFigure.advocacy", { actions: counts.actions, asks: counts.asks }),
  };
  const period = currentPeriod(data.periods);
  const goals = period ? data.goals.filter((g) => g.periodId === period.id) : [];
  const measureTitle = new Map(data.measures.map((m) => [m.id, m.title]));
  const recent = [...data.measures].sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "")).slice(0, RECENT);
  const updates = data.updates.slice(0, 5);

  return (
    <>
      <h1 className="mb-4 text-heading-xl font-bold">{tHome("title")}</h1>
      <DemoNotice show={data.measures.some((m) => m.isDemo) || data.updates.some((u) => u.isDemo)} />
      <p className="mb-8 max-w-3xl text-body-l">{tHome("lead")}</p>
      {latestReport ? (
        <p className="mb-8 text-body-l font-semibold">
          <Link href={`/reports/${latestReport.id}`}>{tReport.rich("homeLink", { name: pick(latestReport.report.name, locale), text: (chunks) => <span lang={langOf(latestReport.report.name, locale)}>{chunks}</span> })}</Link>
        </p>
      ) : null}
      {period ? (
        <section aria-labelledby="goals-title" className="mb-12">
          <h2 id="goals-title" className="mb-6 text-heading-l font-bold">
            {t.rich("goalsOfPeriod", { period: pick(period.name, locale), text: (chunks) => <span lang={langOf(period.name, locale)}>{chunks}</span> })}
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {goals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                locale={locale}
                priorities={data.priorities.filter((p) => p.goalId === goal.id)}
                measures={data.measures.filter((m) => m.goalId === goal.id)}
              />
            ))}
          </div>
          <p className="mt-4 text-body-s">{t("rollUpNote")}</p>
        </section>
      ) : (
        <p className="mb-12">{tHome("empty")}</p>
      )}

      <div className="mb-12 grid gap-8 md:grid-cols-2">
        <Section id="recent-title" className="" title={t("recent")}>
          {recent.length === 0 ? <p>{tHome("noMeasures")}</p> : null}
          <ul className="divide-y divide-line border-y border-line">
            {recent.map((m) => (
              <li key={m.id} className="py-3">
                <Link href={publicLinks.measure(m.id)} className="font-semibold" lang={m.title[locale]?.trim() ? undefined : "fi"}>
                  <LocalizedText text={m.title} locale={locale} />
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-body-s">
                  <CheckedStatus measure={m} today={today} locale={locale} />
                  <span>{t("progressValue", { value: m.progress })}</span>
                </p>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="updates-title" className="" title={t("updates")}>
          {updates.length === 0 ? <p>{t("noUpdates")}</p> : null}
          <ul className="divide-y divide-line border-y border-line">
            {updates.map((u) => (
              <li key={u.id} className="py-3">
                <p className="text-body-s text-muted">
                  <time dateTime={u.date}>{formatFlexibleDate(u.date, "day", locale)}</time>
                </p>
                <Link href={publicLinks.measure(u.measureId)} className="font-semibold">
                  <LocalizedText text={measureTitle.get(u.measureId)} locale={locale} />
                </Link>
                <LocalizedText as="p" text={u.body} locale={locale} className="line-clamp-3" />
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <FeedLink locale={locale} />
      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="mb-4 text-heading-m font-bold">
          {t("explore")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {publicSections
            .filter((s) => s.key !== "home")
            .map((s) => (
              <li key={s.key} className="bg-fog-light p-4">
                <Link href={s.href} className="text-heading-xs font-bold">
                  {tSections(s.key)}
                </Link>
                {figure[s.key] ? (
                  <p className="mt-1 font-semibold" data-testid={`area-figure-${s.key}`}>
                    {figure[s.key]}
                  </p>
                ) : null}
                <p className="mt-1">{t(`sectionLead.${s.key}`)}</p>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
