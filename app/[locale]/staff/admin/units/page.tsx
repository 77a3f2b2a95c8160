import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/app/[locale]/staff/admin/_components/UnitForm";
import { listUnits } from "@/db/queries/admin/users";
import type { Locale } from "@/lib/i18n/routing";
import { Subnav } from "@/components/ui/Subnav";
import { staffPage } from "@/lib/auth/staff-page";

export default async function AdminUnitsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { db } = await staffPage(params, "units.manage");
  const t = await getTranslations("admin");
  const unitRows = await listUnits(db);
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <Subnav area="admin" current="units" />
      <section aria-labelledby="units-title">
        <h2 id="units-title" className="mb-2 text-heading-m font-bold">
          {t("units")}
        </h2>
        {unitRows.map((u) => (
          <UnitForm key={u.id} unit={u} />
        ))}
      </section>
      <section aria-labelledby="new-unit-title" className="mt-10">
        <h2 id="new-unit-title" className="mb-2 text-heading-m font-bold">
          {t("newUnit")}
        </h2>
        <UnitForm />
      </section>
    </>
  );
}
