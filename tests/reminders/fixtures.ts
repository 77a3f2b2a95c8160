import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, measureContacts, measures, milestones, progressUpdates, reminderPreferences, units, users } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { TestSmtpServer } from "../helpers/smtp";
import { helsinkiDaysAgo, helsinkiDaysFromToday, helsinkiToday } from "../helpers/clock";

let n = 0;
/** A short unique marker for names in this test run. */
export const uniq = (prefix = "r") => `${prefix}${Date.now().toString(36)}${(++n).toString(36)}`;

export const today = helsinkiToday;
export const daysFromToday = helsinkiDaysFromToday;

export async function unitIdOf(db: Db, code: string) {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

/** A staff member with a language and, when given, a digest preference. */
export async function makePerson(
  db: Db,
  p: { role: "editor" | "coordinator" | "admin" | "executive"; unit?: string; locale?: "fi" | "sv" | "en"; frequency?: "weekly" | "daily" | "none"; name?: string },
) {
  const email = `${uniq(p.role)}@reminders.test`;
  const [u] = await db
    .insert(users)
    .values({ email, name: p.name ?? `Test ${p.role}`, role: p.role, unitId: p.unit ? await unitIdOf(db, p.unit) : null, locale: p.locale ?? "fi" })
    .returning();
  if (p.frequency) await db.insert(reminderPreferences).values({ userId: u!.id, frequency: p.frequency });
  return u!;
}

/** A measure of a unit, created `createdDaysAgo` Helsinki calendar days ago (no progress update: stale after STALE_AFTER_DAYS). */
export async function makeMeasure(
  db: Db,
  m: { unit: string; title: LocalizedText; contacts?: string[]; visibility?: "public" | "internal"; createdDaysAgo?: number; status?: "on_schedule" | "completed" | "late"; due?: string | null },
) {
  const [goal] = await db.select({ id: goals.id }).from(goals).orderBy(asc(goals.sortOrder)).limit(1);
  const created = m.createdDaysAgo ? helsinkiDaysAgo(m.createdDaysAgo) : new Date();
  const [row] = await db
    .insert(measures)
    .values({
      goalId: goal!.id,
      title: m.title,
      status: m.status ?? "on_schedule",
      responsibleUnitId: await unitIdOf(db, m.unit),
      visibility: m.visibility ?? "public",
      dueDate: m.due ?? null,
      createdAt: created,
      updatedAt: created,
    })
    .returning();
  for (const userId of m.contacts ?? []) await db.insert(measureContacts).values({ measureId: row!.id, userId });
  return row!;
}

export async function makeMilestone(db: Db, measureId: string, ms: { title: LocalizedText; due: string; state?: "planned" | "in_progress" | "done" | "cancelled"; precision?: "day" | "month" }) {
  const [row] = await db
    .insert(milestones)
    .values({ measureId, title: ms.title, dueDate: ms.due, duePrecision: ms.precision ?? "day", state: ms.state ?? "planned" })
    .returning();
  return row!;
}

export async function makeUpdate(db: Db, measureId: string, daysAgo: number) {
  await db.insert(progressUpdates).values({ measureId, date: daysFromToday(-daysAgo), body: { fi: "Päivitys", sv: "Uppdatering", en: "Update" } });
}

/** The same text in three languages, marked so a test can find exactly its own. */
export const tri = (marker: string, fi: string, sv: string, en: string): LocalizedText => ({ fi: `${fi} ${marker}`, sv: `${sv} ${marker}`, en: `${en} ${marker}` });

/**
 * Two editors, each with an overdue measure (so each is due a digest), the
 * first of whom the SMTP server refuses: the failure path of a run.
 */
export async function refusedAndFine(db: Db, smtp: TestSmtpServer, title: LocalizedText) {
  const refused = await makePerson(db, { role: "editor", unit: "KANS" });
  const fine = await makePerson(db, { role: "editor", unit: "KANS" });
  for (const p of [refused, fine]) await makeMeasure(db, { unit: "KANS", title, contacts: [p.id], createdDaysAgo: 120 });
  smtp.reject.add(refused.email);
  return { refused, fine };
}
