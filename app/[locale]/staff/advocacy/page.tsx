import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { ActivityTable } from "@/components/advocacy/ActivityTable";
import { DeadlineCalendar } from "@/components/advocacy/DeadlineCalendar";
import { PriorityOverview } from "@/components/advocacy/PriorityOverview";
import { FilterDate, FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import {
  activityCountsByPriority,
  activityOutcomeFilters,
  activitySorts,
  askOutcomeCounts,
  defaultActivitySort,
  listPlans,
  listPriorityOptions,
  deadlineCalendar,
  pageActivities,
} from "@/db/queries/advocacy/staff";
import { adoptionFromCounts } from "@/lib/advocacy/adoption";
import { activityFilters } from "@/lib/advocacy/filters";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listHref, plainQuery, requestedPage, requestedSort, sortParam } from "@/lib/paging";
import { can, canAny } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { activityTypes } from "@/lib/advocacy/vocabulary";

const PATH = "/staff/advocacy";

/** The advocacy workspace: deadlines, what has been done (paged in SQL), and each priority's plan and asks. */
export default async function StaffAdvocacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const today = todayInHelsinki();
  const sp = await searchParams;
  const filters = activityFilters(sp, today);
  const sort = requestedSort(sp.sort, activitySorts, defaultActivitySort);
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const tStaff = await getTranslations("staff");
  const tImport = await getTranslations("advocacyImport");
  const [priorities, list, calendar, plans, askCounts, actionCounts] = await Promise.all([
    listPriorityOptions(db),
    pageActivities(db, filters, { page: requestedPage(sp.page), sort, locale }),
    deadlineCalendar(db, today),
    listPlans(db),
    askOutcomeCounts(db),
    activityCountsByPriority(db),
  ]);
  const priorityNames = new Map(priorities.map((p) => [p.id, pick(p.title, locale)]));
  const mayRecord = canAny(user.role, ["advocacy.manage", "advocacy.editOwn"]);
  const query = plainQuery(sp);
  const isDefaultSort = sort.key === defaultActivitySort.key && sort.desc === defaultActivitySort.desc;
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ExportLinks kinds={["advocacy-actions", "asks"]} show={can(user.role, "export.read")} />
      <ul className="mb-8 flex flex-wrap gap-3">
        {mayRecord ? (
          <>
            <li>
              <Link href="/staff/advocacy/activities/new?type=statement" className="btn">
                {t("newStatement")}
              </Link>
            </li>
            <li>
              <Link href="/staff/advocacy/activities/new?type=meeting" className="btn btn-secondary">
                {t("newOther")}
              </Link>
            </li>
          </>
        ) : null}
        {mayRecord ? (
          <li>
            <Link href="/staff/advocacy/import" className="btn btn-secondary">
              {tImport("link")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/staff/advocacy/asks" className="btn btn-secondary">
            {t("asksLink")}
          </Link>
        </li>
        <li>
          <Link href="/staff/evaluations" className="btn btn-secondary">
            {t("evaluationsLink")}
          </Link>
        </li>
      </ul>

      <DeadlineCalendar {...calendar} listHref={(outcome) => listHref(PATH, {}, { outcome, sort: "date" })} today={today} locale={locale} priorityNames={priorityNames} />

      <Section id="activities-heading" title={t("activitiesTitle")}>
        <FilterForm label={t("filterLabel")} clearHref={PATH} sort={isDefaultSort ? undefined : sortParam(sort)}>
          <FilterText name="q" label={t("searchTitle")} value={filters.q} />
          <FilterSelect name="priority" label={tf("priorityId")} value={filters.priorityId} options={priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) }))} />
          <FilterSelect name="type" label={tf("type")} value={filters.type} options={activityTypes.map((v) => ({ value: v, label: tType(v) }))} />
          <FilterSelect name="outcome" label={t("outcomeFilter")} value={filters.outcome} options={activityOutcomeFilters.map((v) => ({ value: v, label: t(`outcomeFilters.${v}`) }))} />
          <FilterDate name="from" label={t("from")} value={filters.from} />
          <FilterDate name="to" label={t("to")} value={filters.to} />
          <FilterSelect name="state" label={t("state")} value={filters.state} options={(["draft", "pending", "returned", "published"] as const).map((v) => ({ value: v, label: tStaff(v) }))} />
        </FilterForm>
        <ActivityTable rows={list.rows} locale={locale} priorityNames={priorityNames} today={today} caption={t("activitiesTitle")} sort={sort} path={PATH} query={query} />
        <Pager path={PATH} query={query} page={list.page} pages={list.pages} total={list.total} from={list.from} to={list.to} />
      </Section>

      <PriorityOverview priorities={priorities} plans={plans} adoption={adoptionFromCounts(askCounts).byPriority} actionCounts={actionCounts} locale={locale} />
    </>
  );
}
