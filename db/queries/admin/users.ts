import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { SSO_REFUSED } from "@/lib/auth/sso-refused";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import type { Db, Tx } from "../../client";
import { auditLog, reminderPreferences, units, users } from "../../schema";
import type { LocalizedText } from "../../schema/common";

/** Users for the admin page: never the password hash, only whether one is set. */
export async function listUsersForAdmin(db: Db) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitId: users.unitId,
      active: users.active,
      version: users.version,
      lastSignInAt: users.lastSignInAt,
      passwordHash: users.passwordHash,
      ssoSubject: users.ssoSubject,
      ssoLinkAllowed: users.ssoLinkAllowed,
    })
    .from(users)
    .orderBy(asc(users.name));
  return rows.map(({ passwordHash, ssoSubject, ...u }) => ({ ...u, hasPassword: passwordHash !== null, ssoLinked: ssoSubject !== null }));
}

export async function listUnits(db: Db) {
  return db.select({ id: units.id, code: units.code, name: units.name, version: units.version }).from(units).orderBy(asc(units.code));
}

/** The latest refused SSO sign-ins (lib/auth/sso.ts), newest first, for admins. */
export async function listSsoRefusals(db: Db, limit = 10) {
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, SSO_REFUSED.entityType), eq(auditLog.action, SSO_REFUSED.action)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => {
    const after = r.after ?? {};
    const text = (key: string) => (typeof after[key] === "string" ? (after[key] as string) : null);
    return { id: r.id, at: r.at, reason: text("reason"), email: text("email"), why: text("why") };
  });
}

// ---- writes (the admin actions call these inside their transaction) ----

export type UserRow = typeof users.$inferSelect;
type UserValues = Pick<typeof users.$inferInsert, "name" | "role" | "unitId" | "active" | "ssoLinkAllowed">;

/** A user row, locked for the rest of the transaction. */
export async function lockUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  return (await tx.select().from(users).where(eq(users.id, id)).for("update"))[0];
}

export async function unitExists(tx: Tx, id: string): Promise<boolean> {
  return (await tx.select({ id: units.id }).from(units).where(eq(units.id, id))).length > 0;
}

export async function emailTaken(tx: Tx, email: string): Promise<boolean> {
  return (await tx.select({ id: users.id }).from(users).where(eq(users.email, email))).length > 0;
}

/** Version-checked save of a user's role, unit and flags. */
export function saveUser(tx: Tx, id: string, version: number, values: UserValues, actor: Actor) {
  return updateVersioned(tx, users, id, version, values, actor);
}

export async function insertUser(tx: Tx, values: UserValues & { email: string; passwordHash: string | null }): Promise<string | undefined> {
  const [created] = await tx.insert(users).values(values).returning({ id: users.id });
  return created?.id;
}

/** Another unit (not `exceptId`) already has this code. */
export async function unitCodeTaken(tx: Tx, code: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx
    .select({ id: units.id })
    .from(units)
    .where(exceptId ? and(eq(units.code, code), ne(units.id, exceptId)) : eq(units.code, code));
  return rows.length > 0;
}

export async function insertUnit(tx: Tx, values: { code: string; name: LocalizedText }) {
  return (await tx.insert(units).values(values).returning())[0];
}

export async function lockUnit(tx: Tx, id: string) {
  return (await tx.select().from(units).where(eq(units.id, id)).for("update"))[0];
}

export function saveUnit(tx: Tx, id: string, version: number, values: { code: string; name: LocalizedText }, actor: Actor) {
  return updateVersioned(tx, units, id, version, values, actor);
}

/** The signed-in person's own row for the profile page. */
export async function profileOf(db: Db, id: string) {
  return (await db.select({ version: users.version, email: users.email, locale: users.locale }).from(users).where(eq(users.id, id)))[0];
}

/** Save one's own language and reminder frequency (version-checked); returns the state before and the new version. */
export async function saveOwnPreferences(tx: Tx, actor: Actor, version: number, locale: "fi" | "sv" | "en", frequency: "weekly" | "daily" | "none") {
  const [me] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.id, actor.id)).for("update");
  if (!me) return null;
  const [pref] = await tx.select({ frequency: reminderPreferences.frequency }).from(reminderPreferences).where(eq(reminderPreferences.userId, actor.id));
  const updated = await updateVersioned(tx, users, actor.id, version, { locale }, actor);
  await tx
    .insert(reminderPreferences)
    .values({ userId: actor.id, frequency })
    .onConflictDoUpdate({ target: reminderPreferences.userId, set: { frequency, updatedAt: new Date() } });
  return { version: updated.version, before: { locale: me.locale, frequency: pref?.frequency ?? "weekly" } };
}
