import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../../client";
import { units, users } from "../../schema";

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
    })
    .from(users)
    .orderBy(asc(users.name));
  return rows.map(({ passwordHash, ...u }) => ({ ...u, hasPassword: passwordHash !== null }));
}

export async function listUnits(db: Db) {
  return db.select({ id: units.id, code: units.code, name: units.name, version: units.version }).from(units).orderBy(asc(units.code));
}
