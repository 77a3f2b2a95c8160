import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import { requirePage } from "@/lib/auth/guards";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

export default async function NewPeriodPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePage(locale, "strategy.manage");
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newPeriod")}>
      <StructureForm kind="period" canPublish={can(user.role, "content.publish")} />
    </NewStructurePage>
  );
}
