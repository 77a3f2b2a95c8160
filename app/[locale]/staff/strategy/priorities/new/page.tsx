import { getTranslations } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { getUnitNames } from "@/db/queries/strategy/public";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { newItemPage } from "@/lib/strategy/new-item-page";

export default async function NewPriorityPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ goal?: string }> }) {
  const { locale, db, parent: goal, canPublish } = await newItemPage(params, searchParams, "goal");
  const units = (await getUnitNames(db)).map((u) => ({ value: u.id, label: pick(u.name, locale) }));
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newPriority")} parentTitle={pick(goal.title, locale)}>
      <StructureForm kind="priority" parent={goal.id} units={units} canPublish={canPublish} />
    </NewStructurePage>
  );
}
