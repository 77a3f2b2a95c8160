import type { Network, NetworkRole } from "../../schema";
import { sortRoles } from "@/lib/networks/roles";

/**
 * What the public may see of a network: picked from the working copy when it
 * is published. Internal notes, staff time, contact persons, the decision
 * reference, the participation log and review scores are never copied.
 */
export function networkSnapshot(n: Network, extra: { roles: Pick<NetworkRole, "title" | "body" | "startDate" | "startPrecision" | "endDate" | "endPrecision">[]; priorityIds: string[] }) {
  return {
    name: n.name,
    description: n.description,
    type: n.type,
    website: n.website,
    countryCode: n.countryCode,
    status: n.status,
    statusSince: n.statusSince,
    statusSincePrecision: n.statusSincePrecision,
    annualFeeCents: n.annualFeeCents,
    feeCurrency: n.feeCurrency,
    roles: sortRoles(extra.roles).map((r) => ({ title: r.title, body: r.body ?? null, startDate: r.startDate, startPrecision: r.startPrecision, endDate: r.endDate, endPrecision: r.endPrecision })),
    priorityIds: [...extra.priorityIds].sort(),
  };
}

export type NetworkSnapshot = ReturnType<typeof networkSnapshot>;
