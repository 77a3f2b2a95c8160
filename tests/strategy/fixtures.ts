import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, goals, measureContacts, measurePriorities, measures, priorities, units } from "@/db/schema";
import { toInputValue } from "@/lib/strategy/dates";

/** The demo measure the demo editor is a contact of (KANS). */
export async function kansMeasure(db: Db) {
  const [m] = await db.select().from(measures).where(eq(measures.title, { fi: "Kansainvälisten verkostojen kartoitus", sv: "Kartläggning av de internationella nätverken", en: "Mapping of the international networks" }));
  if (m) return m;
  const rows = await db.select().from(measures).innerJoin(units, eq(units.id, measures.responsibleUnitId)).where(eq(units.code, "KANS")).orderBy(asc(measures.sortOrder));
  return rows[0]!.measures;
}

/** A measure of another unit (STRA) with no demo contact. */
export async function straMeasure(db: Db) {
  const rows = await db.select().from(measures).innerJoin(units, eq(units.id, measures.responsibleUnitId)).where(eq(units.code, "STRA")).orderBy(asc(measures.sortOrder));
  return rows[0]!.measures;
}

export async function unitId(db: Db, code: string) {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return u!.id;
}

/** The measure form as a browser would send it, from the stored row; `changes` override fields. */
export async function measureForm(db: Db, id: string, changes: Record<string, unknown> = {}) {
  const [m] = await db.select().from(measures).where(eq(measures.id, id));
  if (!m) throw new Error("no measure");
  const links = await db.select().from(measurePriorities).where(eq(measurePriorities.measureId, id));
  const contacts = await db.select().from(measureContacts).where(eq(measureContacts.measureId, id));
  return {
    id: m.id,
    version: String(m.version),
    titleFi: m.title.fi,
    titleSv: m.title.sv ?? "",
    titleEn: m.title.en ?? "",
    descriptionFi: m.description?.fi ?? "",
    descriptionSv: m.description?.sv ?? "",
    descriptionEn: m.description?.en ?? "",
    status: m.status,
    progress: String(m.progress),
    startDate: toInputValue(m.startDate, m.startPrecision),
    dueDate: toInputValue(m.dueDate, m.duePrecision),
    goalId: m.goalId,
    responsibleUnitId: m.responsibleUnitId ?? "",
    priorityIds: links.map((l) => l.priorityId),
    contactIds: contacts.map((c) => c.userId),
    weight: String(m.weight),
    visibility: m.visibility,
    internalNotes: m.internalNotes ?? "",
    ...changes,
  };
}

export async function auditCount(db: Db, entityId?: string) {
  const [row] = await db.select({ n: count() }).from(auditLog).where(entityId ? eq(auditLog.entityId, entityId) : undefined);
  return row?.n ?? 0;
}

export async function firstGoal(db: Db) {
  const [g] = await db.select().from(goals).orderBy(asc(goals.sortOrder));
  return g!;
}

export async function prioritiesOf(db: Db, goalId: string) {
  return db.select().from(priorities).where(and(eq(priorities.goalId, goalId))).orderBy(asc(priorities.sortOrder));
}
