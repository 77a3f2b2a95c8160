import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ImportFlow } from "@/components/ui/ImportFlow";
import { staffPage } from "@/lib/auth/staff-page";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { indicatorValueImportSpec } from "@/lib/strategy/indicator-import-spec";

/** Import indicator values and targets (the one import flow), all or nothing. */
export default async function IndicatorValuesImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user } = await staffPage(params, "internal.read");
  if (!canAny(user.role, ["strategy.manage", "strategy.editOwn"])) redirect(`/${locale}/no-access`);
  const t = await getTranslations("indicatorImport");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("lead")}</p>
      <p className="mb-2 max-w-3xl">{t("rules")}</p>
      {can(user.role, "strategy.manage") ? null : <p className="mb-2 max-w-3xl">{t("own")}</p>}
      <p className="mb-4 max-w-3xl text-body-s">{t("columns", { columns: indicatorValueImportSpec.columns.map((c) => c.key).join(", ") })}</p>
      <div className="max-w-3xl">
        <ImportFlow endpoint="/api/strategy/indicator-values/import" />
      </div>
    </>
  );
}
