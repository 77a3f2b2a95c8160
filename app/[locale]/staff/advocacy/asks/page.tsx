import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { AdoptionFigures } from "@/components/advocacy/AdoptionFigures";
import { DataTable } from "@/components/ui/DataTable";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { askOutcomeCounts, askSorts, defaultAskSort, listPriorityOptions, listProgrammeYears, pageAsks } from "@/db/queries/advocacy/staff";
import { adoptionFromCounts } from "@/lib/advocacy/adoption";
import { askFilters } from "@/lib/advocacy/filters";
import { pick } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { labelOnce } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/routing";
import { plainQuery, requestedPage, requestedSort, sortParam } from "@/lib/paging";
import { can, canAny } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";
import { askOutcomes } from "@/lib/advocacy/vocabulary";
import { yearInHelsinki } from "@/lib/dates";

const PATH = "/staff/advocacy/asks";

/** The register of government-programme asks (paged in SQL), with their outcomes and adoption rates. */
export default async function AsksPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const sp = await searchParams;
  const filters = askFilters(sp);
  const sort = requestedSort(sp.sort, askSorts, defaultAskSort);
  const t = await getTranslations("advocacyAsks");
  const tAdv = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tOutcome = await getTranslations("askOutcomes");
  const tStaff = await getTranslations("staff");
  const [priorities, years, list] = await Promise.all([listPriorityOptions(db), listProgrammeYears(db), pageAsks(db, filters, { page: requestedPage(sp.page), sort, locale })]);
  // Figures are for the programme chosen (or the latest one), never mixing programmes.
  const year = filters.programmeYear ?? years.find((y) => y <= yearInHelsinki()) ?? years[0];
  const { overall, byPriority } = adoptionFromCounts(year ? await askOutcomeCounts(db, { programmeYear: year, priorityId: filters.priorityId }) : []);
  const priorityNames = new Map(priorities.map((p) => [p.id, pick(p.title, locale)]));
  const query = plainQuery(sp);
  // Row links are plain anchors (no client component per row) and every label is looked up once per page, not per row.
  const base = getPathname({ href: PATH, locale });
  const outcomeLabel = labelOnce((o: string) => tOutcome(o));
  const stateLabel = labelOnce((v: string) => tStaff(v));
  const internal = tStaff("internal");
  const isDefaultSort = sort.key === defaultAskSort.key && sort.desc === defaultAskSort.desc;
  return (
    <>
      <nav aria-label={tAdv("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/advocacy">{tAdv("title")}</Link> › <span aria-current="page">{t("title")}</span>
      </nav>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ExportLinks kinds={["asks"]} show={can(user.role, "export.read")} />
      {canAny(user.role, ["advocacy.manage", "advocacy.editOwn"]) ? (
        <p className="mb-8">
          <Link href="/staff/advocacy/asks/new" className="btn">
            {t("new")}
          </Link>
        </p>
      ) : null}
      {year ? (
        <section aria-labelledby="figures-heading" className="mb-10">
          <h2 id="figures-heading" className="mb-3 text-heading-m font-bold">
            {t("figuresTitle", { year })}
          </h2>
          <AdoptionFigures overall={overall} byPriority={byPriority} priorityNames={priorityNames} locale={locale} caption={t("figuresTitle", { year })} />
        </section>
      ) : null}
      <section aria-labelledby="register-heading">
        <h2 id="register-heading" className="mb-3 text-heading-m font-bold">
          {t("registerTitle")}
        </h2>
        <FilterForm label={tAdv("filterLabel")} clearHref={PATH} sort={isDefaultSort ? undefined : sortParam(sort)}>
          <FilterText name="q" label={t("searchWording")} value={filters.q} />
          <FilterSelect name="year" label={tf("programmeYear")} value={filters.programmeYear ? String(filters.programmeYear) : undefined} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
          <FilterSelect name="priority" label={tf("priorityId")} value={filters.priorityId} options={priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) }))} />
          <FilterSelect name="outcome" label={tf("outcome")} value={filters.outcome} options={askOutcomes.map((o) => ({ value: o, label: tOutcome(o) }))} />
        </FilterForm>
        <DataTable
          caption={t("registerTitle")}
          rows={list.rows}
          rowKey={(a) => a.id}
          sort={sort}
          path={PATH}
          query={query}
          empty={t("none")}
          columns={[
            { key: "year", header: tf("programmeYear"), sortKey: "year", cell: (a) => a.programmeYear },
            { key: "wording", header: tf("wording"), sortKey: "wording", rowHeader: true, cell: (a) => <a href={`${base}/${a.id}`}>{pick(a.wording, locale)}</a> },
            { key: "priority", header: tf("priorityId"), cell: (a) => priorityNames.get(a.priorityId) ?? "–" },
            { key: "outcome", header: tf("outcome"), sortKey: "outcome", cell: (a) => outcomeLabel(a.outcome) },
            { key: "evidence", header: tf("evidence"), cell: (a) => (a.evidence ? pick(a.evidence, locale) : "–") },
            {
              key: "state",
              header: tAdv("state"),
              sortKey: "state",
              cell: (a) => (
                <>
                  {stateLabel(a.reviewState)}
                  {a.visibility === "internal" ? <span className="block">{internal}</span> : null}
                </>
              ),
            },
          ]}
        />
        <Pager path={PATH} query={query} page={list.page} pages={list.pages} total={list.total} from={list.from} to={list.to} />
      </section>
    </>
  );
}
