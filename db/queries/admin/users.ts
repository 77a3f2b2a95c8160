import "server-only";
import { and, asc, desc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import { SSO_REFUSED } from "@/lib/auth/sso-refused";
import { fetchPage, type Sort } from "@/lib/paging";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import type { Db, Tx } from "../../client";
import { auditLog, reminderPreferences, units, users } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { countWhere, sortDirection } from "../paging";

const adminUserColumns = {
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
};
type AdminUserDbRow = { [K in keyof typeof adminUserColumns]: (typeof users.$inferSelect)[K] };
/** Never the password hash nor the SSO subject: only whether there is one. */
const safe = ({ passwordHash, ssoSubject, ...u }: AdminUserDbRow) => ({ ...u, hasPassword: passwordHash !== null, ssoLinked: ssoSubject !== null });

/** The users list's filters: name or e-mail, role (`none` = no staff rights yet), unit, may sign in or not. */
export type UserFilters = { q?: string; role?: "executive" | "editor" | "coordinator" | "admin" | "none"; unitId?: string; active?: "yes" | "no" };

function userConditions(f: UserFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.role === "none") where.push(isNull(users.role));
  else if (f.role) where.push(eq(users.role, f.role));
  if (f.unitId) where.push(eq(users.unitId, f.unitId));
  if (f.active) where.push(eq(users.active, f.active === "yes"));
  const q = f.q?.trim().toLowerCase();
  if (q) where.push(sql`position(${q} in lower(${users.name} || ' ' || ${users.email})) > 0`);
  return where.length ? and(...where) : undefined;
}

/** Sort keys of the users list (`?sort=`). */
export const userSorts = ["name", "email", "role", "signedIn"] as const;
export type UserSort = (typeof userSorts)[number];
export const defaultUserSort: Sort<UserSort> = { key: "name", desc: false };

/** One page of users, filtered and sorted in SQL; with how many wait for rights (no role, may sign in). */
export async function pageUsersForAdmin(db: Db, filters: UserFilters, opts: { page: number; sort?: Sort<UserSort>; size?: number }) {
  const where = userConditions(filters);
  const sort = opts.sort ?? defaultUserSort;
  const d = sortDirection(sort);
  const name = sql`lower(${users.name})`;
  const order: SQL = {
    name: sql`${name} ${d}`,
    email: sql`lower(${users.email}) ${d}`,
    role: sql`${users.role} ${d} nulls first, ${name}`,
    signedIn: sql`${users.lastSignInAt} ${d} nulls last, ${name}`,
  }[sort.key];
  const [page, waiting] = await Promise.all([
    fetchPage(
      opts.page,
      (limit, offset) => db.select(adminUserColumns).from(users).where(where).orderBy(order, asc(users.id)).limit(limit).offset(offset),
      countWhere(db, users, where),
      opts.size,
    ),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(and(isNull(users.role), eq(users.active, true))),
  ]);
  return { ...page, rows: page.rows.map(safe), waiting: waiting[0]?.n ?? 0 };
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
