import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { getDb } from "@/db/client";
import { getPublishedAdvocacy } from "@/db/queries/advocacy/public";
import { DemoNotice } from "@/components/public/DemoNotice";
import { formatDay } from "@/lib/advocacy/format";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicAdvocacy" });
  return { title: t("title") };
}

/**
 * The public view of the city's advocacy: asks adopted in government
 * programmes, statements given, other published actions and the public
 * summaries of advocacy plans. Only published snapshots are read.
 */
export default async function PublicAdvocacyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("publicAdvocacy");
  const tType = await getTranslations("advocacyTypes");
  const tOutcome = await getTranslations("askOutcomes");
  const db = await getDb();
  const pub = await getPublishedAdvocacy(db);
  const priorityName = (id: string) => pick(pub.priorities.get(id)?.title, locale);
  const years = [...new Set(pub.adoptedAsks.map((a) => a.programmeYear))];
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <DemoNotice show={[...pub.plans, ...pub.statements, ...pub.otherActions, ...pub.adoptedAsks].some((x) => x.isDemo)} />
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
        {pub.adoptedAsks.length === 0 ? <p>{t("none")}</p> : null}
        {years.map((year) => (
          <div key={year} className="mb-8">
            <h3 className="mb-3 text-heading-m font-bold">{t("programme", { year })}</h3>
            <ul className="flex flex-col gap-4">
              {pub.adoptedAsks
                .filter((a) => a.programmeYear === year)
                .map((a) => (
                  <li key={a.id} className="border-l-4 border-coat pl-4">
                    <p className="font-semibold">{pick(a.wording, locale)}</p>
                    <p className="text-body-s">
                      <span className="mr-2 inline-block bg-success-light px-2 font-semibold">{tOutcome(a.outcome)}</span>
                      {priorityName(a.priorityId)}
                    </p>
                    {a.evidence ? (
                      <blockquote className="mt-2 border-l-2 border-silver pl-3 italic">
                        {pick(a.evidence, locale)}
                        {a.evidenceRef ? <footer className="not-italic text-body-s">— {a.evidenceRef}</footer> : null}
                      </blockquote>
                    ) : null}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>

      <section id="statements" aria-labelledby="statements-heading" className="mb-12">
        <h2 id="statements-heading" className="mb-2 text-heading-l font-bold">{t("statementsTitle")}</h2>
        <p className="mb-4 max-w-3xl">{t("statementsLead")}</p>
        {pub.statements.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="divide-y divide-line border-y border-line">
          {pub.statements.map((s) => (
            <li key={s.id} className="py-4">
              <h3 className="text-heading-xs font-bold">{pick(s.title, locale)}</h3>
              <dl className="mt-1 grid gap-x-4 text-body-s sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("given")}</dt>
                <dd>{formatDay(s.date, locale)}</dd>
                {s.ministry ? (
                  <>
                    <dt className="font-semibold">{t("ministry")}</dt>
                    <dd>{s.ministry}</dd>
                  </>
                ) : null}
                {s.consultation ? (
                  <>
                    <dt className="font-semibold">{t("consultation")}</dt>
                    <dd>{s.consultation}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t("priority")}</dt>
                <dd>{priorityName(s.priorityId)}</dd>
              </dl>
              {s.summary ? <p className="mt-2 max-w-3xl">{pick(s.summary, locale)}</p> : null}
              {s.outcome ? (
                <p className="mt-2 max-w-3xl">
                  <span className="font-semibold">{t("outcome")}: </span>
                  {pick(s.outcome, locale)}
                </p>
              ) : null}
              <Links links={s.links} label={t("documents")} />
            </li>
          ))}
        </ul>
      </section>

      <section id="actions" aria-labelledby="actions-heading" className="mb-12">
        <h2 id="actions-heading" className="mb-4 text-heading-l font-bold">{t("actionsTitle")}</h2>
        {pub.otherActions.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="divide-y divide-line border-y border-line">
          {pub.otherActions.map((a) => (
            <li key={a.id} className="py-4">
              <p className="text-body-s text-muted">
                {tType(a.type)} · {formatDay(a.date, locale)} · {priorityName(a.priorityId)}
              </p>
              <h3 className="text-heading-xs font-bold">{pick(a.title, locale)}</h3>
              {a.audience ? <p className="text-body-s">{t("audience", { audience: a.audience })}</p> : null}
              {a.summary ? <p className="mt-2 max-w-3xl">{pick(a.summary, locale)}</p> : null}
              {a.outcome ? (
                <p className="mt-2 max-w-3xl">
                  <span className="font-semibold">{t("outcome")}: </span>
                  {pick(a.outcome, locale)}
                </p>
              ) : null}
              <Links links={a.links} label={t("documents")} />
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
              <h3 className="mb-2 text-heading-xs font-bold">{priorityName(p.priorityId)}</h3>
              <p>{pick(p.publicSummary, locale)}</p>
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
