import "server-only";
import type { Db } from "@/db/client";
import { listActivities, listPriorityOptions } from "./staff";
import type { ReminderItem } from "@/lib/reminders/items";

/**
 * Consultation deadlines of statements (lausunnot): the responsible person's,
 * or — with nobody named — the unit's that leads the statement's priority
 * (who may edit it, as in the advocacy area). Done once the statement is
 * given or the city declined to give one.
 */
export async function advocacyItems(db: Db): Promise<ReminderItem[]> {
  const [statements, priorityOptions] = await Promise.all([listActivities(db, { type: "statement" }), listPriorityOptions(db)]);
  const unitOfPriority = new Map(priorityOptions.map((p) => [p.id, p.unitId]));
  return statements
    .filter((s) => s.deadline !== null)
    .map((s) => ({
      key: `statement:${s.id}`,
      kind: "statement" as const,
      title: s.title,
      context: s.ministry ?? null,
      due: s.deadline,
      duePrecision: "day" as const,
      done: s.date !== null || s.declined,
      doneOn: s.date,
      href: `/staff/advocacy/activities/${s.id}`,
      owners: { userIds: s.responsibleUserId ? [s.responsibleUserId] : [], unitId: unitOfPriority.get(s.priorityId) ?? null },
      capability: "advocacy.editOwn" as const,
      internal: s.visibility === "internal",
      calendar: true,
    }));
}
