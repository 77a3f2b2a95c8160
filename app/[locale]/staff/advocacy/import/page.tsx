import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ImportFlow } from "@/components/ui/ImportFlow";
import { staffPage } from "@/lib/auth/staff-page";
import { activityImportSpec, askImportSpec } from "@/lib/advocacy/import-spec";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";

/** Import advocacy actions and government asks (the one import flow, one list each), all or nothing. */
export default async function AdvocacyImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user } = await staffPage(params, "internal.read");
  if (!canAny(user.role, ["advocacy.manage", "advocacy.editOwn"])) redirect(`/${locale}/no-access`);
  const t = await getTranslations("advocacyImport");
  const lists = [
    { id: "activities", title: t("activitiesTitle"), endpoint: "/api/advocacy/actions/import", columns: activityImportSpec.columns },
    { id: "asks", title: t("asksTitle"), endpoint: "/api/advocacy/asks/import", columns: askImportSpec.columns },
  ];
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("lead")}</p>
      <p className="mb-2 max-w-3xl">{t("rules")}</p>
      {can(user.role, "advocacy.manage") ? null : <p className="mb-2 max-w-3xl">{t("own")}</p>}
      {lists.map((list) => (
        <section key={list.id} aria-labelledby={`import-${list.id}`} className="mt-8 max-w-3xl">
          <h2 id={`import-${list.id}`} className="mb-2 text-heading-m font-bold">{list.title}</h2>
          <p className="mb-4 text-body-s">{t("columns", { columns: list.columns.map((c) => c.key).join(", ") })}</p>
          <ImportFlow endpoint={list.endpoint} />
        </section>
      ))}
    </>
  );
}
