import { getTranslations } from "next-intl/server";
import type { Deadline } from "@/db/queries/funding/deadlines";
import type { PortfolioFigures } from "@/db/queries/funding/portfolio";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney, formatPercent, sumCents } from "@/lib/money";
import { formatDay } from "@/lib/dates";

/** The key figures (secured money, aligned share, success rate) with their definitions, the flags and the deadlines (links: plain anchors in the page's language). */
export async function PortfolioSummary({ figures, deadlines, locale }: { figures: PortfolioFigures; deadlines: Deadline[]; locale: Locale }) {
  const t = await getTranslations("funding");
  const secured = sumCents(figures.byProgramme.map((b) => b.euCents));
  const securedUnknown = figures.byProgramme.reduce((n, b) => n + b.unknown, 0);
  const { share, success, flags } = figures;
  const projectBase = getPathname({ href: "/staff/funding/projects", locale });
  const flagLinks = [
    { key: "unaligned", n: flags.unaligned, label: t("flags.unaligned", { n: flags.unaligned }) },
    { key: "overdue", n: flags.overdueReports, label: t("flags.overdue", { n: flags.overdueReports, projects: flags.overdueProjects }) },
    { key: "findings", n: flags.openFindings, label: t("flags.findings", { n: flags.openFindings, projects: flags.findingProjects }) },
    { key: "highRisk", n: flags.highRisk, label: t("flags.highRisk", { n: flags.highRisk }) },
  ];
  return (
    <>
      <section aria-labelledby="key-figures" className="mb-8">
        <h2 id="key-figures" className="sr-only">{t("figures.keyFigures")}</h2>
        <dl className="grid gap-4 md:grid-cols-3">
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("figures.secured")}</dt>
            <dd className="text-heading-m font-bold" data-testid="secured-total">{formatMoney(secured, locale, { whole: true })}</dd>
            {securedUnknown ? <dd className="text-body-s" data-testid="secured-unknown">{t("figures.securedUnknown", { n: securedUnknown })}</dd> : null}
            <dd className="text-body-s" data-testid="secured-city-share">
              {t("figures.securedCityShare", { amount: formatMoney(figures.cityShare.cityShareCents, locale, { whole: true }) })}
              {figures.cityShare.shareUnknown ? ` ${t("figures.cityShareUnknown", { n: figures.cityShare.shareUnknown })}` : null}
            </dd>
            <dd className="field-hint">{t("figures.securedDef")}</dd>
          </div>
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("figures.alignedShare")}</dt>
            <dd className="text-heading-m font-bold" data-testid="aligned-share">{formatPercent(share.basisPoints, locale)}</dd>
            <dd className="text-body-s">
              {t("figures.alignedShareOf", { aligned: formatMoney(share.alignedCents, locale, { whole: true }), total: formatMoney(share.totalCents, locale, { whole: true }) })}
            </dd>
            {share.unknownProjects ? <dd className="text-body-s">{t("figures.securedUnknown", { n: share.unknownProjects })}</dd> : null}
            <dd className="field-hint">{t("figures.alignedShareDef")}</dd>
          </div>
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("figures.successRate")}</dt>
            <dd className="text-heading-m font-bold" data-testid="success-rate">{formatPercent(success.basisPoints, locale)}</dd>
            <dd className="text-body-s">{t("figures.successRateOf", { granted: success.granted, decided: success.decided })}</dd>
            <dd className="field-hint">{t("figures.successRateDef")}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="flags-title" className="mb-8">
        <h2 id="flags-title" className="mb-2 text-heading-s font-bold">{t("flags.title")}</h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {flagLinks.map((f) => (
            <li key={f.key} className={`p-3 ${f.n > 0 ? "border-l-4 border-error bg-error-light" : "bg-success-light"}`}>
              {f.n > 0 ? <a href={getPathname({ href: `/staff/funding/projects?flag=${f.key}`, locale })}>{f.label}</a> : <span>{f.label}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="deadlines-title" className="mb-10">
        <h2 id="deadlines-title" className="mb-2 text-heading-s font-bold">{t("deadlines.title")}</h2>
        <p className="field-hint mb-2">{t("deadlines.hint")}</p>
        {deadlines.length === 0 ? (
          <p>{t("deadlines.none")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="deadlines-title">
            <table className="w-full border-collapse text-left text-body-s">
              <caption className="sr-only">{t("deadlines.title")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">{t("deadlines.date")}</th>
                  <th scope="col" className="p-2">{t("deadlines.what")}</th>
                  <th scope="col" className="p-2">{t("deadlines.project")}</th>
                </tr>
              </thead>
              <tbody>
                {deadlines.map((d, i) => (
                  <tr key={`${d.projectId}-${d.kind}-${i}`} className={`border-b border-line ${d.overdue ? "bg-error-light" : ""}`}>
                    <td className="p-2 whitespace-nowrap">
                      {formatDay(d.date, locale)}
                      {d.overdue ? <strong className="ml-2">{t("deadlines.overdue")}</strong> : null}
                    </td>
                    <td className="p-2">{t(`deadlines.${d.kind}`, { title: d.title })}</td>
                    <td className="p-2">
                      <a href={`${projectBase}/${d.projectId}`}>{d.projectAcronym ?? pick(d.projectName, locale)}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
