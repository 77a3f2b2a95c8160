import { getTranslations } from "next-intl/server";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { StructureForm } from "@/app/[locale]/staff/strategy/_components/StructureForm";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function NewPeriodPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { user } = await staffPage(params, "strategy.manage");
  const t = await getTranslations("structurePage");
  return (
    <NewStructurePage title={t("newPeriod")}>
      <StructureForm kind="period" canPublish={can(user.role, "content.publish")} />
    </NewStructurePage>
  );
}
