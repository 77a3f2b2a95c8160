import { PublicDocuments } from "@/components/documents/PublicDocuments";
import { roleTermText } from "@/lib/networks/roles";
import { publicDocuments } from "@/db/queries/documents/documents";
import { publicDetail, type IdParams } from "@/lib/public/detail-page";
import { Section } from "@/components/ui/Section";
import { PublicLinkedMeasures } from "@/components/links/PublicLinks";
import { publicMeasuresLinkedTo } from "@/db/queries/links/public";
import { getTranslations } from "next-intl/server";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { PublicContacts } from "@/app/[locale]/_components/PublicContacts";
import { publishedHistory } from "@/db/queries/audit";
import { getPublishedNetwork, publishedPriorityTitles } from "@/db/queries/networks/public";
import type { NetworkSnapshot } from "@/db/queries/networks/snapshots";
import { langOf, pick } from "@/lib/i18n/localized";
import { formatMoney } from "@/lib/money";
import { countryName } from "@/lib/networks/countries";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { DemoNotice } from "@/components/public/DemoNotice";
import { LocalizedList, LocalizedText } from "@/components/public/LocalizedText";
import { dateTimeFormat, intlLocale } from "@/lib/i18n/formatters";

const detail = publicDetail(getPublishedNetwork, (n) => n.name);
export const generateMetadata = detail.generateMetadata;

/** One published network for the public, with its published history. */
export default async function PublicNetworkPage(props: IdParams) {
  const { locale, data: n, db } = await detail.open(props);
  const id = n.id;
  const [priorityTitles, history, serves] = await Promise.all([publishedPriorityTitles(db), publishedHistory(db, "network", id), publicMeasuresLinkedTo(db, "network", id)]);
  const t = await getTranslations("publicNetworks");
  const tn = await getTranslations("networks");
  const prios = n.priorityIds.map((pid) => priorityTitles.get(pid)).filter(Boolean);
  const fmt = dateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "Europe/Helsinki" });
  const rows: [string, React.ReactNode][] = [
    [tn("fields.type"), tn(`types.${n.type}`)],
    [
      tn("fields.status"),
      <>
        <MembershipBadge status={n.status} label={tn(`statuses.${n.status}`)} /> {n.statusSince ? tn("since", { date: formatFlexibleDate(n.statusSince, n.statusSincePrecision ?? "day", locale) }) : tn("sinceUnknown")}
      </>,
    ],
    [tn("fields.annualFee"), formatMoney(n.annualFeeCents, locale, { currency: n.feeCurrency, unknown: t("noFee") })],
    [tn("fields.country"), countryName(n.countryCode, locale) || "–"],
    [
      tn("fields.website"),
      n.website ? (
        <a href={n.website} rel="noopener noreferrer">
          {n.website}
        </a>
      ) : (
        "–"
      ),
    ],
    [tn("fields.priorities"), prios.length ? <LocalizedList texts={prios} locale={locale} /> : "–"],
  ];
  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/networks" }, { label: pick(n.name, locale), lang: langOf(n.name, locale) }]} />
      <h1 className="mb-4 text-heading-xl font-bold"><LocalizedText text={n.name} locale={locale} /></h1>
      <DemoNotice show={n.isDemo || serves.items.some((m) => m.isDemo)} />
      <LastUpdated type="network" id={n.id} locale={locale} />
      {n.description ? <p className="mb-6 max-w-3xl text-body-l"><LocalizedText text={n.description} locale={locale} /></p> : null}
      <dl className="mb-8 max-w-3xl">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 border-b border-line py-2 sm:grid-cols-3">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <Section id="roles" className="mb-8" title={t("roles")}>
        {n.roles.length ? (
          <ul className="list-disc pl-6">
            {n.roles.map((r, i) => (
              <li key={i}>
                <LocalizedText text={r.title} locale={locale} />
                {r.body ? (
                  <>
                    , <LocalizedText text={r.body} locale={locale} />
                  </>
                ) : null}{" "}
                {r.startDate || r.endDate ? `(${roleTermText(r, locale, tn("roles.ongoing"))})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tn("roles.none")}</p>
        )}
      </Section>
      <PublicDocuments documents={await publicDocuments(db, "network", id)} locale={locale} />
      <PublicLinkedMeasures items={serves.items} total={serves.total} locale={locale} />
      <Section id="published-history" className="mb-8" title={t("history")}>
        <ol className="list-decimal pl-6">
          {history.map((h, i) => {
            const s = h.snapshot as NetworkSnapshot | null;
            return (
              <li key={i}>
                {fmt.format(h.at)}
                {s ? ` – ${tn(`statuses.${s.status}`)}` : ""}
              </li>
            );
          })}
        </ol>
      </Section>
      <PublicContacts entityType="network" id={n.id} locale={locale} />
    </>
  );
}
