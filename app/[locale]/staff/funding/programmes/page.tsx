import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { programmeClosed } from "@/lib/funding/rules";
import { ProgrammeForm } from "@/app/[locale]/staff/funding/_components/ProgrammeForm";
import { listProgrammes } from "@/db/queries/funding/programmes";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** The EU programme reference list 2021–2027; admins maintain it. */
export default async function ProgrammesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const rows = await listProgrammes(db);
  const admin = can(user.role, "funding.programmes");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("programmes.title")}</h1>
      <FundingNav user={user} current="programmes" locale={locale} />
      <p className="mb-4 max-w-3xl">{admin ? t("programmes.leadAdmin") : t("programmes.lead")}</p>
      <Table caption={t("programmes.title")} wrapperClassName="overflow-x-auto" region head={[t("programmes.name"), t("programmes.code"), t("programmes.mode"), t("programmes.period"), t("programmes.active")]}>
        {rows.map((p) => (
          <tr key={p.id} className="border-b border-line align-top">
            <th scope="row" className="p-2 font-normal">
              {pick(p.name, locale)}
              {admin ? (
                <details className="mt-1">
                  <summary className="cursor-pointer">{t("programmes.edit")}</summary>
                  <ProgrammeForm programme={p} />
                </details>
              ) : null}
            </th>
            <td className="p-2 font-mono">{p.code}</td>
            <td className="p-2">{t(`mode.${p.managementMode}`)}</td>
            <td className="p-2">
              {`${p.periodStart}–${p.periodEnd}`}
              {programmeClosed(p) ? <span className="ml-2 bg-fog-light px-1">{t("programmes.closed")}</span> : null}
            </td>
            <td className="p-2">{p.active ? t("import.yes") : t("programmes.inactive")}</td>
          </tr>
        ))}
      </Table>
      {admin ? (
        <section aria-labelledby="new-programme" className="mt-8 max-w-4xl">
          <h2 id="new-programme" className="mb-2 text-heading-s font-bold">{t("programmes.new")}</h2>
          <ProgrammeForm />
        </section>
      ) : null}
    </>
  );
}
