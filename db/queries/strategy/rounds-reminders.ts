import "server-only";
import { todayInHelsinki } from "@/lib/dates";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../../client";
import { measureContacts, measures, reportingRounds, roundEntries } from "../../schema";
import type { ReminderItem } from "@/lib/reminders/items";
import { groupBy } from "../reminders/shared";
import type { SourceOptions } from "../reminders/items";
import { measuresOfPerson } from "./reminders";
import { can } from "@/lib/permissions";

/**
 * Reporting rounds waiting for a measure's report: one item per entry of an
 * open round, due on the round's cut-off date, for the measure's contact
 * persons (else its unit); done once written. Listed from the day the round
 * opens. Published or closed rounds no longer wait for anyone.
 */
export async function roundItems(db: Db, { person }: Pick<SourceOptions, "person"> = {}): Promise<ReminderItem[]> {
  if (person && !can(person.role, "strategy.editOwn")) return [];
  const rows = await db
    .select({
      id: roundEntries.id,
      writtenAt: roundEntries.writtenAt,
      roundId: reportingRounds.id,
      roundName: reportingRounds.name,
      cutOffDate: reportingRounds.cutOffDate,
      openedAt: reportingRounds.createdAt,
      measureId: measures.id,
      title: measures.title,
      unitId: measures.responsibleUnitId,
      visibility: measures.visibility,
    })
    .from(roundEntries)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundEntries.roundId))
    .innerJoin(measures, eq(measures.id, roundEntries.measureId))
    .where(and(eq(reportingRounds.state, "open"), isNull(measures.archivedAt), ne(measures.status, "cancelled"), measuresOfPerson(person)));
  if (!rows.length) return [];
  const contacts = groupBy(
    await db.select({ measureId: measureContacts.measureId, userId: measureContacts.userId }).from(measureContacts).where(inArray(measureContacts.measureId, [...new Set(rows.map((r) => r.measureId))])),
    (c) => c.measureId,
  );
  return rows.map((r) => ({
    key: `round_entry:${r.id}`,
    kind: "round_entry" as const,
    title: r.title,
    context: r.roundName,
    due: r.cutOffDate,
    remindFrom: todayInHelsinki(r.openedAt),
    duePrecision: "day" as const,
    done: r.writtenAt !== null,
    doneOn: r.writtenAt ? todayInHelsinki(r.writtenAt) : null,
    href: `/staff/strategy/rounds/${r.roundId}/entries/${r.id}`,
    owners: { userIds: (contacts.get(r.measureId) ?? []).map((c) => c.userId), unitId: r.unitId },
    capability: "strategy.editOwn" as const,
    internal: r.visibility === "internal",
    calendar: true,
  }));
}
