import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/advocacy/ActivityTable";
import { AdoptionFigures } from "@/components/advocacy/AdoptionFigures";
import { DeadlineCalendar } from "@/components/advocacy/DeadlineCalendar";
import { PlanView } from "@/components/advocacy/PlanView";
import { ScoreTrend } from "@/components/evaluation/ScoreTrend";
import { DetailPage } from "@/components/ui/DetailPage";
import { Pager } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import {
  activitySorts,
  deadlineCalendar,
  defaultActivitySort,
  getPlanForPriority,
  getPriority,
  listAsks,
  pageActivities,
} from "@/db/queries/advocacy/staff";
import { closedRoundHistory } from "@/db/queries/evaluation/results";
import { getUnitNames } from "@/db/queries/strategy/public";
import { adoptionByPriority } from "@/lib/advocacy/adoption";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatScore } from "@/lib/advocacy/stats";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { listHref, plainQuery, requestedPage, requestedSort } from "@/lib/paging";

/** A priority's advocacy in one place: plan, actions, deadlines, asks and the latest evaluation. */
export default async function PriorityAdvocacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; priorityId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, priorityId, user, db } = await staffPage(params, "internal.read", ["priorityId"]);
  const sp = await searchParams;
  const priority = await getPriority(db, priorityId);
  if (!priority || priority.archivedAt) notFound();
  const today = todayInHelsinki();
  const path = `/staff/advocacy/priorities/${priorityId}`;
  const sort = requestedSort(sp.sort, activitySorts, defaultActivitySort);
  const [plan, activities, asks, calendar, history, unitRows] = await Promise.all([
    getPlanForPriority(db, priorityId),
    pageActivities(db, { priorityId, today }, { page: requestedPage(sp.page), sort, locale }),
    listAsks(db, { priorityId }),
    deadlineCalendar(db, today, { priorityId }),
    closedRoundHistory(db, [priorityId]),
    getUnitNames(db),
  ]);
  const t = await getTranslations("advocacy");
  const tAsks = await getTranslations("advocacyAsks");
  const tOutcome = await getTranslations("askOutcomes");
  const tEval = await getTranslations("evaluation");
  const canEdit = mayEdit(user, { unitId: priority.unitId });
  const names = new Map([[priority.id, pick(priority.title, locale)]]);
  const points = history.get(priorityId) ?? [];
  const latest = points.at(-1);
  const years = [...new Set(asks.map((a) => a.programmeYear))].sort((a, b) => b - a);
  const query = plainQuery(sp);
  const unit = unitRows.find((u) => u.id === priority.unitId);
  return (
    <DetailPage crumbs={[{ label: t("title"), href: "/staff/advocacy" }, { label: pick(priority.title, locale) }]} kind={pick(priority.goalTitle, locale)} title={pick(priority.title, locale)}>
      <p className="mb-8">{t("leadUnit", { unit: unit ? pick(unit.name, locale) : "–" })}</p>

      <Section id="plan-heading" title={t("plan")}>
        {plan ? <PlanView plan={plan} locale={locale} /> : <p>{t("noPlanYet")}</p>}
        <p className="mt-3">
          <Link href={`/staff/advocacy/plans/${priority.id}`}>{canEdit ? (plan ? t("editPlan") : t("writePlan")) : t("openPlan")}</Link>
        </p>
      </Section>

      <DeadlineCalendar {...calendar} listHref={(outcome) => listHref("/staff/advocacy", {}, { priority: priorityId, outcome, sort: "date" })} today={today} locale={locale} priorityNames={names} />

      <Section id="actions-heading" title={t("activitiesTitle")}>
        {canEdit ? (
          <p className="mb-3 flex flex-wrap gap-3">
            <Link href={`/staff/advocacy/activities/new?type=statement&priority=${priority.id}`} className="btn">
              {t("newStatement")}
            </Link>
            <Link href={`/staff/advocacy/activities/new?type=meeting&priority=${priority.id}`} className="btn btn-secondary">
              {t("newOther")}
            </Link>
          </p>
        ) : null}
        <ActivityTable rows={activities.rows} locale={locale} priorityNames={names} today={today} caption={t("activitiesTitle")} showPriority={false} sort={sort} path={path} query={query} />
        <Pager path={path} query={query} page={activities.page} pages={activities.pages} total={activities.total} from={activities.from} to={activities.to} />
      </Section>

      <Section id="asks-heading" title={tAsks("title")}>
        {canEdit ? (
          <p className="mb-3">
            <Link href={`/staff/advocacy/asks/new?priority=${priority.id}`} className="btn btn-secondary">
              {tAsks("new")}
            </Link>
          </p>
        ) : null}
        {asks.length === 0 ? <p>{tAsks("none")}</p> : null}
        {years.map((year) => {
          const list = asks.filter((a) => a.programmeYear === year);
          const { overall } = adoptionByPriority(list);
          return (
            <div key={year} className="mb-6">
              <h3 className="mb-2 text-heading-xs font-bold">{tAsks("programme", { year })}</h3>
              <ul className="mb-3 flex flex-col gap-2">
                {list.map((a) => (
                  <li key={a.id} className="border-l-4 border-line pl-3">
                    <Link href={`/staff/advocacy/asks/${a.id}`}>{pick(a.wording, locale)}</Link>
                    <span className="block text-body-s font-semibold">{tOutcome(a.outcome)}</span>
                  </li>
                ))}
              </ul>
              <AdoptionFigures overall={overall} byPriority={new Map()} priorityNames={names} locale={locale} caption={tAsks("programme", { year })} />
            </div>
          );
        })}
      </Section>

      <Section id="evaluation-heading" title={tEval("latestTitle")}>
        {latest ? (
          <p className="mb-3 text-body-l">
            {tEval("latestSummary", {
              round: pick(latest.name, locale),
              mean: formatScore(latest.summary.mean, locale),
              count: latest.summary.count,
            })}
          </p>
        ) : null}
        <ScoreTrend points={points} locale={locale} caption={tEval("trendCaption", { priority: pick(priority.title, locale) })} />
      </Section>
    </DetailPage>
  );
}
