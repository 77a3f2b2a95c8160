import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { LocalizedText } from "../../schema/common";
import { rowsOf } from "../../rows";
import type { Bucket } from "@/lib/networks/portfolio";
import { activeStatuses, membershipStatuses, networkTypes, type MembershipStatus } from "@/lib/networks/status";
import { getNetworkFormOptions } from "./staff";
import { latestRecommendations } from "./reviews";

/** How many networks the portfolio names in each list (the largest fees, each status, each country); the rest are counted. */
export const PORTFOLIO_SHOWN = 20;

type BucketRow = { dim: string; key: string; currency: string; networks: number; fees: string | number | null; tenths: number };
type NamedRow = { id: string; name: LocalizedText; status: MembershipStatus; fee: string | number | null; currency: string; grp: string; total: number };

const active = sql.raw(`(${activeStatuses.map((s) => `'${s}'`).join(", ")})`);

/**
 * The portfolio's figures, computed in SQL (GROUP BY, window functions): what
 * the networks the city takes part in (member, observer, leaving) cost in
 * fees (exact cents, per currency) and staff time (tenths of a day), by type,
 * priority and unit; every network by status; and, for the lists, only the
 * networks shown — the largest fees, the first names per status and per
 * partner-city country — with counts of the rest. The same sums as
 * `portfolioTotals` (lib/networks/portfolio.ts) over all rows
 * (tests/networks/portfolio-sql.test.ts), at the cost of the groups, not of the rows.
 */
export async function getPortfolio(db: Db) {
  const live = sql`n.archived_at is null`;
  const tenths = sql`coalesce(trunc(n.staff_days * 10), 0)::int`;
  const grouped = (dim: string, key: ReturnType<typeof sql>, from: ReturnType<typeof sql>, where: ReturnType<typeof sql>) =>
    sql`select ${dim}::text as dim, ${key} as key, n.fee_currency as currency, count(*)::int as networks, sum(n.annual_fee_cents) as fees, sum(${tenths})::int as tenths
        from ${from} where ${live} and ${where} group by 1, 2, 3`;
  const networksOnly = sql`networks n`;
  const isActive = sql`n.status::text in ${active}`;
  const [buckets, payingRows, statusRows, cityRows, options, latest] = await Promise.all([
    db.execute(sql`${grouped("total", sql`'total'`, networksOnly, isActive)}
      union all ${grouped("type", sql`n.type::text`, networksOnly, isActive)}
      union all ${grouped("unit", sql`coalesce(n.responsible_unit_id::text, 'none')`, networksOnly, isActive)}
      union all ${grouped("priority", sql`np.priority_id::text`, sql`networks n join network_priorities np on np.network_id = n.id`, isActive)}
      union all ${grouped("status", sql`n.status::text`, networksOnly, sql`true`)}`),
    // The chart: the largest fees in euros, and those in other currencies (never added to euros).
    db.execute(sql`select * from (
        select n.id::text as id, n.name, n.status::text as status, n.annual_fee_cents as fee, n.fee_currency as currency,
          case when n.fee_currency = 'EUR' then 'EUR' else 'other' end as grp,
          (count(*) over (partition by n.fee_currency = 'EUR'))::int as total,
          row_number() over (partition by n.fee_currency = 'EUR' order by n.annual_fee_cents desc, n.name->>'fi', n.id) as rn
        from networks n where ${live} and ${isActive} and n.annual_fee_cents > 0) x
      where rn <= ${PORTFOLIO_SHOWN} order by grp, rn`),
    db.execute(sql`select * from (
        select n.id::text as id, n.name, n.status::text as status, null as fee, n.fee_currency as currency, n.status::text as grp,
          (count(*) over (partition by n.status))::int as total,
          row_number() over (partition by n.status order by lower(n.name->>'fi'), n.id) as rn
        from networks n where ${live}) x
      where rn <= ${PORTFOLIO_SHOWN} order by grp, rn`),
    db.execute(sql`select * from (
        select n.id::text as id, n.name, n.status::text as status, null as fee, n.fee_currency as currency, coalesce(n.country_code, '') as grp,
          (count(*) over (partition by coalesce(n.country_code, '')))::int as total,
          row_number() over (partition by coalesce(n.country_code, '') order by lower(n.name->>'fi'), n.id) as rn
        from networks n where ${live} and n.type = 'bilateral') x
      where rn <= ${PORTFOLIO_SHOWN} order by grp, rn`),
    getNetworkFormOptions(db),
    latestRecommendations(db),
  ]);

  const bucket = (key: string): Bucket => ({ key, networks: 0, fees: {}, staffTenths: 0 });
  const total = bucket("total");
  const byType = new Map<string, Bucket>(networkTypes.map((t) => [t, bucket(t)]));
  const byPriority = new Map<string, Bucket>();
  const byUnit = new Map<string, Bucket>();
  const byStatus = new Map<string, Bucket>(membershipStatuses.map((s) => [s, bucket(s)]));
  const maps: Record<string, Map<string, Bucket>> = { type: byType, priority: byPriority, unit: byUnit, status: byStatus };
  for (const r of rowsOf<BucketRow>(buckets)) {
    const map = maps[r.dim];
    const b = map ? (map.get(r.key) ?? map.set(r.key, bucket(r.key)).get(r.key)!) : total;
    b.networks += Number(r.networks);
    b.staffTenths += Number(r.tenths);
    if (r.fees !== null) b.fees[r.currency] = (b.fees[r.currency] ?? 0) + Number(r.fees);
  }

  const named = (rows: NamedRow[]) => {
    const groups = new Map<string, { total: number; networks: { id: string; name: LocalizedText; status: MembershipStatus; annualFeeCents: number | null; feeCurrency: string }[] }>();
    for (const r of rows) {
      const g = groups.get(r.grp) ?? groups.set(r.grp, { total: Number(r.total), networks: [] }).get(r.grp)!;
      g.networks.push({ id: r.id, name: r.name, status: r.status, annualFeeCents: r.fee === null ? null : Number(r.fee), feeCurrency: r.currency });
    }
    return groups;
  };
  const paying = named(rowsOf<NamedRow>(payingRows));
  const statuses = named(rowsOf<NamedRow>(statusRows));
  return {
    totals: { total, byType: [...byType.values()], byPriority, byUnit: [...byUnit.values()], byStatus: [...byStatus.values()] },
    /** The largest euro fees (`networks`, `total` of all paying in euros) and fees in other currencies. */
    payingEur: paying.get("EUR") ?? { total: 0, networks: [] },
    payingOther: paying.get("other") ?? { total: 0, networks: [] },
    /** Per status: how many, and the first names. */
    namesByStatus: statuses,
    /** Partner cities (bilateral) per country code ("" = not known): how many, and the first names. */
    partnerCitiesByCountry: [...named(rowsOf<NamedRow>(cityRows)).entries()].map(([country, g]) => ({ country, ...g })),
    units: options.units,
    priorities: options.priorities,
    latest,
  };
}
