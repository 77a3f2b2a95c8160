import type { Metadata } from "next";
import { FilterSelect } from "@/components/ui/FilterForm";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { getDb } from "@/db/client";
import { listPublishedProjects, PUBLIC_PAGE_SIZE, publicAlignedShare, publicEuByPriority, publicLabels } from "@/db/queries/funding/public";
import { publishedPriorityTitles } from "@/db/queries/networks/public";
import { statuses, type ProjectStatus } from "@/lib/funding/rules";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney, formatPercent } from "@/lib/money";
import { DemoNotice } from "@/components/public/DemoNotice";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { isUuid } from "@/lib/ids";
import { LocalizedList, LocalizedText } from "@/components/public/LocalizedText";
import { Table } from "@/components/ui/Table";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "fundingPublic" });
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The city's published EU projects: name, programme, status, EU contribution, dates and the priorities they serve. */
export default async function PublicEuProjects({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("fundingPublic");
  const tf = await getTranslations("funding");
  const sp = await searchParams;
  const db = await getDb();
  const programmeFilter = one(sp.programme) && isUuid(one(sp.programme)!) ? one(sp.programme) : undefined;
  const statusFilter = statuses.includes(one(sp.status) as ProjectStatus) ? one(sp.status) : undefined;
  const page = Math.max(1, Math.min(100_000, Number(one(sp.page)) || 1));
  const [allPriorities, share, byPriority] = await Promise.all([publishedPriorityTitles(db), publicAlignedShare(db), publicEuByPriority(db)]);
  const priorityFilter = one(sp.priority) && allPriorities.has(one(sp.priority)!) ? one(sp.priority) : undefined;
  const list = await listPublishedProjects(db, { programmeId: programmeFilter, status: statusFilter, priorityId: priorityFilter, page });
  const projects = list.projects;
  const labels = await publicLabels(db, [...new Set(projects.flatMap((p) => p.alignments.map((a) => a.priorityId)))]);
  const usedProgrammes = list.programmeIds.map((id) => labels.programmes.get(id)).filter((p): p is NonNullable<typeof p> => Boolean(p));
  const usedStatuses = statuses.filter((s) => list.statuses.includes(s));
  const pages = Math.max(1, Math.ceil(list.total / PUBLIC_PAGE_SIZE));
  const pageHref = (n: number) => {
    const q = new URLSearchParams();
    if (programmeFilter) q.set("programme", programmeFilter);
    if (statusFilter) q.set("status", statusFilter);
    if (priorityFilter) q.set("priority", priorityFilter);
    q.set("page", String(n));
    return `/eu-projects?${q.toString()}`;
  };
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-2 text-heading-xl font-bold">{t("title")}</h1>
      <DemoNotice show={projects.some((p) => p.isDemo)} />
      <p className="mb-6 max-w-3xl text-body-l">{t("lead")}</p>
      <section aria-labelledby="eu-figures" className="mb-10">
        <h2 id="eu-figures" className="mb-2 text-heading-l font-bold">{t("figuresTitle")}</h2>
        <p className="mb-4 max-w-3xl">{t("figuresLead")}</p>
        <dl className="mb-6 max-w-3xl">
          <dt className="font-semibold">{tf("figures.alignedShare")}</dt>
          <dd className="text-heading-m font-bold" data-testid="aligned-share">{formatPercent(share.basisPoints, locale)}</dd>
          <dd>{tf("figures.alignedShareOf", { aligned: formatMoney(share.alignedCents, locale, { whole: true }), total: formatMoney(share.totalCents, locale, { whole: true }) })}</dd>
          <dd className="text-body-s" id="aligned-share-def">{tf("figures.alignedShareDef")}</dd>
          {share.unknownAmountProjects ? <dd className="text-body-s">{t("unknownAmounts", { n: share.unknownAmountProjects })}</dd> : null}
        </dl>
        <Table caption={tf("figures.byPriority")} captionClassName="mb-2 text-left text-heading-s font-bold" className="w-full max-w-3xl border-collapse text-left text-body-s" describedBy="by-priority-def" head={[tf("figures.priority"), { label: tf("figures.projects"), numeric: true }, { label: tf("figures.euros"), numeric: true }]}>
          {[...allPriorities].map(([id, title]) => {
            const b = byPriority.find((x) => x.priorityId === id);
            return (
              <tr key={id} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/eu-projects?priority=${id}`}><LocalizedText text={title} locale={locale} /></Link>
                </th>
                <td className="p-2 text-right">{b?.projects ?? 0}</td>
                <td className="p-2 text-right">{b ? formatMoney(b.euCents, locale, { whole: true }) : tf("figures.noFunding")}</td>
              </tr>
            );
          })}
        </Table>
        <p className="mt-2 max-w-3xl text-body-s" id="by-priority-def">{tf("figures.securedDef")} {tf("figures.byPriorityDef")}</p>
      </section>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4" role="search" aria-label={t("filters")}>
        <FilterSelect idPrefix="pf" name="programme" label={tf("fields.programme")} value={programmeFilter} emptyLabel={t("all")} options={usedProgrammes.map((p) => ({ value: p.id, label: pick(p.name, locale), lang: langOf(p.name, locale) }))} />
        <FilterSelect idPrefix="pf" name="status" label={tf("fields.status")} value={statusFilter} emptyLabel={t("all")} options={usedStatuses.map((s) => ({ value: s, label: tf(`status.${s}`) }))} />
        <FilterSelect idPrefix="pf" name="priority" label={t("priority")} value={priorityFilter} emptyLabel={t("all")} options={[...allPriorities].map(([id, title]) => ({ value: id, label: pick(title, locale), lang: langOf(title, locale) }))} />
        <button type="submit" className="btn">{t("show")}</button>
      </form>
      <p className="mb-4" role="status">{t("summary", { count: list.total, total: formatMoney(list.totalEuCents, locale, { whole: true }) })}
        {list.unknownEu ? ` ${tf("figures.securedUnknown", { n: list.unknownEu })}` : null}
      </p>
      {projects.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="divide-y divide-line border-y border-line">
        {projects.map((p) => (
          <li key={p.id} className="py-4">
            <h2 className="text-heading-xs font-bold">
              <Link href={`/eu-projects/${p.id}`}><LocalizedText text={p.name} locale={locale} /></Link>
              {p.acronym ? <span className="ml-2 font-normal text-muted">{p.acronym}</span> : null}
              {p.isDemo ? <span className="ml-2 bg-engel-light px-1 text-body-s font-normal">{tf("demo")}</span> : null}
            </h2>
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-body-s">
              <div className="flex gap-1"><dt>{tf("fields.programme")}:</dt><dd><LocalizedText text={labels.programmes.get(p.programmeId)?.name} locale={locale} /></dd></div>
              <div className="flex gap-1"><dt>{tf("fields.status")}:</dt><dd>{tf(`status.${p.status}`)}</dd></div>
              <div className="flex gap-1"><dt>{tf("fields.euContribution")}:</dt><dd>{formatMoney(p.euContributionCents, locale, { unknown: tf("detail.notKnown") })}</dd></div>
              {p.startDate || p.endDate ? (
                <div className="flex gap-1"><dt>{t("dates")}:</dt><dd>{[formatFlexibleDate(p.startDate, p.startPrecision ?? "day", locale) || "…", formatFlexibleDate(p.endDate, p.endPrecision ?? "day", locale) || "…"].join(" – ")}</dd></div>
              ) : null}
            </dl>
            {p.alignments.length ? (
              <p className="mt-1 text-body-s">
                {t("serves")}: <LocalizedList texts={p.alignments.map((a) => labels.priorities.get(a.priorityId))} locale={locale} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-4">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
