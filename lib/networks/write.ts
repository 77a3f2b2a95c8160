import { can, canEditOwned, type Actor } from "@/lib/permissions";

/** The rules of a network write; the writes themselves are in db/queries/networks/write.ts. */
export const NETWORK = "network";

/** Editors and coordinators: may this person edit this network (own unit or contact person)? */
export const mayEditNetwork = (actor: Actor, n: { responsibleUnitId: string | null; contactIds: readonly string[] }) =>
  canEditOwned(actor, { unitId: n.responsibleUnitId, contactIds: n.contactIds }, "networks.manage", "networks.editOwn");

/** The review state a save leaves behind: an editor's change waits for a coordinator. */
export const stateAfterSave = (actor: Actor) => (can(actor.role, "content.publish") ? "draft" : "pending");

/** A translatable text with its languages in a fixed order, so that jsonb's key order never shows up as a change. */
export function canonicalText<T extends Record<string, unknown> | null | undefined>(text: T): T {
  if (!text) return text;
  return Object.fromEntries(Object.entries(text).sort(([a], [b]) => a.localeCompare(b))) as T;
}
