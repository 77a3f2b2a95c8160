import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { networkContacts, networkParticipation, networkPriorities, networkRoles, networks, networkStatusChanges, type Network } from "@/db/schema";
import { networkSnapshot } from "@/db/queries/networks/snapshots";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { localizedFrom, type networkCreateInput, type networkUpdateInput } from "@/lib/networks/input";
import { NETWORK, stateAfterSave } from "@/lib/networks/write";
import { can, type Actor } from "@/lib/permissions";
import type { FlexibleDate, Precision } from "@/lib/strategy/dates";
import { publishRow, returnRow, versionedRows, type PublishableTable } from "@/lib/publishing";

/** The networks' writes: the actions validate and authorise, then call these inside their transaction. */
export const networksTable = networks as unknown as PublishableTable;

/** The network's own columns from the create or edit form (also what "changed fields" compares). */
export function networkColumns(input: z.output<typeof networkUpdateInput> | z.output<typeof networkCreateInput>) {
  return {
    name: localizedFrom(input, "name") ?? { fi: input.name_fi },
    description: localizedFrom(input, "description"),
    type: input.type,
    website: input.website,
    countryCode: input.countryCode,
    annualFeeCents: input.annualFee,
    feeCurrency: input.feeCurrency,
    staffDays: input.staffDays,
    responsibleUnitId: input.responsibleUnitId,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    internalNotes: input.internalNotes,
  };
}
type NetworkColumns = ReturnType<typeof networkColumns>;

/** The network's contact persons and priorities, replaced by these (duplicates dropped). */
export async function replaceNetworkLinks(tx: Tx, id: string, contactIds: string[], priorityIds: string[]) {
  await tx.delete(networkContacts).where(eq(networkContacts.networkId, id));
  await tx.delete(networkPriorities).where(eq(networkPriorities.networkId, id));
  const contacts = [...new Set(contactIds)];
  const prios = [...new Set(priorityIds)];
  if (contacts.length) await tx.insert(networkContacts).values(contacts.map((userId) => ({ networkId: id, userId })));
  if (prios.length) await tx.insert(networkPriorities).values(prios.map((priorityId) => ({ networkId: id, priorityId })));
}

export async function networkPriorityIds(tx: Tx, id: string): Promise<string[]> {
  return (await tx.select({ priorityId: networkPriorities.priorityId }).from(networkPriorities).where(eq(networkPriorities.networkId, id))).map((p) => p.priorityId);
}

/** A new network with its first status change; the links are added by replaceNetworkLinks. */
export async function insertNetwork(tx: Tx, columns: NetworkColumns, status: Network["status"], since: FlexibleDate | null, actor: Actor): Promise<Network> {
  const statusSince = since?.date ?? null;
  const statusSincePrecision = since?.precision ?? "day";
  const [row] = await tx
    .insert(networks)
    .values({ ...columns, status, statusSince, statusSincePrecision, reviewState: stateAfterSave(actor), createdBy: actor.id, updatedBy: actor.id })
    .returning();
  if (!row) throw new Error("network not created");
  await tx.insert(networkStatusChanges).values({ networkId: row.id, status, changedOn: statusSince, changedOnPrecision: statusSincePrecision, createdBy: actor.id });
  return row;
}

const networkRows = versionedRows<Network>(networks, NETWORK);

/**
 * Save over the working copy, version-checked from the version the form was
 * based on: the edit form's columns, or a change to the network's parts
 * (status, roles) with the columns it moves (none for a role). An editor's
 * save waits for review again.
 */
export function saveNetwork(tx: Tx, network: Network, expectedVersion: number, actor: Actor, values: Record<string, unknown> = {}) {
  return networkRows.save(tx, network, expectedVersion, { ...values, reviewState: stateAfterSave(actor), reviewComment: null }, actor);
}

export function returnNetworkRow(tx: Tx, row: Network, expectedVersion: number, comment: string, actor: Actor, audit: AuditFn) {
  return returnRow({ tx, table: networksTable, entityType: NETWORK, row, expectedVersion, comment, actor, audit });
}

