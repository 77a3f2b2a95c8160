import { getTranslations } from "next-intl/server";
import type { StaffProject } from "@/db/queries/funding/projects";
import { cityShare, euRate, ownRate } from "@/lib/funding/rules";
import type { Locale } from "@/lib/i18n/routing";
import { LocalizedText } from "@/components/public/LocalizedText";
import { formatMoney, formatPercent } from "@/lib/money";
import type { LocalizedText as Text } from "@/db/schema/common";
import { formatFlexibleDate } from "@/lib/strategy/dates";

/** The project's facts and its money split, with the derived co-financing rates. */
export async function ProjectFacts({ data, locale, programme, unitName }: { data: StaffProject; locale: Locale; programme: { name: Text; code: string; managementMode: string } | null; unitName: string | null }) {
  const t = await getTranslations("funding");
  const p = data.project;
  const row = (label: string, value: React.ReactNode) =>
    value === null || value === undefined || value === "" ? null : (
      <div className="grid grid-cols-[14rem_1fr] gap-2 border-b border-line py-1">
        <dt className="font-semibold">{label}</dt>
        <dd>{value}</dd>
      </div>
    );
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="mb-2 text-heading-s font-bold">{t("detail.facts")}</h2>
        <dl>
          {row(t("fields.externalId"), p.externalId)}
          {row(t("fields.programme"), programme ? <><LocalizedText text={programme.name} locale={locale} /> ({t(`mode.${programme.managementMode}`)})</> : "")}
          {row(t("fields.call"), p.call)}
          {row(t("fields.role"), t(`role.${p.role}`))}
          {row(t("fields.startDate"), formatFlexibleDate(p.startDate, p.startPrecision, locale) || t("detail.notKnown"))}
          {row(t("fields.endDate"), formatFlexibleDate(p.endDate, p.endPrecision, locale) || t("detail.notKnown"))}
          {row(t("fields.unit"), unitName)}
          {row(t("fields.contact"), data.contact ? `${data.contact.name} <${data.contact.email}>` : null)}
          {row(t("fields.cordisId"), p.cordisId)}
          {row(t("fields.kohesioCode"), p.kohesioCode)}
          {row(t("fields.decisionNumber"), p.decisionNumber)}
          {row(
            t("fields.links"),
            p.links.length ? (
              <ul>
                {p.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener noreferrer" target="_blank">{l.label}</a>
                  </li>
                ))}
              </ul>
            ) : null,
          )}
          {row(t("fields.summary"), p.summary ? <LocalizedText text={p.summary} locale={locale} /> : null)}
        </dl>
      </section>
      <section aria-labelledby="money-title">
        <h2 id="money-title" className="mb-2 text-heading-s font-bold">{t("detail.money")}</h2>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("detail.money")}</caption>
          <tbody>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("fields.totalBudget")}</th>
              <td className="p-1 text-right" data-testid="total-budget">{formatMoney(p.totalBudgetCents, locale, { unknown: t("detail.notSet") })}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("fields.euContribution")}</th>
              <td className="p-1 text-right" data-testid="eu-contribution">{formatMoney(p.euContributionCents, locale, { unknown: t("detail.notKnown") })}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("fields.stateFunding")}</th>
              <td className="p-1 text-right">{formatMoney(p.stateFundingCents, locale, { unknown: t("detail.notKnown") })}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("fields.ownFunding")}</th>
              <td className="p-1 text-right">{formatMoney(p.ownFundingCents, locale, { unknown: t("detail.notKnown") })}</td>
            </tr>
            <tr className="border-b-2 border-ink">
              <th scope="row" className="p-1 font-semibold">{t("detail.cityShare")}</th>
              <td className="p-1 text-right font-semibold">{formatMoney(cityShare(p), locale, { unknown: t("detail.notKnown") })}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("detail.euRate")}</th>
              <td className="p-1 text-right">{formatPercent(euRate(p), locale, 2)}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="p-1 font-semibold">{t("detail.ownRate")}</th>
              <td className="p-1 text-right">{formatPercent(ownRate(p), locale, 2)}</td>
            </tr>
          </tbody>
        </table>
        <p className="field-hint mt-2">{t("detail.rateDef")}</p>
      </section>
    </div>
  );
}
