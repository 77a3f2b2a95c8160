import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { getLivePeriod } from "@/db/queries/strategy/structure";
import { staffPage } from "@/lib/auth/staff-page";
import { isUuid } from "@/lib/ids";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

export default async function NewGoalPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ period?: string }> }) {
  const { locale, user, db } = await staffPage(params, "strategy.manage");
  const { period: periodId } = await searchParams;
  if (!isUuid(periodId)) notFound();
  const period = await getLivePeriod(db, periodId);
  if (!period) notFound();
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newGoal")} parentTitle={pick(period.name, locale)}>
      <StructureForm kind="goal" parent={period.id} canPublish={can(user.role, "content.publish")} />
    </NewStructurePage>
  );
}
