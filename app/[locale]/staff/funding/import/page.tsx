import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { FundingNav } from "@/components/funding/FundingNav";
import { ImportFlow } from "@/components/ui/ImportFlow";
import { projectColumns } from "@/lib/funding/import-spec";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

const example = `external_id;name_fi;name_sv;acronym;programme;status;status_date;role;total_budget;eu_contribution;state_funding;own_funding;start_date;end_date;unit
HEL-2025-014;Kiertotalouden kaupunkilaboratorio;Stadslaboratorium för cirkulär ekonomi;CIRCLAB;HORIZON;granted;15.3.2025;partner;4 200 000;385 000,50;0;0;1.9.2025;31.8.2028;KANS`;

/** Import EU projects from CSV (all or nothing), with the columns documented and an example. */
export default async function ImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user } = await staffPage(params, "internal.read");
  if (!can(user.role, "funding.manage")) redirect(`/${locale}/no-access`);
  const t = await getTranslations("funding");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("import.title")}</h1>
      <FundingNav user={user} current="import" locale={locale} />
      <p className="mb-4 max-w-3xl">{t("import.lead")}</p>
      <div className="mb-8 max-w-3xl">
        <ImportFlow endpoint="/api/funding/import" />
      </div>
      <section aria-labelledby="columns-title" className="max-w-4xl">
        <h2 id="columns-title" className="mb-2 text-heading-s font-bold">{t("import.columns")}</h2>
        <Table caption={t("import.columns")} head={[t("import.column"), t("import.required"), t("import.meaning")]}>
          {projectColumns.map((c) => (
            <tr key={c.key} className="border-b border-line">
              <th scope="row" className="p-2 font-mono font-normal">{c.key}</th>
              <td className="p-2">{c.required ? t("import.yes") : ""}</td>
              <td className="p-2">{t(`import.col.${c.key}`)}</td>
            </tr>
          ))}
        </Table>
        <h3 className="mt-6 mb-2 text-heading-xs font-bold">{t("import.example")}</h3>
        <pre className="overflow-x-auto bg-fog-light p-3 text-body-s" tabIndex={0} aria-label={t("import.example")}>{example}</pre>
      </section>
    </>
  );
}
