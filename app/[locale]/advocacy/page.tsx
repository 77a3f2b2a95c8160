import { PublicDocuments } from "@/components/documents/PublicDocuments";
import { publicDocumentsOf } from "@/db/queries/documents/documents";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdoptionFigures } from "@/components/advocacy/AdoptionFigures";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { DemoBadge, DemoNotice } from "@/components/public/DemoNotice";
import { LocalizedText } from "@/components/public/LocalizedText";
import { Pager } from "@/components/ui/Pager";
import { getDb } from "@/db/client";
import { ASK_OUTCOMES, getPublishedAdvocacy, pagePublishedAsks, pagePublishedStatements, publicRecordPosition, publishedAskOutcomes } from "@/db/queries/advocacy/public";
import type { AskOutcome } from "@/db/schema/advocacy";
import { adoptionByPriority } from "@/lib/advocacy/adoption";
import { finnishText, ministryText, programmeReferenceText } from "@/lib/advocacy/names";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listHref, PAGE_SIZE, plainQuery, requestedPage } from "@/lib/paging";
import { formatDay } from "@/lib/dates";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicAdvocacy" });
  return { title: t("title") };
}

const outcomeTone: Record<AskOutcome, string> = {
  adopted: "bg-success-light",
  partly: "bg-alert-light",
  not_adopted: "bg-error-light",
  pending: "bg-silver-light",
};

/**
 * The public record of the city's advocacy: every published government-
 * programme ask with its real outcome (adopted, partly, not adopted, pending)
 * and the adoption rate with its definition (the staff register's rule and
 * function), the statements given with their dates and links, other
 * published actions and the public summaries of advocacy plans. Only
 * published snapshots are read; the asks and statements are paged in SQL.
 */
