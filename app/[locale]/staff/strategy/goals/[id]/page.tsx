import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { StructureItemPage } from "@/components/strategy/StructureItemPage";
import { pageHistory } from "@/db/queries/audit";
import { historyPaging } from "@/components/history/HistoryList";
import { requestedPage } from "@/lib/paging";
import { getLiveGoal, periodOptions } from "@/db/queries/strategy/structure";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { archiveGoal } from "../actions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function GoalPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const goal = await getLiveGoal(db, id);
  if (!goal) notFound();
  const [history, periods] = await Promise.all([pageHistory(db, [{ entityType: "goal", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) }), periodOptions(db)]);
  const tScope = await getTranslations("scope");
  const manage = can(user.role, "strategy.manage");
  return (
    <StructureItemPage locale={locale} kind="goal" item={goal} user={user} title={pick(goal.title, locale)} publicHref={goal.published ? `/goals/${goal.id}` : undefined} archive={archiveGoal} history={history.rows} historyPaging={historyPaging(history, `/staff/strategy/goals/${id}`, await searchParams)} names={Object.fromEntries(periods.map((p) => [p.id, pick(p.name, locale)]))}>
      {manage ? (
        <StructureForm kind="goal" values={goal} canPublish={can(user.role, "content.publish")} />
      ) : (
        <>
          <p className="mb-2">{tScope(goal.scope)}</p>
          <p className="max-w-3xl whitespace-pre-line">{pick(goal.description, locale)}</p>
        </>
      )}
    </StructureItemPage>
  );
}
