import { getTranslations } from "next-intl/server";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Subnav } from "@/components/ui/Subnav";
import { DataTable } from "@/components/ui/DataTable";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { getNetworkFormOptions, networkSorts, pageNetworksForStaff } from "@/db/queries/networks/staff";
import { pick } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { labelOnce } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/routing";
import { daysToTenths, formatDays } from "@/lib/networks/amounts";
import { formatMoney } from "@/lib/money";
import { membershipStatuses, networkTypes } from "@/lib/networks/status";
import { mayEditNetwork } from "@/lib/networks/write";
import { plainQuery, requestedPage, requestedSort, sortParam } from "@/lib/paging";
import { canAny } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { isUuid } from "@/lib/ids";
import { staffPage } from "@/lib/auth/staff-page";

const PATH = "/staff/networks";
const states = ["draft", "pending", "returned", "published"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const oneOf = <T extends string>(v: string | undefined, list: readonly T[]) => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/** The registry: networks filtered, sorted and paged in SQL, for staff. */
export default async function NetworksPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const sp = await searchParams;
  const id = (v: string | undefined) => (v && isUuid(v) ? v : undefined);
  const filters = {
    q: one(sp.q)?.slice(0, 200),
    type: oneOf(one(sp.type), networkTypes),
    status: oneOf(one(sp.status), membershipStatuses),
    unitId: id(one(sp.unit)),
    priorityId: id(one(sp.priority)),
    state: oneOf(one(sp.state), states),
  };
  const sort = requestedSort(sp.sort, networkSorts, { key: "name", desc: false });
  const t = await getTranslations("networks");
  const tStaff = await getTranslations("staff");
  const [list, options] = await Promise.all([pageNetworksForStaff(db, filters, { page: requestedPage(sp.page), sort, locale, contacts: user.role === "editor" }), getNetworkFormOptions(db)]);
  const unitName = new Map(options.units.map((u) => [u.id, pick(u.name, locale)]));
  const mayCreate = canAny(user.role, ["networks.manage", "networks.editOwn"]);
  const query = plainQuery(sp);
  // Row links are plain anchors (no client component per row) and every label is looked up once per page, not per row.
  const base = getPathname({ href: PATH, locale });
  const yours = t("yours");
  const typeLabel = labelOnce((v: string) => t(`types.${v}`));
  const statusLabel = labelOnce((v: string) => t(`statuses.${v}`));
  const reviewLabel = labelOnce((v: string) => tStaff(v));
  const sinceUnknown = t("sinceUnknown");

  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <Subnav area="networks" current="registry" />
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      {mayCreate ? (
        <p className="mb-6">
          <Link href="/staff/networks/new" className="btn">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t("filters.label")} clearHref={PATH} sort={sort.key === "name" && !sort.desc ? undefined : sortParam(sort)}>
        <FilterText name="q" label={t("filters.q")} value={filters.q} />
        <FilterSelect name="type" label={t("fields.type")} value={filters.type} options={networkTypes.map((v) => ({ value: v, label: t(`types.${v}`) }))} />
        <FilterSelect name="status" label={t("fields.status")} value={filters.status} options={membershipStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) }))} />
        <FilterSelect name="unit" label={t("fields.unit")} value={filters.unitId} options={options.units.map((u) => ({ value: u.id, label: pick(u.name, locale) }))} />
        <FilterSelect name="priority" label={t("fields.priority")} value={filters.priorityId} options={options.priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) }))} />
        <FilterSelect name="state" label={tStaff("reviewState")} value={filters.state} options={states.map((v) => ({ value: v, label: tStaff(v) }))} />
      </FilterForm>
      <p className="mb-2 font-semibold">{t("count", { count: list.total })}</p>
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(n) => n.id}
        sort={sort}
        path={PATH}
        query={query}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            sortKey: "name",
            rowHeader: true,
            cell: (n) => (
              <>
                <a href={`${base}/${n.id}`}>{pick(n.name, locale)}</a>
                {user.role === "editor" && mayEditNetwork(user, n) ? <span className="ml-2 bg-engel-light px-1 font-normal">{yours}</span> : null}
              </>
            ),
          },
          { key: "type", header: t("fields.type"), sortKey: "type", cell: (n) => typeLabel(n.type) },
          {
            key: "status",
            header: t("fields.status"),
            sortKey: "status",
            cell: (n) => (
              <>
                <MembershipBadge status={n.status} label={statusLabel(n.status)} />
                <span className="block text-muted">{n.statusSince ? t("since", { date: formatFlexibleDate(n.statusSince, n.statusSincePrecision, locale) }) : sinceUnknown}</span>
              </>
            ),
          },
          { key: "fee", header: t("fields.annualFee"), sortKey: "fee", className: "text-right whitespace-nowrap", cell: (n) => formatMoney(n.annualFeeCents, locale, { currency: n.feeCurrency, unknown: "–" }) },
          { key: "days", header: t("fields.staffDays"), sortKey: "days", className: "text-right", cell: (n) => (n.staffDays ? formatDays(daysToTenths(n.staffDays), locale) : "–") },
          { key: "unit", header: t("fields.unit"), cell: (n) => (n.responsibleUnitId ? unitName.get(n.responsibleUnitId) : "") },
          { key: "review", header: tStaff("reviewState"), cell: (n) => reviewLabel(n.reviewState) },
        ]}
      />
      <Pager path={PATH} query={query} page={list.page} pages={list.pages} total={list.total} from={list.from} to={list.to} />
    </>
  );
}
