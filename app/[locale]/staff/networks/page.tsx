import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { NetworksNav } from "@/components/networks/NetworksNav";
import { getDb } from "@/db/client";
import { getNetworkFormOptions, listNetworksForStaff } from "@/db/queries/networks/staff";
import { requirePage } from "@/lib/auth/guards";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { daysToTenths, formatCents, formatDays } from "@/lib/networks/amounts";
import { membershipStatuses, networkTypes } from "@/lib/networks/status";
import { mayEditNetwork } from "@/lib/networks/write";
import { canAny } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";

type Search = { q?: string; type?: string; status?: string; unit?: string; priority?: string; state?: string };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The registry: every network with filters, for staff. */
export default async function NetworksPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePage(locale, "internal.read");
  const sp = await searchParams;
  const filters: Search = { q: one(sp.q), type: one(sp.type), status: one(sp.status), unit: one(sp.unit), priority: one(sp.priority), state: one(sp.state) };
  const t = await getTranslations("networks");
  const tStaff = await getTranslations("staff");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [rows, options] = await Promise.all([
    listNetworksForStaff(db, { q: filters.q, type: filters.type, status: filters.status, unitId: filters.unit, priorityId: filters.priority, state: filters.state }),
    getNetworkFormOptions(db),
  ]);
  const unitName = new Map(options.units.map((u) => [u.id, pick(u.name, locale)]));
  const mayCreate = canAny(user.role, ["networks.manage", "networks.editOwn"]);
  const select = (name: keyof Search, label: string, opts: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="field-label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ""} className="field-input">
        <option value="">{tCommon("all")}</option>
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <NetworksNav current="registry" />
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      {mayCreate ? (
        <p className="mb-6">
          <Link href="/staff/networks/new" className="btn">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <form method="get" className="mb-6 grid gap-4 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-3" role="search" aria-label={t("filters.label")}>
        <div>
          <label htmlFor="filter-q" className="field-label">
            {t("filters.q")}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className="field-input" />
        </div>
        {select("type", t("fields.type"), networkTypes.map((v) => ({ value: v, label: t(`types.${v}`) })))}
        {select("status", t("fields.status"), membershipStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) })))}
        {select("unit", t("fields.unit"), options.units.map((u) => ({ value: u.id, label: pick(u.name, locale) })))}
        {select("priority", t("fields.priority"), options.priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) })))}
        {select("state", tStaff("reviewState"), ["draft", "pending", "returned", "published"].map((v) => ({ value: v, label: tStaff(v) })))}
        <div className="flex items-end gap-3">
          <button type="submit" className="btn">
            {tCommon("filter")}
          </button>
          <Link href="/staff/networks" className="btn btn-secondary">
            {tCommon("clear")}
          </Link>
        </div>
      </form>
      <p role="status" className="mb-2 font-semibold">
        {t("count", { count: rows.length })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-body-s">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t("fields.name")}</th>
              <th scope="col" className="p-2">{t("fields.type")}</th>
              <th scope="col" className="p-2">{t("fields.status")}</th>
              <th scope="col" className="p-2 text-right">{t("fields.annualFee")}</th>
              <th scope="col" className="p-2 text-right">{t("fields.staffDays")}</th>
              <th scope="col" className="p-2">{t("fields.unit")}</th>
              <th scope="col" className="p-2">{tStaff("reviewState")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <tr key={n.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-semibold">
                  <Link href={`/staff/networks/${n.id}`}>{pick(n.name, locale)}</Link>
                  {mayEditNetwork(user, n) && user.role === "editor" ? <span className="ml-2 bg-engel-light px-1 font-normal">{t("yours")}</span> : null}
                </th>
                <td className="p-2">{t(`types.${n.type}`)}</td>
                <td className="p-2">
                  <MembershipBadge status={n.status} label={t(`statuses.${n.status}`)} />
                  <span className="block text-muted">{t("since", { date: formatFlexibleDate(n.statusSince, "day", locale) })}</span>
                </td>
                <td className="p-2 text-right whitespace-nowrap">{n.annualFeeCents === null ? "–" : formatCents(n.annualFeeCents, n.feeCurrency, locale)}</td>
                <td className="p-2 text-right">{n.staffDays ? formatDays(daysToTenths(n.staffDays), locale) : "–"}</td>
                <td className="p-2">{n.responsibleUnitId ? unitName.get(n.responsibleUnitId) : ""}</td>
                <td className="p-2">{tStaff(n.reviewState)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
