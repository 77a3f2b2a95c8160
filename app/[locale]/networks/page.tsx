import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { getDb } from "@/db/client";
import { Pager } from "@/components/ui/Pager";
import { pagePublishedNetworks, publishedPriorityTitles } from "@/db/queries/networks/public";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money";
import { countryName } from "@/lib/networks/countries";
import { networkTypes } from "@/lib/networks/status";
import { listHref, requestedPage } from "@/lib/paging";
import { DemoBadge, DemoNotice } from "@/components/public/DemoNotice";
import { LocalizedList, LocalizedText } from "@/components/public/LocalizedText";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicNetworks" });
  return { title: t("title") };
}

/**
 * The public list of the city's networks: published snapshots only (no notes,
 * staff time or review scores), grouped by type, 50 to a page (paged in SQL,
 * like the goal page), optionally one type (`?type=`).
 */
export default async function PublicNetworksPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const t = await getTranslations("publicNetworks");
  const tn = await getTranslations("networks");
  const db = await getDb();
  const type = networkTypes.find((x) => x === sp.type);
  const [paged, priorityTitles] = await Promise.all([pagePublishedNetworks(db, { page: requestedPage(sp.page), type }), publishedPriorityTitles(db)]);
  const list = paged.rows;
  const query: Record<string, string> = type ? { type } : {};
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <DemoNotice show={list.some((n) => n.isDemo)} />
      <p className="mb-8 max-w-3xl text-body-l">{t("lead")}</p>
      {paged.byType.size > 1 || type ? (
        <nav aria-label={tn("fields.type")} className="mb-8">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>{type ? <Link href="/networks">{t("allTypes")}</Link> : <span aria-current="page" className="font-bold">{t("allTypes")}</span>}</li>
            {networkTypes
              .filter((x) => paged.byType.get(x))
              .map((x) => (
                <li key={x}>
                  {x === type ? (
                    <span aria-current="page" className="font-bold">{`${tn(`typesPlural.${x}`)} (${paged.byType.get(x)})`}</span>
                  ) : (
                    <Link href={listHref("/networks", {}, { type: x })}>{`${tn(`typesPlural.${x}`)} (${paged.byType.get(x)})`}</Link>
                  )}
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      {list.length === 0 ? <p>{t("empty")}</p> : null}
      {networkTypes.map((type) => {
        const ofType = list.filter((n) => n.type === type);
        if (!ofType.length) return null;
        return (
          <section key={type} aria-labelledby={`type-${type}`} className="mb-10">
            <h2 id={`type-${type}`} className="mb-4 text-heading-m font-bold">
              {tn(`typesPlural.${type}`)}
            </h2>
            <ul className="divide-y divide-line border-y border-line">
              {ofType.map((n) => {
                const prios = n.priorityIds.map((id) => priorityTitles.get(id)).filter(Boolean);
                return (
                  <li key={n.id} className="py-4" data-testid="public-network">
                    <h3 className="text-heading-xs font-bold">
                      <Link href={`/networks/${n.id}`}><LocalizedText text={n.name} locale={locale} /></Link>
                      <DemoBadge show={n.isDemo} />
                    </h3>
                    <dl className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2 text-body-s">
                      <div className="flex gap-2">
                        <dt className="sr-only">{tn("fields.status")}</dt>
                        <dd>
                          <MembershipBadge status={n.status} label={tn(`statuses.${n.status}`)} />
                        </dd>
                      </div>
                      {n.countryCode ? (
                        <div className="flex gap-2">
                          <dt>{tn("fields.country")}:</dt>
                          <dd>{countryName(n.countryCode, locale)}</dd>
                        </div>
                      ) : null}
                      <div className="flex gap-2">
                        <dt>{tn("fields.annualFee")}:</dt>
                        <dd>{formatMoney(n.annualFeeCents, locale, { currency: n.feeCurrency, unknown: t("noFee") })}</dd>
                      </div>
                      {n.roles.length ? (
                        <div className="flex gap-2">
                          <dt>{t("roles")}:</dt>
                          <dd><LocalizedList texts={n.roles.map((r) => r.title)} locale={locale} separator="; " /></dd>
                        </div>
                      ) : null}
                      {prios.length ? (
                        <div className="flex gap-2">
                          <dt>{tn("fields.priorities")}:</dt>
                          <dd><LocalizedList texts={prios} locale={locale} /></dd>
                        </div>
                      ) : null}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {paged.total > 0 ? <Pager path="/networks" query={query} page={paged.page} pages={paged.pages} total={paged.total} from={paged.from} to={paged.to} /> : null}
    </>
  );
}
