import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { ActivityTable } from "@/components/advocacy/ActivityTable";
import { DeadlineCalendar } from "@/components/advocacy/DeadlineCalendar";
import { PriorityOverview } from "@/components/advocacy/PriorityOverview";
import { activityOutcomeFilters, listActivities, listAsks, listPlans, listPriorityOptions, overdueStatements, upcomingDeadlines } from "@/db/queries/advocacy/staff";
import { activityFilters } from "@/lib/advocacy/filters";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

/** The advocacy workspace: deadlines, what has been done, and each priority's plan and asks. */
export default async function StaffAdvocacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const today = todayInHelsinki();
  const filters = activityFilters(await searchParams, today);
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const tStaff = await getTranslations("staff");
  const tCommon = await getTranslations("common");
  const tImport = await getTranslations("advocacyImport");
  const [priorities, activities, overdue, upcoming, plans, asks] = await Promise.all([
    listPriorityOptions(db),
    listActivities(db, filters),
    overdueStatements(db, today),
    upcomingDeadlines(db, today),
    listPlans(db),
    listAsks(db),
  ]);
  const priorityNames = new Map(priorities.map((p) => [p.id, pick(p.title, locale)]));
  const mayRecord = canAny(user.role, ["advocacy.manage", "advocacy.editOwn"]);
  const { today: _today, ...chosen } = filters;
  const filtered = Object.values(chosen).some(Boolean);
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

      <DeadlineCalendar overdue={overdue} upcoming={upcoming} today={today} locale={locale} priorityNames={priorityNames} />

      <section aria-labelledby="activities-heading" className="mb-10">
        <h2 id="activities-heading" className="mb-3 text-heading-m font-bold">
          {t("activitiesTitle")}
        </h2>
        <form method="get" className="mb-4 grid items-end gap-3 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filterLabel")}>
          <div className="lg:col-span-2">
            <label htmlFor="filter-priority" className="field-label">
              {tf("priorityId")}
            </label>
            <select id="filter-priority" name="priority" defaultValue={filters.priorityId ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {pick(p.title, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-type" className="field-label">
              {tf("type")}
            </label>
            <select id="filter-type" name="type" defaultValue={filters.type ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {(["statement", "meeting", "proposal", "position_paper"] as const).map((v) => (
                <option key={v} value={v}>
                  {tType(v)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-outcome" className="field-label">
              {t("outcomeFilter")}
            </label>
            <select id="filter-outcome" name="outcome" defaultValue={filters.outcome ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {activityOutcomeFilters.map((v) => (
                <option key={v} value={v}>
                  {t(`outcomeFilters.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-from" className="field-label">
              {t("from")}
            </label>
            <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} className="field-input" />
          </div>
          <div>
            <label htmlFor="filter-to" className="field-label">
              {t("to")}
            </label>
            <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} className="field-input" />
          </div>
          <div>
            <label htmlFor="filter-state" className="field-label">
              {t("state")}
            </label>
            <select id="filter-state" name="state" defaultValue={filters.state ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {(["draft", "pending", "returned", "published"] as const).map((v) => (
                <option key={v} value={v}>
                  {tStaff(v)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-3 lg:col-span-4">
            <button type="submit" className="btn">
              {tCommon("filter")}
            </button>
            {filtered ? (
              <Link href="/staff/advocacy" className="btn btn-secondary">
                {tCommon("clear")}
              </Link>
            ) : null}
          </div>
        </form>
        <p className="mb-2" role="status">
          {t("shown", { count: activities.length })}
        </p>
        <ActivityTable rows={activities} locale={locale} priorityNames={priorityNames} today={today} caption={t("activitiesTitle")} />
      </section>

      <PriorityOverview priorities={priorities} plans={plans} asks={asks} activities={filtered ? await listActivities(db) : activities} locale={locale} />
    </>
  );
}
