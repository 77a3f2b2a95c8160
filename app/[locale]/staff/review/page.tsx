import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { FilterForm, FilterSelect } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { countMatching, defaultQueueSort, queueAreas, queueSortKeys, queueStates, queueTypes, reviewQueuePage, type QueueItem, type QueueState } from "@/db/queries/review/queue";
import { staffPage } from "@/lib/auth/staff-page";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { plainQuery, requestedPage, requestedSort } from "@/lib/paging";
import { cachedUntilWrite } from "@/lib/summary-cache";

const PATH = "/staff/review";
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const oneOf = <T extends string>(v: string | undefined, list: readonly T[]) => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * The cross-area review queue: every area's items waiting for a decision,
 * unpublished drafts and returned ones — filtered by area, kind and state,
 * sorted and paged in SQL (db/queries/review/queue.ts); every view is a
 * shareable address.
 */
export default async function ReviewQueuePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, db } = await staffPage(params, "content.publish");
  const sp = await searchParams;
  const filter = { area: oneOf(one(sp.area), queueAreas), type: oneOf(one(sp.type), queueTypes), state: oneOf(one(sp.state), queueStates) };
  const sort = requestedSort(sp.sort, queueSortKeys, defaultQueueSort);
  const t = await getTranslations("review");
  const tTypes = await getTranslations("reviewTypes");
  const tAreas = await getTranslations("areas");
  const tStaff = await getTranslations("staff");
  const f = await getFormatter();
  // The same for every reader (everyone here may publish): kept until the next write anywhere.
  const asked = requestedPage(sp.page);
  const { page, counts } = await cachedUntilWrite(`staff-review:${JSON.stringify([filter, asked, sort])}`, () => reviewQueuePage(db, filter, asked, sort));
  const query = plainQuery(sp);
  const stateLabel = (s: QueueState) => tStaff(s);
  const columns: Column<QueueItem>[] = [
    {
      key: "item",
      header: t("item"),
      rowHeader: true,
      sortKey: "title",
      className: "font-normal",
      cell: (i) => {
        const title = pick(i.title, locale);
        return (
          <Link href={`/staff/review/${i.type}/${i.id}`} lang={langOf(i.title, locale)}>
            {title.length > 140 ? `${title.slice(0, 140)}…` : title || "–"}
          </Link>
        );
      },
    },
    { key: "state", header: t("state"), sortKey: "state", cell: (i) => stateLabel(i.state) },
    { key: "type", header: t("type"), cell: (i) => (tTypes.has(i.type) ? tTypes(i.type) : i.type) },
    { key: "area", header: t("area"), cell: (i) => tAreas(`${i.area}.title`) },
    { key: "by", header: t("savedBy"), cell: (i) => i.by ?? "–" },
    { key: "at", header: t("savedAt"), sortKey: "at", cell: (i) => <time dateTime={i.at.toISOString()}>{f.dateTime(i.at, { dateStyle: "short", timeStyle: "short" })}</time> },
  ];
  const n = (x: number) => f.number(x);
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      <p className="mb-4" data-testid="queue-summary">
        {queueStates.map((s) => `${stateLabel(s)}: ${n(countMatching(counts, { state: s }))}`).join(" · ")}
      </p>
      <FilterForm label={t("filterLabel")} clearHref={PATH} sort={sp.sort ? one(sp.sort) : undefined}>
        <FilterSelect name="area" label={t("area")} value={filter.area} options={queueAreas.map((a) => ({ value: a, label: `${tAreas(`${a}.title`)} (${n(countMatching(counts, { area: a }))})` }))} />
        <FilterSelect
          name="type"
          label={t("type")}
          value={filter.type}
          options={queueTypes.map((k) => ({ value: k, label: `${tTypes(k)} (${n(countMatching(counts, { type: k }))})` }))}
        />
        <FilterSelect name="state" label={t("state")} value={filter.state} options={queueStates.map((s) => ({ value: s, label: `${stateLabel(s)} (${n(countMatching(counts, { state: s }))})` }))} />
      </FilterForm>
      <DataTable caption={t("tableCaption")} columns={columns} rows={page.rows} rowKey={(i) => `${i.type}-${i.id}`} sort={sort} path={PATH} query={query} empty={t("empty")} />
      <Pager path={PATH} query={query} page={page.page} pages={page.pages} total={page.total} from={page.from} to={page.to} />
    </>
  );
}
