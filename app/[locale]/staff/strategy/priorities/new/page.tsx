import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { getUnitNames } from "@/db/queries/strategy/public";
import { getLiveGoal } from "@/db/queries/strategy/structure";
import { staffPage } from "@/lib/auth/staff-page";
import { isUuid } from "@/lib/ids";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

export default async function NewPriorityPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ goal?: string }> }) {
  const { locale, user, db } = await staffPage(params, "strategy.manage");
  const { goal: goalId } = await searchParams;
  if (!isUuid(goalId)) notFound();
  const goal = await getLiveGoal(db, goalId);
  if (!goal) notFound();
  const units = (await getUnitNames(db)).map((u) => ({ value: u.id, label: pick(u.name, locale) }));
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newPriority")} parentTitle={pick(goal.title, locale)}>
      <StructureForm kind="priority" parent={goal.id} units={units} canPublish={can(user.role, "content.publish")} />
    </NewStructurePage>
  );
}