export default async function PublicAdvocacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  // `ask` / `statement`: a link to one item (a search hit, a feed entry); the page of the list that shows it opens,
  // and the list's own links (pages, filters) leave it out.
  const { ask: focusAsk, statement: focusStatement, ...query } = plainQuery(raw);
  const outcome = ASK_OUTCOMES.find((o) => o === query.outcome);
  const askedYear = /^\d{4}$/.test(query.year ?? "") ? Number(query.year) : undefined;
  const t = await getTranslations("publicAdvocacy");
  const tType = await getTranslations("advocacyTypes");
  const tOutcome = await getTranslations("askOutcomes");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [pub, figures] = await Promise.all([getPublishedAdvocacy(db), publishedAskOutcomes(db, askedYear)]);
  const [askAt, statementAt] = await Promise.all([
    focusAsk && !outcome && !askedYear ? publicRecordPosition(db, "ask", focusAsk) : null,
    focusStatement ? publicRecordPosition(db, "statement", focusStatement) : null,
  ]);
  const [asks, statements] = await Promise.all([
    pagePublishedAsks(db, { page: askAt ? Math.ceil(askAt / PAGE_SIZE) : requestedPage(raw.page), outcome, year: askedYear }),
    pagePublishedStatements(db, { page: statementAt ? Math.ceil(statementAt / PAGE_SIZE) : requestedPage(raw.statementsPage) }),
  ]);
  const [activityDocs, planDocs] = await Promise.all([
    publicDocumentsOf(db, "advocacyActivity", [...statements.rows.map((s) => s.id), ...pub.otherActions.map((a) => a.id)]),
    publicDocumentsOf(db, "advocacyPlan", pub.plans.map((p) => p.id)),
  ]);
  const { overall, byPriority } = adoptionByPriority(figures.outcomes);
  const priorityNames = new Map([...pub.priorities].map(([id, p]) => [id, pick(p.title, locale)]));
  const priority = (id: string) => <LocalizedText text={pub.priorities.get(id)?.title} locale={locale} />;
  const anyDemo = [...pub.plans, ...pub.statements, ...pub.otherActions, ...pub.asks].some((x) => x.isDemo);
  const filterLink = (changes: Record<string, string | undefined>) => listHref("/advocacy", query, { ...changes, page: undefined });
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <DemoNotice show={anyDemo} />
      <p className="mb-8 max-w-3xl text-body-l">{t("lead")}</p>
      <nav aria-label={t("onThisPage")} className="mb-10">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><a href="#asks">{t("asksTitle")}</a></li>
          <li><a href="#statements">{t("statementsTitle")}</a></li>
          <li><a href="#actions">{t("actionsTitle")}</a></li>
          <li><a href="#plans">{t("plansTitle")}</a></li>
        </ul>
      </nav>

      <section id="asks" aria-labelledby="asks-heading" className="mb-12">
        <h2 id="asks-heading" className="mb-2 text-heading-l font-bold">{t("asksTitle")}</h2>
        <p className="mb-4 max-w-3xl">{t("asksLead")}</p>
        {figures.year !== null ? (
          <div className="mb-8">
            <h3 id="adoption-heading" className="mb-3 text-heading-m font-bold">{t("figuresTitle", { year: figures.year })}</h3>
            {figures.years.length > 1 ? (
              <ul aria-label={t("programmeYears")} className="mb-3 flex flex-wrap gap-x-4">
                {figures.years.map((y) => (
                  <li key={y}>
                    {y === figures.year ? <span aria-current="true" className="font-bold">{y}</span> : <Link href={filterLink({ year: String(y) })}>{y}</Link>}
                  </li>
                ))}
              </ul>
            ) : null}
            <AdoptionFigures overall={overall} byPriority={byPriority} priorityNames={priorityNames} locale={locale} caption={t("figuresTitle", { year: figures.year })} />
          </div>
        ) : null}
        <nav aria-label={t("outcomeFilter")} className="mb-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>{outcome ? <Link href={filterLink({ outcome: undefined })}>{t("allOutcomes")}</Link> : <span aria-current="true" className="font-bold">{t("allOutcomes")}</span>}</li>
            {ASK_OUTCOMES.map((o) => (
              <li key={o}>{o === outcome ? <span aria-current="true" className="font-bold">{tOutcome(o)}</span> : <Link href={filterLink({ outcome: o })}>{tOutcome(o)}</Link>}</li>
            ))}
          </ul>
        </nav>
        {asks.total === 0 ? <p>{t("none")}</p> : null}
        <ul className="flex flex-col gap-4" data-testid="public-asks">
          {asks.rows.map((a) => (
            <li key={a.id} id={`ask-${a.id}`} className="scroll-mt-4 border-l-4 border-coat pl-4" data-outcome={a.outcome}>
              <p className="text-body-s text-muted">{t("programme", { year: a.programmeYear })}</p>
              <LocalizedText as="p" className="font-semibold" text={a.wording} locale={locale} />
              <p className="text-body-s">
                <span className={`mr-2 inline-block px-2 font-semibold ${outcomeTone[a.outcome]}`}>{tOutcome(a.outcome)}</span>
                {priority(a.priorityId)}
                <DemoBadge show={a.isDemo} />
              </p>
              {a.target ? (
                <p className="text-body-s">
                  {t("target")}: <LocalizedText text={a.target} locale={locale} />
                </p>
              ) : null}
              {a.evidence ? (
                a.isDemo ? (
                  <div className="mt-2 border-l-2 border-silver pl-3">
                    <p className="text-body-s font-semibold">{t("demoEvidence")}</p>
                    <LocalizedText as="p" text={a.evidence} locale={locale} />
                    {a.evidenceRef ? <p className="text-body-s">{t("source")}: <LocalizedText text={programmeReferenceText(a.evidenceRef)} locale={locale} /></p> : null}
                  </div>
                ) : (
                  <blockquote className="mt-2 border-l-2 border-silver pl-3 italic">
                    <LocalizedText as="p" text={a.evidence} locale={locale} />
                    {a.evidenceRef ? <footer className="not-italic text-body-s">— <LocalizedText text={programmeReferenceText(a.evidenceRef)} locale={locale} /></footer> : null}
                  </blockquote>
                )
              ) : null}
            </li>
          ))}
        </ul>
        <Pager path="/advocacy" query={query} page={asks.page} pages={asks.pages} total={asks.total} from={asks.from} to={asks.to} label={t("asksPages")} />
      </section>

      <section id="statements" aria-labelledby="statements-heading" className="mb-12">
        <h2 id="statements-heading" className="mb-2 text-heading-l font-bold">{t("statementsTitle")}</h2>
        <p className="mb-4 max-w-3xl">{t("statementsLead")}</p>
        {statements.total === 0 ? <p>{t("none")}</p> : null}
        <ul className="divide-y divide-line border-y border-line">
          {statements.rows.map((s) => (
            <li key={s.id} id={`statement-${s.id}`} className="scroll-mt-4 py-4">
              <h3 className="text-heading-xs font-bold">
                <LocalizedText text={s.title} locale={locale} />
                <DemoBadge show={s.isDemo} />
              </h3>
              <dl className="mt-1 grid gap-x-4 text-body-s sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("given")}</dt>
                <dd>{s.date ? <time dateTime={s.date}>{formatDay(s.date, locale)}</time> : tCommon("noDate")}</dd>
                {s.ministry ? (
                  <>
                    <dt className="font-semibold">{t("ministry")}</dt>
                    <LocalizedText as="dd" text={ministryText(s.ministry)} locale={locale} />
                  </>
                ) : null}
                {s.consultation ? (
                  <>
                    <dt className="font-semibold">{t("consultation")}</dt>
                    <LocalizedText as="dd" text={finnishText(s.consultation)} locale={locale} />
                  </>
                ) : null}
                <dt className="font-semibold">{t("priority")}</dt>
                <dd>{priority(s.priorityId)}</dd>
              </dl>
              {s.summary ? <LocalizedText as="p" className="mt-2 max-w-3xl" text={s.summary} locale={locale} /> : null}
              {s.outcome ? (
                <p className="mt-2 max-w-3xl">
                  <span className="font-semibold">{t("outcome")}: </span>
                  <LocalizedText text={s.outcome} locale={locale} />
                </p>
              ) : null}
              <Links links={s.links} label={t("documents")} />
              <PublicDocuments documents={activityDocs.get(s.id) ?? []} locale={locale} inList />
            </li>
          ))}
        </ul>
        <Pager path="/advocacy" query={query} page={statements.page} pages={statements.pages} total={statements.total} from={statements.from} to={statements.to} label={t("statementsPages")} param="statementsPage" />
      </section>

      <section id="actions" aria-labelledby="actions-heading" className="mb-12">
        <h2 id="actions-heading" className="mb-4 text-heading-l font-bold">{t("actionsTitle")}</h2>
        {pub.otherActions.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="divide-y divide-line border-y border-line">
          {pub.otherActions.map((a) => (
            <li key={a.id} id={`action-${a.id}`} className="scroll-mt-4 py-4">
              <p className="text-body-s text-muted">
                {tType(a.type)} · {formatDay(a.date, locale)} · {priority(a.priorityId)}
              </p>
              <h3 className="text-heading-xs font-bold">
                <LocalizedText text={a.title} locale={locale} />
                <DemoBadge show={a.isDemo} />
              </h3>
              {a.audience ? (
                <p className="text-body-s">
                  {t("audienceLabel")}: <LocalizedText text={finnishText(a.audience)} locale={locale} />
                </p>
              ) : null}
              {a.summary ? <LocalizedText as="p" className="mt-2 max-w-3xl" text={a.summary} locale={locale} /> : null}
              {a.outcome ? (
                <p className="mt-2 max-w-3xl">
                  <span className="font-semibold">{t("outcome")}: </span>
                  <LocalizedText text={a.outcome} locale={locale} />
                </p>
              ) : null}
              <Links links={a.links} label={t("documents")} />
              <PublicDocuments documents={activityDocs.get(a.id) ?? []} locale={locale} inList />
            </li>
          ))}
        </ul>
      </section>

      <section id="plans" aria-labelledby="plans-heading" className="mb-12">
        <h2 id="plans-heading" className="mb-4 text-heading-l font-bold">{t("plansTitle")}</h2>
        {pub.plans.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="grid gap-4 sm:grid-cols-2">
          {pub.plans.map((p) => (
            <li key={p.id} className="bg-fog-light p-4">
              <h3 className="mb-2 text-heading-xs font-bold">
                {priority(p.priorityId)}
                <DemoBadge show={p.isDemo} />
              </h3>
              <LocalizedText as="p" text={p.publicSummary} locale={locale} />
              <PublicDocuments documents={planDocs.get(p.id) ?? []} locale={locale} inList />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Links({ links, label }: { links: { label: string; url: string }[]; label: string }) {
  if (!links.length) return null;
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-x-4 text-body-s">
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} rel="noopener noreferrer">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
