import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { networks } from "@/db/schema";
import { centsFromDb } from "@/lib/money";
import { activeStatuses } from "@/lib/networks/status";
import { latestRecommendations } from "./reviews";

/**
 * Fees of the networks the city takes part in (the networks area's
 * "active" statuses: member, observer, leaving), by type and currency, as
 * one SQL aggregate; exact cents.
 */
export async function feesByType(db: Db) {
  const rows = await db
    .select({
      type: networks.type,
      currency: networks.feeCurrency,
      networks: sql<number>`count(*)::int`,
      fee: sql<string>`coalesce(sum(${networks.annualFeeCents}), 0)::text`,
    })
    .from(networks)
    .where(and(isNull(networks.archivedAt), inArray(networks.status, [...activeStatuses])))
    .groupBy(networks.type, networks.feeCurrency);
  return rows.map((r) => ({ type: r.type, currency: r.currency, networks: r.networks, feeCents: centsFromDb(r.fee) }));
}

/** The networks part of the dashboard: fees by type, and the latest review's outcome per network (the networks area's own query). */
export async function networksFigures(db: Db) {
  const [fees, latest] = await Promise.all([feesByType(db), latestRecommendations(db)]);
  return {
    feesByType: fees,
    latest: latest && { round: { id: latest.round.id, name: latest.round.name, openedOn: latest.round.openedOn }, items: latest.items },
  };
}
