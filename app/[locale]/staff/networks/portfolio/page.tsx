import { getTranslations } from "next-intl/server";
import { FeeChart } from "@/components/networks/FeeChart";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Subnav } from "@/components/ui/Subnav";
import { getDb } from "@/db/client";
import { getPortfolio, PORTFOLIO_SHOWN } from "@/db/queries/networks/portfolio";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatDays, formatFeeTotals } from "@/lib/networks/amounts";
import { countryName } from "@/lib/networks/countries";
import type { Bucket } from "@/lib/networks/portfolio";
import { formatMoney } from "@/lib/money";
import { staffPage } from "@/lib/auth/staff-page";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { Table } from "@/components/ui/Table";

/**
 * The portfolio: what the networks cost in fees and staff time, by type, priority and unit; statuses; partner cities.
 * The figures are SQL aggregates and each list names its first few networks with a count of the rest
 * (db/queries/networks/portfolio.ts), so the page costs what its groups cost at any size of registry.
 * Its links are plain anchors in the page's language, not one client component each (issue 17).
 */
export default async function PortfolioPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await staffPage(params, "internal.read");
  const t = await getTranslations("networkPortfolio");
  const tn = await getTranslations("networks");
  const tr = await getTranslations("networkReviews");
  // The same for every reader until the next write: kept per process (lib/summary-cache.ts).
  const db = await getDb();
  const { totals, payingEur, payingOther, namesByStatus, partnerCitiesByCountry, units, priorities, latest } = await cachedUntilWrite("networks-portfolio", () => getPortfolio(db));
  const outcomeOf = new Map(latest?.items.map((i) => [i.networkId, i.outcome]) ?? []);
  const paying = payingEur.networks;
  const networkBase = getPathname({ href: "/staff/networks", locale });
  const otherCurrency = payingOther.networks;
  const more = (shown: number, total: number, href: string) =>
    total > shown ? (
      <p className="mt-2">
        <a href={getPathname({ href, locale })}>{t("more", { count: total - shown })}</a>
      </p>
    ) : null;

  const bucketTable = (id: string, caption: string, keyHeader: string, rows: (Bucket & { name: string })[]) => (
    <Table caption={caption} captionClassName="mb-2 text-left text-heading-xs font-bold" id={id} wrapperClassName="mb-8 overflow-x-auto" head={[keyHeader, { label: t("networks"), numeric: true }, { label: t("fees"), numeric: true }, { label: t("staffDays"), numeric: true }]}>
      {rows.map((b) => (
        <tr key={b.key} className="border-b border-line">
          <th scope="row" className="p-2 font-normal">{b.name}</th>
          <td className="p-2 text-right">{b.networks}</td>
          <td className="p-2 text-right whitespace-nowrap">{formatFeeTotals(b.fees, locale)}</td>
          <td className="p-2 text-right">{formatDays(b.staffTenths, locale)}</td>
        </tr>
      ))}
    </Table>
  );

  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{tn("title")}</h1>
      <Subnav area="networks" current="portfolio" />
      <h2 className="mb-2 text-heading-m font-bold">{t("title")}</h2>
      <p className="mb-6 max-w-3xl">{t("lead")}</p>
      <dl className="mb-8 grid gap-4 sm:grid-cols-3">
        <div className="bg-fog-light p-4">
          <dt className="font-semibold">{t("totalFees")}</dt>
          <dd className="text-heading-m font-bold" data-testid="total-fees">{formatFeeTotals(totals.total.fees, locale)}</dd>
        </div>
        <div className="bg-fog-light p-4">
          <dt className="font-semibold">{t("totalStaff")}</dt>
          <dd className="text-heading-m font-bold">{tn("daysPerYear", { days: formatDays(totals.total.staffTenths, locale) })}</dd>
        </div>
        <div className="bg-fog-light p-4">
          <dt className="font-semibold">{t("activeNetworks")}</dt>
          <dd className="text-heading-m font-bold">{totals.total.networks}</dd>
        </div>
      </dl>

      <section aria-labelledby="fee-chart" className="mb-10">
        <h3 id="fee-chart" className="mb-2 text-heading-s font-bold">{t("chartTitle")}</h3>
        <FeeChart label={t("chartLabel")} bars={paying.map((n) => ({ label: pick(n.name, locale), value: n.annualFeeCents ?? 0 }))} formatValue={(v) => formatMoney(v, locale, { whole: true })} />
        <Table caption={t("chartTable")} captionClassName="mb-2 text-left font-semibold" className="mt-4 w-full max-w-3xl border-collapse text-left text-body-s" head={[tn("fields.name"), { label: tn("fields.annualFee"), numeric: true }, t("latestOutcome")]}>
          {[...paying, ...otherCurrency].map((n) => {
            const outcome = outcomeOf.get(n.id);
            return (
              <tr key={n.id} className="border-b border-line">
                <th scope="row" className="p-2 font-normal"><a href={`${networkBase}/${n.id}`}>{pick(n.name, locale)}</a></th>
                <td className="p-2 text-right whitespace-nowrap">{formatMoney(n.annualFeeCents ?? 0, locale, { currency: n.feeCurrency })}</td>
                <td className="p-2">{outcome ? tr(`recommendations.${outcome}`) : "–"}</td>
              </tr>
            );
          })}
        </Table>
        {payingEur.total + payingOther.total > PORTFOLIO_SHOWN ? <p className="mt-2 field-hint">{t("chartShown", { shown: paying.length, total: payingEur.total + payingOther.total })}</p> : null}
        {more(paying.length + otherCurrency.length, payingEur.total + payingOther.total, "/staff/networks?sort=-fee")}
        {otherCurrency.length ? <p className="mt-2 field-hint">{t("otherCurrencies")}</p> : null}
      </section>

      {bucketTable("by-type", t("byType"), tn("fields.type"), totals.byType.map((b) => ({ ...b, name: tn(`types.${b.key}`) })))}
      {bucketTable("by-priority", t("byPriority"), tn("fields.priority"), priorities.map((p) => ({ ...(totals.byPriority.get(p.id) ?? { key: p.id, networks: 0, fees: {}, staffTenths: 0 }), name: pick(p.title, locale) })))}
      <p className="-mt-6 mb-8 field-hint">{t("byPriorityHint")}</p>
      {bucketTable("by-unit", t("byUnit"), tn("fields.unit"), totals.byUnit.map((b) => ({ ...b, name: b.key === "none" ? t("noUnit") : pick(units.find((u) => u.id === b.key)?.name, locale) })))}

      <section aria-labelledby="by-status" className="mb-10">
        <h3 id="by-status" className="mb-2 text-heading-s font-bold">{t("byStatus")}</h3>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {totals.byStatus.map((b) => (
            <li key={b.key} className="border-2 border-line p-3" data-testid={`status-${b.key}`}>
              <p className="mb-1 flex items-center gap-2">
                <MembershipBadge status={b.key} label={tn(`statuses.${b.key}`)} /> <span className="font-semibold">{b.networks}</span>
              </p>
              <p className="text-body-s">
                {(namesByStatus.get(b.key)?.networks ?? []).map((n) => pick(n.name, locale)).join(", ") || "–"}
              </p>
              {more(namesByStatus.get(b.key)?.networks.length ?? 0, b.networks, `/staff/networks?status=${b.key}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="partner-cities" className="mb-10">
        <h3 id="partner-cities" className="mb-2 text-heading-s font-bold">{t("partnerCities")}</h3>
        <Table caption={t("partnerCities")} className="w-full max-w-3xl border-collapse text-left text-body-s" head={[tn("fields.country"), t("cities")]}>
          {partnerCitiesByCountry
            .map((c) => ({ ...c, name: countryName(c.country, locale) || t("noCountry") }))
            .sort((a, b) => a.name.localeCompare(b.name, locale))
            .map((c) => (
              <tr key={c.country} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-normal">{c.name}</th>
                <td className="p-2">
                  {c.networks.map((n, i) => (
                    <span key={n.id}>
                      {i ? ", " : ""}
                      {pick(n.name, locale)} ({tn(`statuses.${n.status}`)})
                    </span>
                  ))}
                  {c.total > c.networks.length ? <span> {t("more", { count: c.total - c.networks.length })}</span> : null}
                </td>
              </tr>
            ))}
        </Table>
      </section>

      {latest ? (
        <section aria-labelledby="latest-review" className="mb-10">
          <h3 id="latest-review" className="mb-2 text-heading-s font-bold">{t("latestReview", { round: pick(latest.round.name, locale) })}</h3>
          <p>
            {tr("summary.feesKeep")}: <strong>{formatFeeTotals(latest.summary.feesKeep, locale)}</strong> · {tr("summary.feesLeave")}: <strong>{formatFeeTotals(latest.summary.feesLeave, locale)}</strong>
          </p>
          <p><a href={getPathname({ href: `/staff/networks/reviews/${latest.round.id}`, locale })}>{t("toReview")}</a></p>
        </section>
      ) : null}
    </>
  );
}
