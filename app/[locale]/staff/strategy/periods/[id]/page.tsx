import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { StructureItemPage } from "@/components/strategy/StructureItemPage";
import { pageHistory } from "@/db/queries/audit";
import { historyPaging } from "@/components/history/HistoryList";
import { requestedPage } from "@/lib/paging";
import { getLivePeriod } from "@/db/queries/strategy/structure";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { archivePeriod } from "../actions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function PeriodPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const period = await getLivePeriod(db, id);
  if (!period) notFound();
  const history = await pageHistory(db, [{ entityType: "period", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) });
  const tPage = await getTranslations("structurePage");
  const manage = can(user.role, "strategy.manage");
  const canPublish = can(user.role, "content.publish");
  const span = period.endYear - period.startYear;
  return (
    <StructureItemPage locale={locale} kind="period" item={period} user={user} title={pick(period.name, locale)} archive={archivePeriod} history={history.rows} historyPaging={historyPaging(history, `/staff/strategy/periods/${id}`, await searchParams)}>
      {manage ? (
        <>
          <StructureForm kind="period" values={period} canPublish={canPublish} />
          <h2 className="mt-10 mb-2 text-heading-m font-bold">{tPage("copyTitle")}</h2>
          <p className="mb-3 max-w-3xl">{tPage("copyHelp")}</p>
          <StructureForm kind="copy" parent={period.id} values={{ startYear: period.endYear + 1, endYear: period.endYear + 1 + span }} canPublish={canPublish} />
        </>
      ) : (
        <p>
          {period.startYear}–{period.endYear}
        </p>
      )}
    </StructureItemPage>
  );
}
