import { getTranslations } from "next-intl/server";
import { NetworksImport } from "@/components/networks/NetworksImport";
import { Subnav } from "@/components/ui/Subnav";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

/** Export the registry as CSV or XLSX; coordinators import a CSV (all or nothing). */
export default async function NetworksTransferPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { user } = await staffPage(params, "internal.read");
  const t = await getTranslations("networkTransfer");
  const tn = await getTranslations("networks");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{tn("title")}</h1>
      <Subnav area="networks" current="transfer" />
      <section aria-labelledby="export" className="mb-10">
        <h2 id="export" className="mb-2 text-heading-m font-bold">{t("exportTitle")}</h2>
        {can(user.role, "export.read") ? (
          <>
            <p className="mb-4 max-w-3xl">{t("exportLead")}</p>
            <p className="flex flex-wrap gap-3">
              <a className="btn" href="/api/networks/export?format=csv" download>
                {t("csv")}
              </a>
              <a className="btn btn-secondary" href="/api/networks/export?format=xlsx" download>
                {t("xlsx")}
              </a>
            </p>
          </>
        ) : (
          <p>{t("exportNotAllowed")}</p>
        )}
      </section>
      <section aria-labelledby="import" className="mb-10 max-w-3xl">
        <h2 id="import" className="mb-2 text-heading-m font-bold">{t("importTitle")}</h2>
        {can(user.role, "networks.manage") ? (
          <>
            <p className="mb-2">{t("importLead")}</p>
            <ul className="mb-4 list-disc pl-6 text-body-s">
              <li>{t("columns")}</li>
              <li>{t("values")}</li>
              <li>{t("rolesColumn")}</li>
              <li>{t("matching")}</li>
            </ul>
            <NetworksImport />
          </>
        ) : (
          <p>{t("importNotAllowed")}</p>
        )}
      </section>
    </>
  );
}
