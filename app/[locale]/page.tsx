import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getDb } from "@/db/client";
import { getPublishedStrategy, getUnitNames } from "@/db/queries/strategy/public";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { rollUpProgress } from "@/lib/strategy/rollup";

/** The public home: the published goals, their priorities and measures. */
export default async function PublicHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [periods, unitRows] = await Promise.all([getPublishedStrategy(db), getUnitNames(db)]);
  const unitName = new Map(unitRows.map((u) => [u.id, pick(u.name, locale)]));

  return (
    <>
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-body-l">{t("lead")}</p>
      {periods.length === 0 ? <p>{t("empty")}</p> : null}
      {periods.map((period) => (
        <section key={period.id} aria-labelledby={`period-${period.id}`} className="mb-10">
          <h2 id={`period-${period.id}`} className="mb-6 text-heading-m font-bold">
            {pick(period.name, locale)}
          </h2>
          {period.goals.map((goal) => (
            <article key={goal.id} aria-labelledby={`goal-${goal.id}`} className="mb-10 border-t-4 border-coat pt-4">
              <h3 id={`goal-${goal.id}`} className="text-heading-m font-bold">
                <Link href={`/goals/${goal.id}`}>{pick(goal.title, locale)}</Link>
              </h3>
              <div className="my-3">
                <ProgressBar value={rollUpProgress(goal.measures)} label={`${tCommon("progress")}: ${pick(goal.title, locale)}`} />
              </div>
              {goal.description ? <p className="mb-4 max-w-3xl">{pick(goal.description, locale)}</p> : null}
              <h4 className="mb-2 text-heading-xs font-bold">{t("priorities")}</h4>
              <ul className="mb-6 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {goal.priorities.map((p) => {
                  const linked = goal.measures.filter((m) => m.priorityIds.includes(p.id));
                  return (
                    <li key={p.id} className="bg-fog-light p-3">
                      <Link href={`/goals/${goal.id}/priorities/${p.id}`} className="mb-2 block font-semibold">
                        {pick(p.title, locale)}
                      </Link>
                      <ProgressBar value={rollUpProgress(linked)} label={`${tCommon("progress")}: ${pick(p.title, locale)}`} />
                    </li>
                  );
                })}
              </ul>
              <h4 className="mb-2 text-heading-xs font-bold">{t("measures")}</h4>
              {goal.measures.length === 0 ? (
                <p>{t("noMeasures")}</p>
              ) : (
                <ul className="divide-y divide-line border-y border-line">
                  {goal.measures.map((m) => (
                    <li key={m.id} className="py-4">
                      <p className="font-semibold">
                        <Link href={`/measures/${m.id}`}>{pick(m.title, locale)}</Link>
                      </p>
                      <dl className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2 text-body-s">
                        <div className="flex gap-2">
                          <dt className="sr-only">{tCommon("status")}</dt>
                          <dd>
                            <StatusBadge status={m.status} label={tStatus(m.status)} />
                          </dd>
                        </div>
                        <div className="flex gap-2">
                          <dt>{tCommon("due")}:</dt>
                          <dd>{m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}</dd>
                        </div>
                        {m.responsibleUnitId ? (
                          <div className="flex gap-2">
                            <dt>{tCommon("unit")}:</dt>
                            <dd>{unitName.get(m.responsibleUnitId)}</dd>
                          </div>
                        ) : null}
                        <div className="flex gap-2">
                          <dt className="sr-only">{tCommon("progress")}</dt>
                          <dd>
                            <ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} />
                          </dd>
                        </div>
                      </dl>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