/** Archive with the shared workflow (its history entry included). */
export const archiveNetworkRow = networkRows.archive;

/** Refuse a name (in any language) that another network already uses, whatever the case. */
export async function assertUniqueName(tx: Tx, name: { fi: string; sv?: string; en?: string }, exceptId: string | null) {
  for (const lang of ["fi", "sv", "en"] as const) {
    const value = name[lang]?.trim();
    if (!value) continue;
    const clash = await tx
      .select({ id: networks.id })
      .from(networks)
      .where(
        and(
          sql`lower(btrim(${networks.name}->>${lang})) = lower(${value})`,
          exceptId ? ne(networks.id, exceptId) : undefined,
        ),
      )
      .limit(1);
    if (clash.length) throw invalidField(`name_${lang}`, "networkNameTaken");
  }
}

/** The public snapshot of a network as it stands in this transaction. */
export async function snapshotOf(tx: Tx, network: Network) {
  const [roles, links] = await Promise.all([
    tx.select().from(networkRoles).where(eq(networkRoles.networkId, network.id)),
    tx.select({ priorityId: networkPriorities.priorityId }).from(networkPriorities).where(eq(networkPriorities.networkId, network.id)),
  ]);
  return networkSnapshot(network, { roles, priorityIds: links.map((l) => l.priorityId) });
}

/**
 * Publish the network's working copy (coordinators and admins). From the
 * review page or the network's page, `expectedVersion` is the version the
 * reviewer saw: a later save answers "changed by …" before anything else.
 */
export async function publishNetworkRow(tx: Tx, network: Network, actor: Actor, audit: AuditFn, expectedVersion = network.version) {
  if (!can(actor.role, "content.publish")) throw new ActionError("forbidden");
  // The row is locked: another version than its own can only answer the conflict.
  if (expectedVersion !== network.version) await networkRows.save(tx, network, expectedVersion, {}, actor);
  const snapshot = await snapshotOf(tx, network);
  return publishRow({
    tx,
    table: networksTable,
    entityType: NETWORK,
    row: network,
    expectedVersion: network.version,
    snapshot,
    texts: { name_sv: network.name },
    requiredTexts: ["name_sv"],
    actor,
    audit,
  });
}

// ---- the network's parts: status history, roles, participation log ----

/** The dates of the network's status history (null = a change whose date is not known). */
export async function statusChangeDays(tx: Tx, networkId: string): Promise<(string | null)[]> {
  return (await tx.select({ changedOn: networkStatusChanges.changedOn }).from(networkStatusChanges).where(eq(networkStatusChanges.networkId, networkId))).map((e) => e.changedOn);
}

export async function insertStatusChange(tx: Tx, values: { networkId: string; status: Network["status"]; changedOn: string | null; changedOnPrecision: Precision; note: string | null; createdBy: string }) {
  await tx.insert(networkStatusChanges).values(values);
}

export async function insertNetworkRole(tx: Tx, values: typeof networkRoles.$inferInsert) {
  return (await tx.insert(networkRoles).values(values).returning())[0];
}

/** Delete one of this network's roles; undefined when it is not there. */
export async function deleteNetworkRole(tx: Tx, networkId: string, roleId: string) {
  return (await tx.delete(networkRoles).where(and(eq(networkRoles.id, roleId), eq(networkRoles.networkId, networkId))).returning())[0];
}

export async function insertParticipation(tx: Tx, values: typeof networkParticipation.$inferInsert) {
  return (await tx.insert(networkParticipation).values(values).returning())[0];
}

/** Delete one of this network's participation entries; undefined when it is not there. */
export async function deleteParticipation(tx: Tx, networkId: string, entryId: string) {
  return (await tx.delete(networkParticipation).where(and(eq(networkParticipation.id, entryId), eq(networkParticipation.networkId, networkId))).returning())[0];
}
