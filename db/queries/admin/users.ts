import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { SSO_REFUSED } from "@/lib/auth/sso-refused";
import type { Db } from "../../client";
import { auditLog, units, users } from "../../schema";

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
