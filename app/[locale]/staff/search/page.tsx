import { Section } from "@/components/ui/Section";
import { getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { searchAreas, searchStaff, searchTypes, type SearchArea, type StaffSearchHit } from "@/db/queries/public/search";
import { staffPage } from "@/lib/auth/staff-page";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageWithin, plainQuery, requestedPage } from "@/lib/paging";

const PATH = "/staff/search";
const PER_PAGE = 20;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const oneOf = <T extends string>(v: string | undefined, list: readonly T[]) => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);
const areaKeys = Object.keys(searchAreas) as SearchArea[];
const areaOf = (type: StaffSearchHit["type"]) => areaKeys.find((a) => (searchAreas[a] as readonly string[]).includes(type))!;

/** Where a hit is edited on the staff side. */
function staffHref(hit: StaffSearchHit): string {
  switch (hit.type) {
    case "goal":
      return `/staff/strategy/goals/${hit.id}`;
    case "priority":
      return `/staff/strategy/priorities/${hit.id}`;
    case "measure":
      return `/staff/strategy/measures/${hit.id}`;
    case "update":
      return `/staff/strategy/measures/${hit.measureId}#update-${hit.id}`;
    case "indicator":
      return `/staff/strategy/indicators/${hit.id}`;
    case "euProject":
      return `/staff/funding/projects/${hit.id}`;
    case "network":
      return `/staff/networks/${hit.id}`;
    case "action":
      return `/staff/advocacy/activities/${hit.id}`;
    case "ask":
      return `/staff/advocacy/asks/${hit.id}`;
  }
}

/**
 * One search box across the areas for staff: drafts and internal items
 * included (everyone who may read internal data may find them), archived ones
 * not. The same search as the public one (db/queries/public/search.ts) over
 * the working copies; filtered, ranked and paged in SQL; every search is a
 * shareable address.
 */
export default async function StaffSearchPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, db } = await staffPage(params, "internal.read");
  const sp = await searchParams;
  const q = one(sp.q)?.slice(0, 200) ?? "";
  const area = oneOf(one(sp.area), areaKeys);
  const type = oneOf(one(sp.type), searchTypes);
  const t = await getTranslations("staffSearch");
  const tTypes = await getTranslations("publicSearch.types");
  const tAreas = await getTranslations("areas");
  const tStaff = await getTranslations("staff");
  const asked = Boolean(q || area || type);
  const filter = { q, type, types: area ? searchAreas[area] : undefined, perPage: PER_PAGE };
  let page = requestedPage(sp.page);
  let found = asked ? await searchStaff(db, { ...filter, page }) : { hits: [], total: 0 };
  // A page past the end (a stale link) shows the first page.
  if (asked && page > 1 && found.hits.length === 0) found = await searchStaff(db, { ...filter, page: (page = 1) });
  const { pages } = pageWithin(page, found.total, PER_PAGE);
  const from = found.total === 0 ? 0 : (page - 1) * PER_PAGE + 1;
  const query = plainQuery(sp);
  const columns: Column<StaffSearchHit>[] = [
    {
      key: "title",
      header: t("item"),
      rowHeader: true,
      cell: (h) => (
        <>
          <Link href={staffHref(h)} lang={langOf(h.title, locale)}>
            {pick(h.title, locale) || "–"}
          </Link>
          {h.type === "update" && h.summary ? (
            <p className="mt-1 line-clamp-2 font-normal" lang={langOf(h.summary, locale)}>
              {pick(h.summary, locale)}
            </p>
          ) : null}
        </>
      ),
    },
    { key: "type", header: t("type"), cell: (h) => tTypes(h.type) },
    { key: "area", header: t("area"), cell: (h) => tAreas(`${areaOf(h.type)}.title`) },
    { key: "state", header: tStaff("reviewState"), cell: (h) => (h.reviewState ? tStaff(h.reviewState as "draft" | "pending" | "returned" | "published") : t("unknown")) },
    { key: "visibility", header: tStaff("visibility"), cell: (h) => (h.internal ? <strong>{t("internal")}</strong> : tStaff("public")) },
  ];
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      <FilterForm label={t("title")} clearHref={PATH}>
        <FilterText name="q" label={t("query")} value={q || undefined} hint={t("queryHint")} wide />
        <FilterSelect name="area" label={t("area")} value={area} options={areaKeys.map((a) => ({ value: a, label: tAreas(`${a}.title`) }))} />
        <FilterSelect name="type" label={t("type")} value={type} options={searchTypes.map((s) => ({ value: s, label: tTypes(s) }))} />
      </FilterForm>
      {asked ? (
        <Section id="staff-search-results" className="" title={t("results", { count: found.total })}>
          <DataTable caption={t("caption")} columns={columns} rows={found.hits} rowKey={(h) => `${h.type}-${h.id}`} empty={t("none")} />
          <Pager path={PATH} query={query} page={page} pages={pages} total={found.total} from={from} to={from === 0 ? 0 : from + found.hits.length - 1} />
        </Section>
      ) : (
        <p>{t("hint")}</p>
      )}
    </>
  );
}
