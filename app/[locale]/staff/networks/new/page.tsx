import { getTranslations } from "next-intl/server";
import { NetworkForm } from "@/app/[locale]/staff/networks/_components/NetworkForm";
import { getNetworkFormOptions } from "@/db/queries/networks/staff";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { redirect } from "next/navigation";
import { formOptions } from "@/components/networks/form-options";
import { staffPage } from "@/lib/auth/staff-page";

export default async function NewNetworkPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "staff.view");
  if (!canAny(user.role, ["networks.manage", "networks.editOwn"])) redirect(`/${locale}/no-access`);
  const t = await getTranslations("networks");
  const options = formOptions(await getNetworkFormOptions(db), locale, can(user.role, "networks.manage") ? null : [user.unitId]);
  return (
    <>
      <p className="mb-2">
        <Link href="/staff/networks">← {t("backToList")}</Link>
      </p>
      <h1 className="mb-2 text-heading-l font-bold">{t("new")}</h1>
      <p className="mb-6 max-w-3xl">{can(user.role, "content.publish") ? t("form.leadCoordinator") : t("form.leadEditor")}</p>
      <NetworkForm {...options} canPublish={can(user.role, "content.publish")} defaultUnitId={user.unitId} />
    </>
  );
}
