import { and, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setPublicContact } from "@/app/[locale]/staff/profile/actions";
import { publicContactsOf } from "@/db/queries/public/contacts";
import { auditLog, measureContacts, measures, networkContacts, networks, publicContacts } from "@/db/schema";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("public contact persons", () => {
  it("shows nobody until a contact person chooses so; then name, title and unit, and the e-mail only when they opt in", async () => {
    const db = await getDb();
    const [measure] = await db.select({ id: measures.id }).from(measures).where(isNotNull(measures.published)).limit(1);
    const editor = await createActor(db, "editor");
    const other = await createActor(db, "editor");
    await db.insert(measureContacts).values({ measureId: measure!.id, userId: editor.id });
    // Being a contact person is not enough to be shown.
    expect((await publicContactsOf(db, "measure", measure!.id)).map((c) => c.name)).not.toContain(editor.name);

    const shown = await setPublicContact.execute(editor, { entityType: "measure", entityId: measure!.id, mode: "shown", titleFi: "Erityisasiantuntija", titleSv: "Specialsakkunnig", titleEn: "" });
    expect(shown.ok).toBe(true);
    let contacts = await publicContactsOf(db, "measure", measure!.id);
    const me = contacts.find((c) => c.name === editor.name)!;
    expect(me.title).toEqual({ fi: "Erityisasiantuntija", sv: "Specialsakkunnig" });
    expect(me.email).toBeNull();
    expect(JSON.stringify(contacts)).not.toContain(editor.email);

    expect((await setPublicContact.execute(editor, { entityType: "measure", entityId: measure!.id, mode: "shownWithEmail", titleFi: "Erityisasiantuntija" })).ok).toBe(true);
    contacts = await publicContactsOf(db, "measure", measure!.id);
    expect(contacts.find((c) => c.name === editor.name)!.email).toBe(editor.email);

    // Audited, with who and what.
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "public_contact"), eq(auditLog.actorId, editor.id)));
    expect(entries.map((e) => e.action)).toEqual(["show", "update"]);

    // Hidden again: nothing shown, the choice removed.
    expect((await setPublicContact.execute(editor, { entityType: "measure", entityId: measure!.id, mode: "hidden" })).ok).toBe(true);
    expect((await publicContactsOf(db, "measure", measure!.id)).map((c) => c.name)).not.toContain(editor.name);
    expect(await db.select().from(publicContacts).where(eq(publicContacts.userId, editor.id))).toEqual([]);

    // Nobody chooses for an item they are not a contact person of; bad input changes nothing.
    const refused = await setPublicContact.execute(other, { entityType: "measure", entityId: measure!.id, mode: "shown" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.code).toBe("forbidden");
    const bad = await setPublicContact.execute(editor, { entityType: "measure", entityId: measure!.id, mode: "everyone" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.code).toBe("invalid");
    const missing = await setPublicContact.execute(editor, { entityType: "network", entityId: measure!.id, mode: "shown" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.code).toBe("not_found");
    expect(await db.select().from(publicContacts).where(eq(publicContacts.userId, editor.id))).toEqual([]);
  });

  it("works for networks too, and an executive may not (they edit nothing)", async () => {
    const db = await getDb();
    const [network] = await db.select({ id: networks.id }).from(networks).where(isNotNull(networks.published)).limit(1);
    const coordinator = await createActor(db, "coordinator");
    const executive = await createActor(db, "executive");
    await db.insert(networkContacts).values([{ networkId: network!.id, userId: coordinator.id }, { networkId: network!.id, userId: executive.id }]);
    expect((await setPublicContact.execute(coordinator, { entityType: "network", entityId: network!.id, mode: "shown" })).ok).toBe(true);
    expect((await publicContactsOf(db, "network", network!.id)).map((c) => c.name)).toContain(coordinator.name);
    const refused = await setPublicContact.execute(executive, { entityType: "network", entityId: network!.id, mode: "shown" });
    expect(refused.ok).toBe(false);
    // No longer a contact person: no longer shown, though the choice is kept.
    await db.delete(networkContacts).where(and(eq(networkContacts.networkId, network!.id), eq(networkContacts.userId, coordinator.id)));
    expect((await publicContactsOf(db, "network", network!.id)).map((c) => c.name)).not.toContain(coordinator.name);
  });
});
