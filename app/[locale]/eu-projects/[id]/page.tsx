import { PublicDocuments } from "@/components/documents/PublicDocuments";
import { publicDocuments } from "@/db/queries/documents/documents";
import type { Metadata } from "next";
import { PublicLinkedMeasures } from "@/components/links/PublicLinks";
import { publicMeasuresLinkedTo } from "@/db/queries/links/public";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { getDb } from "@/db/client";
import { publishedHistory } from "@/db/queries/audit";
import { getPublishedProject, publicLabels } from "@/db/queries/funding/public";
import { langOf, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money";
import { DemoNotice } from "@/components/public/DemoNotice";
import { formatDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { LocalizedText } from "@/components/public/LocalizedText";
import { formatFlexibleDate } from "@/lib/strategy/dates";

async function load(id: string) {
  if (!isUuid(id)) return null;
  return getPublishedProject(await getDb(), id);
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  const p = await load(id);
  return { title: p ? pick(p.name, locale) : undefined };
}

/** One published EU project, from its public snapshot only, with its published versions. */
export default async function PublicEuProject({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const p = await load(id);
  if (!p) notFound();
  const t = await getTranslations("fundingPublic");
  const tf = await getTranslations("funding");
  const db = await getDb();
  const [labels, versions, serves] = await Promise.all([
    publicLabels(db, p.alignments.map((a) => a.priorityId)),
    publishedHistory(db, "euProject", p.id),
    publicMeasuresLinkedTo(db, "euProject", p.id),
  ]);
  const programme = labels.programmes.get(p.programmeId);
  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/eu-projects" }, { label: pick(p.name, locale), lang: langOf(p.name, locale) }]} />
      <h1 className="mb-2 text-heading-xl font-bold"><LocalizedText text={p.name} locale={locale} /></h1>
      <DemoNotice show={p.isDemo || serves.items.some((m) => m.isDemo)} />
      <LastUpdated type="euProject" id={p.id} locale={locale} />
      {p.acronym ? <p className="mb-4 text-heading-s text-muted">{p.acronym}</p> : null}
      {p.summary ? <p className="mb-6 max-w-3xl text-body-l"><LocalizedText text={p.summary} locale={locale} /></p> : null}
      <dl className="mb-8 max-w-2xl">
        {[
          [tf("fields.programme"), programme ? pick(programme.name, locale) : ""],
          [tf("fields.status"), tf(`status.${p.status}`)],
          [tf("fields.role"), tf(`role.${p.role}`)],
          [tf("fields.euContribution"), formatMoney(p.euContributionCents, locale, { unknown: tf("detail.notKnown") })],
          // At the precision they are known ("2016", "06/2022"); no day is invented.
          [tf("fields.startDate"), formatFlexibleDate(p.startDate, p.startPrecision ?? "day", locale) || tf("detail.notKnown")],
          [tf("fields.endDate"), formatFlexibleDate(p.endDate, p.endPrecision ?? "day", locale) || tf("detail.notKnown")],
        ]
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="grid grid-cols-[12rem_1fr] gap-2 border-b border-line py-1">
              <dt className="font-semibold">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="serves-title" className="mb-8">
        <h2 id="serves-title" className="mb-2 text-heading-s font-bold">{t("servesTitle")}</h2>
        {p.alignments.length === 0 ? (
          <p>{t("noPriorities")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {p.alignments.map((a) => (
              <li key={a.priorityId}>
                <LocalizedText text={labels.priorities.get(a.priorityId)} locale={locale} /> – {t("strength", { label: tf(`strength.${a.strength}`) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PublicDocuments documents={await publicDocuments(db, "euProject", p.id)} locale={locale} />
      <PublicLinkedMeasures items={serves.items} total={serves.total} locale={locale} />
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" className="mb-2 text-heading-s font-bold">{t("versions")}</h2>
        <ul className="list-disc pl-6">
          {versions.map((v, i) => (
            <li key={i}>{t("publishedOn", { date: formatDay(v.at.toISOString().slice(0, 10), locale) })}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
