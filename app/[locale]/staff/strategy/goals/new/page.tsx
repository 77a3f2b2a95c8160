import { getTranslations } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { newItemPage } from "@/lib/strategy/new-item-page";

export default async function NewGoalPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ period?: string }> }) {
  const { locale, parent: period, canPublish } = await newItemPage(params, searchParams, "period");
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newGoal")} parentTitle={pick(period.name, locale)}>
      <StructureForm kind="goal" parent={period.id} canPublish={canPublish} />
    </NewStructurePage>
  );
}
