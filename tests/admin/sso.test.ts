import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser, updateUser } from "@/app/[locale]/staff/admin/actions";
import { listSsoRefusals } from "@/db/queries/admin/users";
import { auditLog, users } from "@/db/schema";
import { upsertOidcUser, type SsoClaims } from "@/lib/auth/sso";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });
const ISSUER = "https://tunnistus.hel.fi/realms/helsinki";

function claims(subject: string, email: string | null, emailVerified: unknown = true, name = "Sanna SSO"): SsoClaims {
  return { issuer: ISSUER, subject, email, emailVerified, name };
}

async function userByEmail(email: string) {
  const db = await getDb();
  return (await db.select().from(users).where(eq(users.email, email)))[0];
}

async function refusalsFor(email: string) {
  const db = await getDb();
  return (await listSsoRefusals(db, 100)).filter((r) => r.email === email);
}

describe("single sign-on identity (issuer, subject)", () => {
  it("an unknown, verified e-mail gets a new account without staff rights, with its identity stored", async () => {
    const db = await getDb();
    const result = await upsertOidcUser(db, claims("sub-new-1", "New.Person@hel.fi"));
    expect(result).toMatchObject({ ok: true, created: true });
    const row = await userByEmail("new.person@hel.fi");
    expect(row).toMatchObject({ role: null, ssoIssuer: ISSUER, ssoSubject: "sub-new-1", name: "Sanna SSO", ssoLinkAllowed: false });
    // The same identity again: the same account.
    expect(await upsertOidcUser(db, claims("sub-new-1", "new.person@hel.fi"))).toEqual({ ok: true, userId: row!.id, created: false });
  });

  it("an unverified e-mail is never linked to an existing account, nor does it create one", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    expect(await createUser.execute(admin, { email: "staff.member@hel.fi", name: "Staff Member", role: "editor", ssoLinkAllowed: "on" })).toMatchObject({ ok: true });
    for (const verified of [false, "false", undefined, null, 1]) {
      const refused = await upsertOidcUser(db, { ...claims(`attacker-${String(verified)}`, "staff.member@hel.fi"), emailVerified: verified });
      expect(refused).toEqual({ ok: false, reason: "sso_unverified" });
    }
    expect(await userByEmail("staff.member@hel.fi")).toMatchObject({ ssoSubject: null, ssoLinkAllowed: true, lastSignInAt: null });
    expect(await upsertOidcUser(db, claims("attacker-2", "nobody.yet@hel.fi", false))).toEqual({ ok: false, reason: "sso_unverified" });
    expect(await userByEmail("nobody.yet@hel.fi")).toBeUndefined();
    // Each refusal is in the audit log for admins.
    expect((await refusalsFor("staff.member@hel.fi")).length).toBe(5);
    expect((await refusalsFor("nobody.yet@hel.fi"))[0]).toMatchObject({ reason: "sso_unverified" });
  });

  it("a verified e-mail attaches only to an account an admin set up for SSO, once", async () => {
    const db = await getDb();
    // The demo admin has a password and was not set up for SSO.
    expect(await upsertOidcUser(db, claims("sub-admin-lookalike", "admin@example.com"))).toEqual({ ok: false, reason: "sso_not_linked" });
    expect(await userByEmail("admin@example.com")).toMatchObject({ ssoSubject: null });
    expect((await refusalsFor("admin@example.com"))[0]).toMatchObject({ reason: "sso_not_linked", why: "account not set up for SSO by an admin" });

    const admin = await actorByEmail(db, "admin@example.com");
    expect(await createUser.execute(admin, { email: "linked.person@hel.fi", name: "Linked Person", role: "coordinator", ssoLinkAllowed: "on" })).toMatchObject({ ok: true });
    const before = await userByEmail("linked.person@hel.fi");
    const linked = await upsertOidcUser(db, claims("sub-linked", "linked.person@hel.fi", "true"));
    expect(linked).toEqual({ ok: true, userId: before!.id, created: false });
    expect(await userByEmail("linked.person@hel.fi")).toMatchObject({ role: "coordinator", ssoIssuer: ISSUER, ssoSubject: "sub-linked", ssoLinkAllowed: false });
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityId, before!.id), eq(auditLog.action, "sso_link")));
    expect(history).toHaveLength(1);
    // A second identity with the same verified e-mail cannot take the account over.
    expect(await upsertOidcUser(db, claims("sub-other", "linked.person@hel.fi"))).toEqual({ ok: false, reason: "sso_not_linked" });
    // Another issuer with the same subject is another identity.
    expect(await upsertOidcUser(db, { ...claims("sub-linked", "linked.person@hel.fi"), issuer: "https://evil.example" })).toEqual({ ok: false, reason: "sso_not_linked" });
    expect(await userByEmail("linked.person@hel.fi")).toMatchObject({ ssoSubject: "sub-linked", ssoIssuer: ISSUER });
  });

  it("a changed e-mail at the provider keeps the same account", async () => {
    const db = await getDb();
    const first = await upsertOidcUser(db, claims("sub-mover", "mover.old@hel.fi"));
    expect(first).toMatchObject({ ok: true, created: true });
    const moved = await upsertOidcUser(db, claims("sub-mover", "mover.new@hel.fi"));
    expect(moved).toEqual({ ok: true, userId: first.ok ? first.userId : "", created: false });
    // Even an unverified new address: the identity, not the e-mail, decides.
    expect(await upsertOidcUser(db, claims("sub-mover", "mover.newer@hel.fi", false))).toMatchObject({ ok: true, created: false });
    expect(await userByEmail("mover.new@hel.fi")).toBeUndefined();
    expect(await userByEmail("mover.old@hel.fi")).toMatchObject({ ssoSubject: "sub-mover" });
  });

  it("a deactivated user cannot come back through SSO, with the same or a new e-mail", async () => {
    const db = await getDb();
    const first = await upsertOidcUser(db, claims("sub-leaver", "leaver@hel.fi"));
    expect(first.ok).toBe(true);
    const row = await userByEmail("leaver@hel.fi");
    const admin = await actorByEmail(db, "admin@example.com");
    expect(await updateUser.execute(admin, { id: row!.id, version: String(row!.version), name: row!.name, role: "", active: "", ssoLinkAllowed: "on" })).toMatchObject({
      ok: true,
    });
    // An account with its identity cannot be opened to another one.
    expect(await userByEmail("leaver@hel.fi")).toMatchObject({ active: false, ssoLinkAllowed: false });
    expect(await upsertOidcUser(db, claims("sub-leaver", "leaver@hel.fi"))).toEqual({ ok: false, reason: "sso_deactivated" });
    expect(await upsertOidcUser(db, claims("sub-leaver", "leaver.new@hel.fi"))).toEqual({ ok: false, reason: "sso_deactivated" });
    expect(await userByEmail("leaver.new@hel.fi")).toBeUndefined();
    // A deactivated account set up for SSO is not attached either.
    expect(await createUser.execute(admin, { email: "gone.before@hel.fi", name: "Gone", ssoLinkAllowed: "on" })).toMatchObject({ ok: true });
    const gone = await userByEmail("gone.before@hel.fi");
    expect(await updateUser.execute(admin, { id: gone!.id, version: "1", name: "Gone", role: "", active: "", ssoLinkAllowed: "on" })).toMatchObject({ ok: true });
    expect(await upsertOidcUser(db, claims("sub-gone", "gone.before@hel.fi"))).toEqual({ ok: false, reason: "sso_not_linked" });
    expect(await userByEmail("gone.before@hel.fi")).toMatchObject({ ssoSubject: null });
  });

  it("an admin sets an existing account up for SSO; without a subject nothing is signed in", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const editor = await userByEmail("editor@example.com");
    expect(await upsertOidcUser(db, claims("sub-editor", "editor@example.com"))).toEqual({ ok: false, reason: "sso_not_linked" });
    const saved = await updateUser.execute(admin, {
      id: editor!.id,
      version: String(editor!.version),
      name: editor!.name,
      role: editor!.role ?? "",
      unitId: editor!.unitId ?? "",
      active: "on",
      ssoLinkAllowed: "on",
    });
    expect(saved).toMatchObject({ ok: true });
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityId, editor!.id), eq(auditLog.action, "update")));
    expect(history.at(-1)).toMatchObject({ after: { ssoLinkAllowed: true } });
    expect(await upsertOidcUser(db, claims("sub-editor", "editor@example.com"))).toMatchObject({ ok: true, userId: editor!.id });
    expect(await upsertOidcUser(db, claims("", "someone@hel.fi"))).toEqual({ ok: false, reason: "sso_not_linked" });
    expect(await userByEmail("someone@hel.fi")).toBeUndefined();
  });

  it("parallel first sign-ins of one identity make one account", async () => {
    const db = await getDb();
    const results = await Promise.all(Array.from({ length: 20 }, () => upsertOidcUser(db, claims("sub-parallel", "parallel@hel.fi"))));
    const ids = new Set(results.map((r) => (r.ok ? r.userId : r.reason)));
    expect(ids.size).toBe(1);
    expect((await db.select().from(users).where(eq(users.email, "parallel@hel.fi"))).length).toBe(1);
  });
});
