import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { programmeClosed } from "@/lib/funding/rules";
import { ProgrammeForm } from "@/app/[locale]/staff/funding/_components/ProgrammeForm";
import { listProgrammes } from "@/db/queries/funding/programmes";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

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
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("programmes.title")}>
        <table className="w-full border-collapse text-left text-body-s">
          <caption className="sr-only">{t("programmes.title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t("programmes.name")}</th>
              <th scope="col" className="p-2">{t("programmes.code")}</th>
              <th scope="col" className="p-2">{t("programmes.mode")}</th>
              <th scope="col" className="p-2">{t("programmes.period")}</th>
              <th scope="col" className="p-2">{t("programmes.active")}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      {admin ? (
        <section aria-labelledby="new-programme" className="mt-8 max-w-4xl">
          <h2 id="new-programme" className="mb-2 text-heading-s font-bold">{t("programmes.new")}</h2>
          <ProgrammeForm />
        </section>
      ) : null}
    </>
  );
}
