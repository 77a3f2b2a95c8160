import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanForm } from "@/app/[locale]/staff/advocacy/_components/PlanForm";
import { PlanView } from "@/components/advocacy/PlanView";
import { ReviewStatus } from "@/components/advocacy/ReviewStatus";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { getPlanForPriority, getPriority } from "@/db/queries/advocacy/staff";
import { pageHistory } from "@/db/queries/audit";
import { requestedPage } from "@/lib/paging";
import { advocacyHistoryFormat } from "@/lib/advocacy/history-format";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";

/** A priority's advocacy and communication plan: read it, and edit it if it is yours. */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ locale: Locale; priorityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, priorityId, user, db } = await staffPage(params, "internal.read", ["priorityId"]);
  const priority = await getPriority(db, priorityId);
  if (!priority || priority.archivedAt) notFound();
  const plan = await getPlanForPriority(db, priorityId);
  const history = plan ? await pageHistory(db, [{ entityType: "advocacy_plan", entityIds: [plan.id] }], { page: requestedPage((await searchParams).historyPage) }) : null;
  const t = await getTranslations("advocacy");
  const canEdit = mayEdit(user, { unitId: priority.unitId });
  const canPublish = can(user.role, "content.publish");
  const { fieldLabels, format } = await advocacyHistoryFormat(locale);
  return (
    <DetailPage
      crumbs={[{ label: t("title"), href: "/staff/advocacy" }, { label: pick(priority.title, locale), href: `/staff/advocacy/priorities/${priority.id}` }, { label: t("plan") }]}
      kind={t("planOf")}
      title={pick(priority.title, locale)}
      history={history ? <HistoryList entries={history.rows} paging={historyPaging(history, `/staff/advocacy/plans/${priorityId}`, await searchParams)} fieldLabels={fieldLabels} format={format} /> : null}
    >
      {plan ? (
        <ReviewStatus
          reviewType="advocacy_plan"
          id={plan.id}
          state={plan.reviewState}
          comment={plan.reviewComment}
          publishedAt={plan.publishedAt}
          canPublish={canPublish}
          publicNote={t("planPublicNote")}
        />
      ) : (
        <p className="mb-6">{t("noPlanYet")}</p>
      )}
      {canEdit ? (
        <section aria-labelledby="plan-edit-heading" className="mb-8">
          <h2 id="plan-edit-heading" className="mb-3 text-heading-m font-bold">
            {plan ? t("editPlan") : t("writePlan")}
          </h2>
          <PlanForm
            priorityId={priority.id}
            canPublish={canPublish}
            plan={
              plan
                ? {
                    id: plan.id,
                    version: plan.version,
                    objectives: plan.objectives,
                    keyMessages: plan.keyMessages,
                    audiences: plan.audiences,
                    audienceNotes: plan.audienceNotes,
                    channels: plan.channels,
                    timeline: plan.timeline,
                    visibility: plan.visibility,
                    publicSummary: plan.publicSummary,
                  }
                : undefined
            }
          />
        </section>
      ) : plan ? (
        <section aria-labelledby="plan-heading" className="mb-8">
          <h2 id="plan-heading" className="mb-3 text-heading-m font-bold">
            {t("plan")}
          </h2>
          <PlanView plan={plan} locale={locale} />
        </section>
      ) : null}
      {plan ? <StaffDocuments parentKind="advocacyPlan" parentId={plan.id} actor={user} locale={locale} /> : null}
    </DetailPage>
  );
}
