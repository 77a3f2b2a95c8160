import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser, saveUnit, updateUser } from "@/app/[locale]/staff/admin/actions";
import { auditLog, units, users } from "@/db/schema";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

async function auditCount() {
  const db = await getDb();
  return (await db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
}

describe("user administration", () => {
  it("an admin grants a role to a person who signed in with SSO, with a history record", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const [sso] = await db.insert(users).values({ email: "new.person@hel.fi", name: "New Person" }).returning();
    const [unit] = await db.select().from(units).where(eq(units.code, "ELKE"));
    const result = await updateUser.execute(admin, { id: sso!.id, version: "1", name: "New Person", role: "editor", unitId: unit!.id, active: "on" });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const [after] = await db.select().from(users).where(eq(users.id, sso!.id));
    expect(after).toMatchObject({ role: "editor", unitId: unit!.id, active: true });
    const history = await db.select().from(auditLog).where(eq(auditLog.entityId, sso!.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actorId: admin.id, before: { role: null }, after: { role: "editor" } });
  });

  it("no one but an admin may manage users or units, and a refused call changes nothing", async () => {
    const db = await getDb();
    const target = await actorByEmail(db, "editor@example.com");
    const before = await auditCount();
    for (const role of ["executive", "editor", "coordinator"] as const) {
      const actor = await createActor(db, role, "KANS");
      const r1 = await updateUser.execute(actor, { id: target.id, version: "1", name: "Hacked", role: "admin", active: "on" });
      const r2 = await createUser.execute(actor, { email: `x-${role}@evil.example`, name: "X", role: "admin" });
      const r3 = await saveUnit.execute(actor, { code: "EVIL", nameFi: "Paha", nameSv: "Ond" });
      for (const r of [r1, r2, r3]) expect(r).toMatchObject({ ok: false, code: "forbidden" });
    }
    const signedOut = await updateUser.execute(null, { id: target.id, version: "1", name: "Hacked", role: "admin", active: "on" });
    expect(signedOut).toMatchObject({ ok: false, code: "unauthenticated" });
    const [editor] = await db.select().from(users).where(eq(users.id, target.id));
    expect(editor).toMatchObject({ role: "editor", name: "Eero Editori" });
    expect(await auditCount()).toBe(before);
    expect((await db.select().from(users).where(eq(users.email, "x-editor@evil.example"))).length).toBe(0);
    expect((await db.select().from(units).where(eq(units.code, "EVIL"))).length).toBe(0);
  });

  it("an admin cannot lock themselves out", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    const result = await updateUser.execute(admin, { id: admin.id, version: String(row!.version), name: admin.name, role: "editor", active: "on" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fields: { role: [{ key: "errors.ownAdminRole" }] } });
  });

  it("a save based on an old version is refused", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const [person] = await db.insert(users).values({ email: "twice@hel.fi", name: "Twice" }).returning();
    const first = await updateUser.execute(admin, { id: person!.id, version: "1", name: "Twice", role: "executive", active: "on" });
    const second = await updateUser.execute(admin, { id: person!.id, version: "1", name: "Twice", role: "coordinator", active: "on" });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    const [after] = await db.select().from(users).where(eq(users.id, person!.id));
    expect(after?.role).toBe("executive");
  });

  it("refuses bad input next to the field and writes nothing", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const before = await auditCount();
    expect(await createUser.execute(admin, { email: "not-an-email", name: "" })).toMatchObject({
      ok: false,
      fields: { email: [{ key: "errors.email" }], name: [{ key: "errors.required" }] },
    });
    expect(await createUser.execute(admin, { email: "short@hel.fi", name: "S", password: "short" })).toMatchObject({
      ok: false,
      fields: { password: [{ key: "errors.passwordTooShort" }] },
    });
    expect(await createUser.execute(admin, { email: "EDITOR@example.com", name: "Dup" })).toMatchObject({ ok: false, fields: { email: [{ key: "errors.emailTaken" }] } });
    expect(await saveUnit.execute(admin, { code: "KANS", nameFi: "Kopio", nameSv: "Kopia" })).toMatchObject({ ok: false, fields: { code: [{ key: "errors.duplicate" }] } });
    expect(await saveUnit.execute(admin, { code: "bad code!", nameFi: "X", nameSv: "" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await updateUser.execute(admin, { id: "not-a-uuid", version: "x", role: "superuser" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await auditCount()).toBe(before);
  });

  it("creates a password user who can be found by email, and a unit", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const created = await createUser.execute(admin, { email: "Someone@Hel.fi", name: "Someone", role: "", password: "a-long-enough-password" });
    expect(created.ok).toBe(true);
    const [row] = await db.select().from(users).where(eq(users.email, "someone@hel.fi"));
    expect(row?.role).toBeNull();
    expect(row?.passwordHash).toMatch(/^\$2[aby]\$/);
    const unit = await saveUnit.execute(admin, { code: "kuva", nameFi: "Kulttuurin ja vapaa-ajan toimiala", nameSv: "Kultur- och fritidssektorn" });
    expect(unit.ok).toBe(true);
    expect((await db.select().from(units).where(eq(units.code, "KUVA"))).length).toBe(1);
  });
});
