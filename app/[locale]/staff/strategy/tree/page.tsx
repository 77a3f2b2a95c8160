import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArchivedItems } from "@/app/[locale]/staff/strategy/_components/ArchivedItems";
import { MeasureFlags, measureFlagLabels } from "@/components/strategy/MeasureFlags";
import { ReorderButtons } from "@/app/[locale]/staff/strategy/_components/ReorderButtons";
import { Subnav } from "@/components/ui/Subnav";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getDb } from "@/db/client";
import { archivedStrategyItems } from "@/db/queries/strategy/archived";
import { strategyOutline } from "@/db/queries/strategy/staff-list";
import { pageMeasuresForStaff } from "@/db/queries/strategy/staff-page";
import { goalRollUps, priorityRollUps } from "@/db/queries/strategy/tree";
import { requirePage } from "@/lib/auth/guards";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { env } from "@/lib/env";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { listHref, plainQuery, requestedPage } from "@/lib/paging";
import { Pager } from "@/components/ui/Pager";
import { todayInHelsinki } from "@/lib/dates";
import { isUuid } from "@/lib/ids";

const PATH = "/staff/strategy/tree";

/**
 * The strategy tree: periods → goals with their roll-up (grouped in SQL); a goal
 * opens on demand (`?open=<goal>`) to its priorities and one page of its
 * measures, so the page stays small at any size. Structure is edited here.
 */
