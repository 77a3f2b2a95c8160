import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { networkPriorities, networkRoles, networks, networkStatusChanges, units, type Network } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import { networksTable } from "./write";

/** The CSV import's reads and writes (app/[locale]/staff/networks/transfer/actions.ts calls these in its transaction). */

/** Unit ids by upper-case code. */
export async function unitIdsByCode(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.select({ id: units.id, code: units.code }).from(units);
  return new Map(rows.map((u) => [u.code.toUpperCase(), u.id]));
}

/** Which existing network a row updates: by id when given, else by its Finnish name (locked). */
export async function lockNetworkByIdOrName(tx: Tx, id: string | null, nameFi: string): Promise<Network | null> {
  const where = id ? eq(networks.id, id) : sql`lower(btrim(${networks.name}->>'fi')) = lower(${nameFi.trim()})`;
  const [found] = await tx.select().from(networks).where(where).for("update");
  return found ?? null;
}

/** Does another network (not `exceptId`) use this name in this language, whatever the case? */
export async function networkNameTaken(tx: Tx, lang: "fi" | "sv" | "en", value: string, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: networks.id })
    .from(networks)
    .where(sql`lower(btrim(${networks.name}->>${lang})) = lower(${value.trim()}) ${exceptId ? sql`and ${networks.id} <> ${exceptId}` : sql``}`)
    .limit(1);
  return Boolean(clash);
}

type ImportedColumns = Omit<typeof networks.$inferInsert, "id" | "reviewState" | "createdBy" | "updatedBy">;

/** A network from the file: a draft with its first status change (note "CSV") and its priorities. */
export async function insertImportedNetwork(tx: Tx, values: ImportedColumns & { status: Network["status"] }, priorityIds: string[], actor: Actor) {
  const [created] = await tx.insert(networks).values({ ...values, reviewState: "draft", createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!created) throw new Error("network not created");
  await tx.insert(networkStatusChanges).values({ networkId: created.id, status: values.status, changedOn: values.statusSince ?? null, changedOnPrecision: values.statusSincePrecision, note: "CSV", createdBy: actor.id });
  if (priorityIds.length) await tx.insert(networkPriorities).values(priorityIds.map((priorityId) => ({ networkId: created.id, priorityId })));
  return created;
}

/** The network's priority ids, sorted. */
export async function sortedNetworkPriorityIds(tx: Tx, networkId: string): Promise<string[]> {
  return (await tx.select().from(networkPriorities).where(eq(networkPriorities.networkId, networkId))).map((p) => p.priorityId).sort();
}

/** Save a row of the file over an existing network (version-checked, back to draft); a new status change when the status moved. */
export async function saveImportedNetwork(
  tx: Tx,
  existing: Network,
  values: ImportedColumns & { status: Network["status"] },
  statusChanged: boolean,
  priorityIds: string[],
  actor: Actor,
) {
  const updated = await updateVersioned<Network>(tx, networksTable, existing.id, existing.version, { ...values, reviewState: "draft", reviewComment: null }, actor);
  if (statusChanged) await tx.insert(networkStatusChanges).values({ networkId: existing.id, status: values.status, changedOn: values.statusSince ?? null, changedOnPrecision: values.statusSincePrecision, note: "CSV", createdBy: actor.id });
  await tx.delete(networkPriorities).where(eq(networkPriorities.networkId, existing.id));
  if (priorityIds.length) await tx.insert(networkPriorities).values(priorityIds.map((priorityId) => ({ networkId: existing.id, priorityId })));
  return updated;
}

export type NetworkRoleRow = typeof networkRoles.$inferSelect;

/** The network's roles (the import matches the file's roles column to these). */
export async function networkRolesOf(tx: Tx, networkId: string): Promise<NetworkRoleRow[]> {
  return tx.select().from(networkRoles).where(eq(networkRoles.networkId, networkId));
}

/** Replace the network's roles with the file's (matched roles keep their ids). */
export async function replaceNetworkRoles(tx: Tx, networkId: string, roles: Omit<typeof networkRoles.$inferInsert, "networkId">[]) {
  await tx.delete(networkRoles).where(eq(networkRoles.networkId, networkId));
  if (roles.length) await tx.insert(networkRoles).values(roles.map((r) => ({ ...r, networkId })));
}
