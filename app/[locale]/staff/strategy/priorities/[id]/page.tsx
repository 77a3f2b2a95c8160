import { PriorityLinksSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { notFound } from "next/navigation";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { StructureItemPage } from "@/components/strategy/StructureItemPage";
import { pageHistory } from "@/db/queries/audit";
import { historyPaging } from "@/components/history/HistoryList";
import { requestedPage } from "@/lib/paging";
import { getUnitNames } from "@/db/queries/strategy/public";
import { getLivePriority, goalTitles } from "@/db/queries/strategy/structure";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { archivePriority } from "../actions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function PriorityPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const priority = await getLivePriority(db, id);
  if (!priority) notFound();
  const [history, unitRows, goalRows] = await Promise.all([pageHistory(db, [{ entityType: "priority", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) }), getUnitNames(db), goalTitles(db)]);
  const manage = can(user.role, "strategy.manage");
  const units = unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }));
  return (
    <StructureItemPage locale={locale} kind="priority" item={priority} user={user} title={pick(priority.title, locale)} publicHref={priority.published ? `/goals/${priority.goalId}/priorities/${priority.id}` : undefined} archive={archivePriority} history={history.rows} historyPaging={historyPaging(history, `/staff/strategy/priorities/${id}`, await searchParams)} names={Object.fromEntries([...units.map((u) => [u.value, u.label]), ...goalRows.map((g) => [g.id, pick(g.title, locale)])])}>
      {manage ? (
        <StructureForm kind="priority" values={priority} units={units} canPublish={can(user.role, "content.publish")} />
      ) : (
        <p className="max-w-3xl whitespace-pre-line">{pick(priority.description, locale)}</p>
      )}
      <div className="mt-10">
        <PriorityLinksSection priorityId={priority.id} locale={locale} />
      </div>
    </StructureItemPage>
  );
}
