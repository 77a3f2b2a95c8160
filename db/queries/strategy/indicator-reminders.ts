import "server-only";
import { and, eq, isNull, ne, or, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { indicatorPoints, indicators, strategyPeriods } from "../../schema";
import type { ReminderItem } from "@/lib/reminders/items";
import type { SourceOptions } from "../reminders/items";
import { todayInHelsinki } from "@/lib/dates";
import { nextValueDue } from "@/lib/strategy/indicator-due";
import { can } from "@/lib/permissions";


/**
 * Indicators whose next value is due (a day staff set, or a cadence counted
 * from the latest value): one item per indicator, for its responsible unit
 * (indicators name no persons). A computed indicator is never due: the app
 * counts it. Overdue once the Helsinki day has passed; recording a newer
 * value moves a cadence's due day on; a set day is moved by editing it.
 */
export async function indicatorItems(db: Db, { person }: Pick<SourceOptions, "person"> = {}): Promise<ReminderItem[]> {
  if (person && !can(person.role, "strategy.editOwn")) return [];
  if (person && !person.unitId) return [];
  const latest = db
    .select({ indicatorId: indicatorPoints.indicatorId, date: sql<string>`max(${indicatorPoints.date})`.as("latest_value") })
    .from(indicatorPoints)
    .where(eq(indicatorPoints.kind, "actual"))
    .groupBy(indicatorPoints.indicatorId)
    .as("latest_values");
  const rows = await db
    .select({
      id: indicators.id,
      title: indicators.title,
      periodName: strategyPeriods.name,
      source: indicators.source,
      nextDueDate: indicators.nextDueDate,
      cadence: indicators.cadence,
      baselineDate: indicators.baselineDate,
      createdAt: indicators.createdAt,
      unitId: indicators.responsibleUnitId,
      visibility: indicators.visibility,
      latestValue: latest.date,
    })
    .from(indicators)
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, indicators.periodId))
    .leftJoin(latest, eq(latest.indicatorId, indicators.id))
    .where(
      and(
        isNull(indicators.archivedAt),
        isNull(strategyPeriods.archivedAt),
        ne(indicators.source, "computed"),
        or(isNotNull(indicators.nextDueDate), isNotNull(indicators.cadence)),
        person?.unitId ? eq(indicators.responsibleUnitId, person.unitId) : undefined,
      ),
    );
  return rows.flatMap((r) => {
    const due = nextValueDue(r, { latestValue: r.latestValue, baselineDate: r.baselineDate, createdDay: todayInHelsinki(r.createdAt) });
    if (!due) return [];
    return [
      {
        key: `indicator_value:${r.id}`,
        kind: "indicator_value" as const,
        title: r.title,
        context: r.periodName,
        due,
        duePrecision: "day" as const,
        done: false,
        doneOn: null,
        href: `/staff/strategy/indicators/${r.id}`,
        owners: { userIds: [], unitId: r.unitId },
        capability: "strategy.editOwn" as const,
        internal: r.visibility === "internal",
        calendar: true,
      },
    ];
  });
}