export default async function StrategyTreePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  const sp = await searchParams;
  const showArchived = sp.archived === "1";
  const openRaw = typeof sp.open === "string" ? sp.open : undefined;
  setRequestLocale(locale);
  const user = await requirePage(locale, "internal.read");
  const manage = can(user.role, "strategy.manage");
  const t = await getTranslations("strategyTree");
  const tStaff = await getTranslations("staff");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [outline, goalSums, archived, flagLabels] = await Promise.all([
    cachedUntilWrite("strategy-outline", () => strategyOutline(db)),
    cachedUntilWrite("strategy-goal-rollups", () => goalRollUps(db)),
    manage && showArchived ? archivedStrategyItems(db) : null,
    measureFlagLabels(),
  ]);
  const open = openRaw && isUuid(openRaw) && outline.goals.some((g) => g.id === openRaw) ? openRaw : undefined;
  const [openMeasures, prioritySums] = open
    ? await Promise.all([
        cachedUntilWrite(`strategy-tree:${JSON.stringify([open, requestedPage(sp.page), locale, todayInHelsinki(), env().STALE_AFTER_DAYS])}`, () =>
          pageMeasuresForStaff(db, { goal: open }, { page: requestedPage(sp.page), sort: { key: "order", desc: false }, locale, today: todayInHelsinki(), staleAfterDays: env().STALE_AFTER_DAYS }),
        ),
        priorityRollUps(db, open),
      ])
    : [null, null];
  const query = plainQuery(sp);
  const state = (s: string) => (s === "published" ? null : <span className="tag ml-2 text-body-s">{tStaff(s)}</span>);
  return (
    <>
      <Subnav area="strategy" current="tree" />
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      {manage ? (
        <p className="mb-6 flex flex-wrap items-center gap-6">
          <Link href="/staff/strategy/periods/new" className="btn btn-secondary">{t("newPeriod")}</Link>
          <Link href={listHref(PATH, query, { archived: showArchived ? undefined : "1" })}>{showArchived ? t("hideArchived") : t("showArchived")}</Link>
        </p>
      ) : null}
      {archived ? <ArchivedItems items={archived} locale={locale} /> : null}
      {outline.periods.map((period) => {
        const periodGoals = outline.goals.filter((g) => g.periodId === period.id);
        return (
          <section key={period.id} aria-labelledby={`period-${period.id}`} className="mb-12">
            <h2 id={`period-${period.id}`} className="text-heading-m font-bold">
              {pick(period.name, locale)} {state(period.reviewState)}
            </h2>
            <p className="mb-4 flex flex-wrap gap-4 text-body-s">
              <Link href={`/staff/strategy/periods/${period.id}`}>{manage ? t("editPeriod") : t("openPeriod")}</Link>
              {manage ? <Link href={`/staff/strategy/goals/new?period=${period.id}`}>{t("newGoal")}</Link> : null}
            </p>
            {periodGoals.length === 0 ? <p>{t("noGoals")}</p> : null}
            {periodGoals.map((goal, gi) => {
              const sums = goalSums.get(goal.id);
              const goalTitle = pick(goal.title, locale);
              const isOpen = goal.id === open;
              const goalPriorities = isOpen ? outline.priorities.filter((p) => p.goalId === goal.id) : [];
              return (
                <article key={goal.id} id={`goal-${goal.id}`} aria-labelledby={`goal-h-${goal.id}`} className="mb-8 border-t-4 border-coat pt-3">
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <h3 id={`goal-h-${goal.id}`} className="text-heading-s font-bold">
                      {goalTitle} {state(goal.reviewState)}
                    </h3>
                    {manage ? <ReorderButtons type="goal" id={goal.id} name={goalTitle} first={gi === 0} last={gi === periodGoals.length - 1} /> : null}
                  </div>
                  <div className="my-2">
                    <ProgressBar value={sums?.progress ?? null} label={`${tCommon("progress")}: ${goalTitle}`} />
                  </div>
                  <p className="mb-3 flex flex-wrap gap-4 text-body-s">
                    <Link href={isOpen ? listHref(PATH, query, { open: undefined, page: undefined }) : `${listHref(PATH, query, { open: goal.id, page: undefined })}#goal-${goal.id}`} aria-expanded={isOpen}>
                      {isOpen ? t("collapse", { name: goalTitle }) : t("expand", { name: goalTitle, count: sums?.measures ?? 0 })}
                    </Link>
                    <Link href={`/staff/strategy/goals/${goal.id}`}>{manage ? t("editGoal") : t("openGoal")}</Link>
                    {manage ? <Link href={`/staff/strategy/priorities/new?goal=${goal.id}`}>{t("newPriority")}</Link> : null}
                    {manage ? <Link href={`/staff/strategy/measures/new?goal=${goal.id}`}>{t("newMeasure")}</Link> : null}
                  </p>
                  {isOpen && openMeasures ? (
                    <>
                      <h4 className="mb-1 font-bold">{t("priorities")}</h4>
                      <ul className="mb-4 divide-y divide-line border-y border-line">
                        {goalPriorities.map((p, pi) => {
                          const title = pick(p.title, locale);
                          return (
                            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                              <span>
                                <Link href={`/staff/strategy/priorities/${p.id}`}>{title}</Link> {state(p.reviewState)}
                              </span>
                              <span className="flex items-center gap-4">
                                <ProgressBar value={prioritySums?.get(p.id)?.progress ?? null} label={`${tCommon("progress")}: ${title}`} />
                                {manage ? <ReorderButtons type="priority" id={p.id} name={title} first={pi === 0} last={pi === goalPriorities.length - 1} /> : null}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                      <h4 className="mb-1 font-bold">{t("measures")}</h4>
                      {openMeasures.total === 0 ? <p>{t("noMeasures")}</p> : null}
                      <ul className="divide-y divide-line border-y border-line">
                        {openMeasures.rows.map((m, i) => {
                          const title = pick(m.title, locale);
                          const at = openMeasures.from - 1 + i;
                          return (
                            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                              <span className="flex flex-wrap items-center gap-2">
                                <Link href={`/staff/strategy/measures/${m.id}`}>{title}</Link>
                                <StatusBadge status={m.status} label={tStatus(m.status)} />
                                <MeasureFlags late={m.late} stale={m.stale} labels={flagLabels} />
                                {state(m.reviewState)}
                              </span>
                              <span className="flex items-center gap-4">
                                <ProgressBar value={m.progress} label={`${tCommon("progress")}: ${title}`} />
                                {manage ? <ReorderButtons type="measure" id={m.id} name={title} first={at === 0} last={at === openMeasures.total - 1} /> : null}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                      {openMeasures.total > 0 ? <Pager path={PATH} query={query} page={openMeasures.page} pages={openMeasures.pages} total={openMeasures.total} from={openMeasures.from} to={openMeasures.to} /> : null}
                    </>
                  ) : null}
                </article>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
