import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { getDb } from "@/db/client";
import { getLivePeriod } from "@/db/queries/strategy/structure";
import { requirePage } from "@/lib/auth/guards";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

export default async function NewGoalPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ period?: string }> }) {
  const { locale } = await params;
  const { period: periodId } = await searchParams;
  setRequestLocale(locale);
  const user = await requirePage(locale, "strategy.manage");
  if (!periodId || !/^[0-9a-f-]{36}$/i.test(periodId)) notFound();
  const db = await getDb();
  const period = await getLivePeriod(db, periodId);
  if (!period) notFound();
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newGoal")} parentTitle={pick(period.name, locale)}>
      <StructureForm kind="goal" parent={period.id} canPublish={can(user.role, "content.publish")} />
    </NewStructurePage>
  );
}
