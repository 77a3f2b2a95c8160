import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoNotice } from "@/components/public/DemoNotice";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { changePageParam, FollowUpReport, ReportChanges, ReportContents, ReportPage as ReportLines } from "@/components/strategy/public/FollowUpReport";
import { getDb } from "@/db/client";
import { publishedReportById, reportChangeCounts, reportChangesPage, reportContents, reportLinesPage } from "@/db/queries/strategy/report-read";
import { isUuid } from "@/lib/ids";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { fetchPage, PAGE_SIZE, pageWithin, requestedPage } from "@/lib/paging";
import { publicReport } from "@/lib/public/content";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { changeKinds, type ChangeKind } from "@/lib/strategy/rounds";
import { LocalizedText } from "@/components/public/LocalizedText";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Query> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function load(id: string) {
  return isUuid(id) ? publicReport(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const found = await load(id);
  return found ? { title: `${pick(found.report.name, locale)} — ${pick(found.report.period.name, locale)}` } : {};
}

/**
 * A published follow-up report (frozen when the round was published), read
 * 50 measures to a page (`?page=`, one goal with `?goal=`, a table of contents
 * of the goals); with ?view=changes what changed since the previous round
 * (each kind paged); with ?view=all the whole report on one page for printing
 * (print CSS). Also a PDF.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const { report, previous } = found;
  const query = await searchParams;
  const raw = one(query.view);
  const view = raw === "changes" ? "changes" : raw === "all" ? "all" : "report";
  const t = await getTranslations("publicReport");
  const name = pick(report.name, locale);
  const path = `/reports/${id}`;
  const db = await getDb();
  let body: React.ReactNode;
  if (view === "all") {
    const whole = await publishedReportById(db, id);
    if (!whole) notFound();
    body = <FollowUpReport report={whole} locale={locale} />;
  } else if (view === "changes") {
    if (!previous) body = <ReportChanges previous={null} locale={locale} counts={null} lines={[]} paging={{} as never} />;
    else {
      const counts = await reportChangeCounts(db, id, previous.id);
      const paging = {} as Record<ChangeKind, { path: string; query: Record<string, string>; page: number; pages: number; total: number; from: number; to: number }>;
      const keep: Record<string, string> = { view: "changes" };
      for (const kind of changeKinds) {
        const asked = requestedPage(query[changePageParam(kind)]);
        if (asked > 1) keep[changePageParam(kind)] = String(asked);
      }
      for (const kind of changeKinds) {
        const { page, pages } = pageWithin(requestedPage(query[changePageParam(kind)]), counts[kind]);
        const from = counts[kind] === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        paging[kind] = { path, query: keep, page, pages, total: counts[kind], from, to: Math.min(counts[kind], page * PAGE_SIZE) };
      }
      const lines = await reportChangesPage(db, id, previous.id, Object.fromEntries(changeKinds.map((k) => [k, { limit: PAGE_SIZE, offset: (paging[k].page - 1) * PAGE_SIZE }])) as Record<ChangeKind, { limit: number; offset: number }>);
      body = <ReportChanges previous={{ name: previous.report.name, cutOffDate: previous.cutOffDate }} locale={locale} counts={counts} lines={lines} paging={paging} />;
    }
  } else {
    const contents = await reportContents(db, id);
    const askedGoal = one(query.goal);
    const goalId = askedGoal && contents.some((c) => c.goalId === askedGoal) ? askedGoal : null;
    const total = goalId ? contents.find((c) => c.goalId === goalId)!.lines : contents.reduce((n, c) => n + c.lines, 0);
    const page = await fetchPage(requestedPage(query.page), (limit, offset) => reportLinesPage(db, id, { goalId, limit, offset }), async () => total);
    body = (
      <>
        <ReportContents report={report} contents={contents} locale={locale} path={path} goalId={goalId} />
        <ReportLines report={report} lines={page.rows} locale={locale} paging={{ path, query: goalId ? { goal: goalId } : {}, page: page.page, pages: page.pages, total: page.total, from: page.from, to: page.to }} />
      </>
    );
  }
  return (
    <>
      <Breadcrumbs items={[{ href: "/reports", label: t("listTitle") }, { label: name, lang: langOf(report.name, locale) }]} />
      <p className="text-body-s text-muted">
        {t("kicker")} · <LocalizedText text={report.period.name} locale={locale} />
      </p>
      <LocalizedText as="h1" className="mb-2 text-heading-l font-bold" text={report.name} locale={locale} />
      <p className="mb-4">
        {t("asOf", { date: formatFlexibleDate(report.cutOffDate, "day", locale) })}
        {found.publishedAt ? ` · ${t("publishedOn", { date: formatFlexibleDate(found.publishedAt.slice(0, 10), "day", locale) })}` : null}
      </p>
      <nav aria-label={t("views")} className="no-print mb-6 flex flex-wrap gap-x-5 gap-y-1">
        {view === "report" ? <span aria-current="page" className="font-bold">{t("viewPaged")}</span> : <Link href={path}>{t("viewPaged")}</Link>}
        {view === "changes" ? <span aria-current="page" className="font-bold">{t("viewChanges")}</span> : <Link href={`${path}?view=changes`}>{t("viewChanges")}</Link>}
        {view === "all" ? <span aria-current="page" className="font-bold">{t("viewAll")}</span> : <Link href={`${path}?view=all`}>{t("viewAll")}</Link>}
        <a href={`/${locale}/reports/${id}/pdf`} type="application/pdf">
          {t("pdf")}
        </a>
      </nav>
      <DemoNotice show={found.hasDemo} />
      <p className="mb-6 max-w-3xl text-body-s">{t("lateNote")}</p>
      {body}
    </>
  );
}
