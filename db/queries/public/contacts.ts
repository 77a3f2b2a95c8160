import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { measureContacts, measures, networkContacts, networks, publicContacts, units, users } from "../../schema";
import type { LocalizedText } from "../../schema/common";

export type PublicContactEntity = "measure" | "network";

/**
 * Public contact persons: only people who chose to be shown (a row in
 * public_contacts) and who are still active contact persons of the item.
 * Name, the title they gave and their unit; e-mail only when they opted in.
 */
export type PublicContact = { name: string; title: LocalizedText | null; unit: LocalizedText | null; email: string | null };

export async function publicContactsOf(db: Db, entityType: PublicContactEntity, entityId: string): Promise<PublicContact[]> {
  const link = entityType === "measure" ? measureContacts : networkContacts;
  const linkItem = entityType === "measure" ? measureContacts.measureId : networkContacts.networkId;
  const rows = await db
    .select({ name: users.name, email: users.email, showEmail: publicContacts.showEmail, title: publicContacts.title, unit: units.name })
    .from(publicContacts)
    .innerJoin(users, eq(users.id, publicContacts.userId))
    .innerJoin(link, and(eq(linkItem, publicContacts.entityId), eq(link.userId, publicContacts.userId)))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(publicContacts.entityType, entityType), eq(publicContacts.entityId, entityId), eq(users.active, true)))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ name: r.name, title: r.title ?? null, unit: r.unit ?? null, email: r.showEmail ? r.email : null }));
}

/** The contact persons of an item (for the action's item check), or null when the item does not exist. */
export async function contactPersonsOf(tx: Tx, entityType: PublicContactEntity, entityId: string): Promise<string[] | null> {
  if (entityType === "measure") {
    const [m] = await tx.select({ id: measures.id }).from(measures).where(eq(measures.id, entityId));
    if (!m) return null;
    return (await tx.select({ userId: measureContacts.userId }).from(measureContacts).where(eq(measureContacts.measureId, entityId))).map((r) => r.userId);
  }
  const [n] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, entityId));
  if (!n) return null;
  return (await tx.select({ userId: networkContacts.userId }).from(networkContacts).where(eq(networkContacts.networkId, entityId))).map((r) => r.userId);
}

/** The measures and networks a person is a contact person of, with their current choice (for the profile page). */
export async function myContactItems(db: Db, userId: string) {
  const [ms, ns, choices] = await Promise.all([
    db.select({ id: measures.id, title: measures.title }).from(measureContacts).innerJoin(measures, eq(measures.id, measureContacts.measureId)).where(eq(measureContacts.userId, userId)).orderBy(asc(measures.sortOrder)),
    db.select({ id: networks.id, title: networks.name }).from(networkContacts).innerJoin(networks, eq(networks.id, networkContacts.networkId)).where(eq(networkContacts.userId, userId)),
    db.select().from(publicContacts).where(eq(publicContacts.userId, userId)),
  ]);
  const choice = (type: PublicContactEntity, id: string) => choices.find((c) => c.entityType === type && c.entityId === id) ?? null;
  return [
    ...ms.map((m) => ({ entityType: "measure" as const, id: m.id, title: m.title, choice: choice("measure", m.id) })),
    ...ns.map((n) => ({ entityType: "network" as const, id: n.id, title: n.title, choice: choice("network", n.id) })),
  ];
}


/**
 * A contact person's own choice for one item: "hidden" removes it, "shown" /
 * "shownWithEmail" creates or updates it. Returns the state before (for the
 * audit record) and the choice row's id (null when there is none).
 */
export async function setOwnPublicContact(
  tx: Tx,
  userId: string,
  entityType: "measure" | "network",
  entityId: string,
  mode: "hidden" | "shown" | "shownWithEmail",
  title: LocalizedText | null,
) {
  const where = and(eq(publicContacts.userId, userId), eq(publicContacts.entityType, entityType), eq(publicContacts.entityId, entityId));
  const [before] = await tx.select().from(publicContacts).where(where).for("update");
  let rowId = before?.id ?? null;
  if (mode === "hidden") {
    if (before) await tx.delete(publicContacts).where(eq(publicContacts.id, before.id));
  } else if (before) {
    await tx.update(publicContacts).set({ showEmail: mode === "shownWithEmail", title, version: before.version + 1, updatedAt: new Date() }).where(eq(publicContacts.id, before.id));
  } else {
    const [row] = await tx.insert(publicContacts).values({ userId, entityType, entityId, showEmail: mode === "shownWithEmail", title }).returning({ id: publicContacts.id });
    rowId = row!.id;
  }
  return { before: before ? { mode: before.showEmail ? "shownWithEmail" : "shown", title: before.title } : { mode: "hidden", title: null }, existed: Boolean(before), rowId };
}
