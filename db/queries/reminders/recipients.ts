import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../client";
import { reminderPreferences, units, users } from "../../schema";
import type { Person } from "@/lib/reminders/assign";

export type Recipient = Person & { frequency: "weekly" | "daily" | "none" };

/** Everyone who may sign in with a staff role, with their digest preference (weekly unless they chose otherwise). */
export async function listRecipients(db: Db): Promise<Recipient[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, unitId: users.unitId, locale: users.locale, frequency: reminderPreferences.frequency })
    .from(users)
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(and(eq(users.active, true), isNotNull(users.role)));
  return rows.map((r) => ({ ...r, role: r.role ?? "public", frequency: r.frequency ?? "weekly" }));
}

/** One person as a reminder recipient, or null when they may not sign in or have no staff role. */
export async function getRecipient(db: Db, userId: string): Promise<Recipient | null> {
  const [r] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, unitId: users.unitId, locale: users.locale, frequency: reminderPreferences.frequency, active: users.active })
    .from(users)
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(eq(users.id, userId));
  if (!r || !r.active || !r.role) return null;
  return { id: r.id, name: r.name, email: r.email, role: r.role, unitId: r.unitId, locale: r.locale, frequency: r.frequency ?? "weekly" };
}

export async function unitNameMap(db: Db) {
  const rows = await db.select({ id: units.id, name: units.name }).from(units);
  return new Map(rows.map((u) => [u.id, u.name]));
}
