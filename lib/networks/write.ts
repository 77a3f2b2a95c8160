import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { networkPriorities, networkRoles, networks, type Network } from "@/db/schema";
import { networkSnapshot } from "@/db/queries/networks/snapshots";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import { publishRow, updateVersioned, type PublishableTable } from "@/lib/publishing";

export const NETWORK = "network";
export const networksTable = networks as unknown as PublishableTable;

/** Editors and coordinators: may this person edit this network (own unit or contact person)? */
export const mayEditNetwork = (actor: Actor, n: { responsibleUnitId: string | null; contactIds: readonly string[] }) =>
  canEditOwned(actor, { unitId: n.responsibleUnitId, contactIds: n.contactIds }, "networks.manage", "networks.editOwn");

/** The review state a save leaves behind: an editor's change waits for a coordinator. */
export const stateAfterSave = (actor: Actor) => (can(actor.role, "content.publish") ? "draft" : "pending");

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

/** Publish the network's working copy (coordinators and admins). */
export async function publishNetworkRow(tx: Tx, network: Network, actor: Actor, audit: AuditFn) {
  if (!can(actor.role, "content.publish")) throw new ActionError("forbidden");
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

/**
 * Record a change to a network's parts (status, roles, priorities): bump the
 * version from the one the form was based on (lost-update guard) and mark
 * the working copy as changed.
 */
export async function touchNetwork(tx: Tx, network: { id: string }, expectedVersion: number, actor: Actor, values: Record<string, unknown> = {}) {
  return updateVersioned<Network>(tx, networksTable, network.id, expectedVersion, { ...values, reviewState: stateAfterSave(actor), reviewComment: null }, actor);
}

/** A translatable text with its languages in a fixed order, so that jsonb's key order never shows up as a change. */
export function canonicalText<T extends Record<string, unknown> | null | undefined>(text: T): T {
  if (!text) return text;
  return Object.fromEntries(Object.entries(text).sort(([a], [b]) => a.localeCompare(b))) as T;
}
