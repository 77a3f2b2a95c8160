import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdvocacyItemPage, loadItemHistory } from "@/app/[locale]/staff/advocacy/_components/ItemPage";
import { PlanForm } from "@/app/[locale]/staff/advocacy/_components/PlanForm";
import { PlanView } from "@/components/advocacy/PlanView";
import { Section } from "@/components/ui/Section";
import { getPlanForPriority, getPriority } from "@/db/queries/advocacy/staff";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

/** A priority's advocacy and communication plan: read it, and edit it if it is yours. */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ locale: Locale; priorityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, priorityId, user, db } = await staffPage(params, "internal.read", ["priorityId"]);
  const priority = await getPriority(db, priorityId);
  if (!priority || priority.archivedAt) notFound();
  const plan = await getPlanForPriority(db, priorityId);
  const sp = await searchParams;
  const loaded = plan ? await loadItemHistory(db, user, locale, "plan", plan, sp) : null;
  const t = await getTranslations("advocacy");
  const canEdit = mayEdit(user, { unitId: priority.unitId });
  const canPublish = can(user.role, "content.publish");
  return (
    <AdvocacyItemPage
      loaded={loaded}
      crumbs={[{ label: t("title"), href: "/staff/advocacy" }, { label: pick(priority.title, locale), href: `/staff/advocacy/priorities/${priority.id}` }, { label: t("plan") }]}
      heading={t("planOf")}
      title={pick(priority.title, locale)}
      review={{ canPublish, publicNote: t("planPublicNote"), empty: <p className="mb-6">{t("noPlanYet")}</p> }}
      edit={
        canEdit
          ? {
              id: "plan-edit-heading",
              title: plan ? t("editPlan") : t("writePlan"),
              form: (
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
              ),
            }
          : null
      }
    >
      {!canEdit && plan ? (
        <Section id="plan-heading" title={t("plan")} className="mb-8">
          <PlanView plan={plan} locale={locale} />
        </Section>
      ) : null}
      {plan ? <StaffDocuments parentKind="advocacyPlan" parentId={plan.id} actor={user} locale={locale} /> : null}
    </AdvocacyItemPage>
  );
}
