import { addFee, daysToTenths, type FeeTotals } from "./amounts";
import { activeStatuses, membershipStatuses, networkTypes, type MembershipStatus, type NetworkType } from "./status";

export type PortfolioNetwork = {
  id: string;
  type: NetworkType;
  status: MembershipStatus;
  countryCode: string | null;
  annualFeeCents: number | null;
  feeCurrency: string;
  staffDays: string | null;
  responsibleUnitId: string | null;
  priorityIds: string[];
};

export type Bucket = { key: string; networks: number; fees: FeeTotals; staffTenths: number };

const bucket = (key: string): Bucket => ({ key, networks: 0, fees: {}, staffTenths: 0 });
function add(b: Bucket, n: PortfolioNetwork) {
  b.networks++;
  addFee(b.fees, n.annualFeeCents, n.feeCurrency);
  b.staffTenths += daysToTenths(n.staffDays);
}

/**
 * The portfolio's cost: fees (exact cents, per currency) and staff time of
 * the networks the city currently takes part in (member, observer, leaving),
 * by type, by priority and by unit; and every network by status. A network
 * serving two priorities counts under both, so the priority rows may add up
 * to more than the total.
 */
export function portfolioTotals(all: PortfolioNetwork[]) {
  const active = all.filter((n) => activeStatuses.includes(n.status));
  const total = bucket("total");
  const byType = new Map<string, Bucket>(networkTypes.map((t) => [t, bucket(t)]));
  const byPriority = new Map<string, Bucket>();
  const byUnit = new Map<string, Bucket>();
  for (const n of active) {
    add(total, n);
    add(byType.get(n.type)!, n);
    for (const p of n.priorityIds) add(byPriority.get(p) ?? byPriority.set(p, bucket(p)).get(p)!, n);
    const unit = n.responsibleUnitId ?? "none";
    add(byUnit.get(unit) ?? byUnit.set(unit, bucket(unit)).get(unit)!, n);
  }
  const byStatus = new Map<string, Bucket>(membershipStatuses.map((s) => [s, bucket(s)]));
  for (const n of all) add(byStatus.get(n.status)!, n);
  const partnerCities = all.filter((n) => n.type === "bilateral");
  const byCountry = new Map<string, PortfolioNetwork[]>();
  for (const n of partnerCities) {
    const c = n.countryCode ?? "";
    byCountry.set(c, [...(byCountry.get(c) ?? []), n]);
  }
  return {
    total,
    byType: [...byType.values()],
    byPriority,
    byUnit: [...byUnit.values()],
    byStatus: [...byStatus.values()],
    partnerCitiesByCountry: [...byCountry.entries()].map(([country, list]) => ({ country, networks: list })),
  };
}

export type Portfolio = ReturnType<typeof portfolioTotals>;
