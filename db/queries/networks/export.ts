import "server-only";
import { asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { networkPriorities, networkRoles, networks, priorities, units } from "../../schema";
import { formatRolesCell } from "@/lib/networks/roles";
import type { NetworkExportRow } from "@/lib/networks/transfer";
import { networkSummaryColumns } from "./staff";

/** Every network that is not archived, as export rows (working copies, internal fields included). */
export async function listNetworksForExport(db: Db): Promise<NetworkExportRow[]> {
  const rows = await db
    .select({
      ...networkSummaryColumns,
      website: networks.website,
      countryCode: networks.countryCode,
      unitCode: units.code,
      decisionNumber: networks.decisionNumber,
      decisionDate: networks.decisionDate,
      internalNotes: networks.internalNotes,
    })
    .from(networks)
    .leftJoin(units, eq(units.id, networks.responsibleUnitId))
    .where(isNull(networks.archivedAt))
    .orderBy(asc(networks.createdAt));
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await db
        .select({ networkId: networkPriorities.networkId, title: priorities.title })
        .from(networkPriorities)
        .innerJoin(priorities, eq(priorities.id, networkPriorities.priorityId))
        .where(inArray(networkPriorities.networkId, ids))
    : [];
  const roles = ids.length ? await db.select().from(networkRoles).where(inArray(networkRoles.networkId, ids)) : [];
  return rows
    .map((r) => ({ ...r, priorityTitles: links.filter((l) => l.networkId === r.id).map((l) => l.title), roles: formatRolesCell(roles.filter((x) => x.networkId === r.id)) }))
    .sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi"));
}
