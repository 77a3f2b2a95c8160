import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, measureContacts, measures, milestones, progressUpdates } from "@/db/schema";
import type { ReminderItem } from "@/lib/reminders/items";
import { effectiveEnd } from "@/lib/strategy/dates";
import { groupBy } from "@/db/queries/reminders/shared";
import { addDays, todayInHelsinki } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { ReminderPerson } from "@/db/queries/reminders/items";

/**
 * The measures that are this person's (as `relationTo` decides): they are a contact person, or
 * nobody is and the measure is their unit's. Undefined: no person, every measure.
 */
export function measuresOfPerson(person: ReminderPerson | undefined): SQL | undefined {
  if (!person) return undefined;
  // `id in (…)` / `not in (…)`, each one hashed lookup, not correlated `exists` subqueries: the
  // planner costs those per measure, and at 50 000 measures it then read every wide measure row
  // (texts, published snapshot) instead of the narrow index `measures_reminders` (0.5 s → 0.1 s).
  // measure_contacts.measure_id is never null, so `not in` is `not exists`.
  const named = sql`${measures.id} in (select ${measureContacts.measureId} from ${measureContacts} where ${measureContacts.userId} = ${person.id})`;
  if (!person.unitId) return named;
  return sql`(${named} or (${measures.responsibleUnitId} = ${person.unitId} and ${measures.id} not in (select ${measureContacts.measureId} from ${measureContacts})))`;
}

const FINISHED = new Set(["completed", "cancelled"]);
const measurePath = (id: string) => `/staff/strategy/measures/${id}`;

/** A date's last day (a month date lasts to the month's end), as `effectiveEnd` does. */
const endOf = (date: unknown, precision: unknown) => sql`(case when ${precision} = 'month' then (date_trunc('month', ${date}) + interval '1 month - 1 day')::date else ${date} end)`;

/**
 * Measures that may have an item due soon or recently done by `classify`'s rules (a superset):
 * a deadline (own or a milestone's) in the coming `lookahead` days; done (finished, or a
 * milestone done) with a change in the last 14 days or a deadline from 14 days ago on; an update
 * written in the last `lookahead` days; or the next update due within `lookahead` days.
 */
function mayBeDueSoonOrDone(today: string, staleAfterDays: number, lookahead: number, latest: SQL): SQL {
  const from = addDays(today, -365);
  const until = addDays(today, lookahead);
  const recent = addDays(today, -14);
  const since = sql`coalesce(${latest}, (${measures.createdAt} at time zone 'Europe/Helsinki')::date)`;
  const finished = sql`${measures.status}::text in ('completed', 'cancelled')`;
  const due = endOf(measures.dueDate, measures.duePrecision);
  const milestoneDue = endOf(sql`x.due_date`, sql`x.due_precision`);
  return sql`(
    (${measures.dueDate} is not null and ${due} between ${today}::date and ${until}::date)
    or (${finished} and (((${measures.updatedAt} at time zone 'Europe/Helsinki')::date >= ${recent}::date and (${measures.dueDate} is null or ${due} >= ${from}::date))
      or (${measures.dueDate} is not null and ${due} between ${recent}::date and ${until}::date)))
    or exists (select 1 from milestones x where x.measure_id = ${measures.id} and x.archived_at is null and x.state <> 'cancelled' and (
      (x.due_date is not null and ${milestoneDue} between ${today}::date and ${until}::date)
      or ((x.state = 'done' or ${finished}) and (((x.updated_at at time zone 'Europe/Helsinki')::date >= ${recent}::date and (x.due_date is null or ${milestoneDue} >= ${from}::date))
        or (x.due_date is not null and ${milestoneDue} between ${recent}::date and ${until}::date)))))
    or ${latest} >= ${addDays(today, -lookahead)}::date
    or ${since} between ${addDays(today, -staleAfterDays)}::date and ${addDays(today, lookahead - staleAfterDays)}::date
  )`;
}

/**
 * The strategy's reminder items: each measure's due date, its milestones, and
 * its next progress update (due `staleAfterDays` after the last one — past
 * that the measure is stale, as the strategy list flags it).
 */
export async function strategyItems(
  db: Db,
  { today, staleAfterDays, lookahead, person, notOverdueOnly }: { today: string; staleAfterDays: number; lookahead: number; person?: ReminderPerson; notOverdueOnly?: boolean },
): Promise<ReminderItem[]> {
  if (person && !can(person.role, "strategy.editOwn")) return [];
  // Each measure's latest update, grouped once and joined (not a subquery per measure).
  const latestUpdates = db
    .select({ measureId: progressUpdates.measureId, date: sql<string>`max(${progressUpdates.date})`.as("latest_date") })
    .from(progressUpdates)
    .where(isNull(progressUpdates.archivedAt))
    .groupBy(progressUpdates.measureId)
    .as("latest_updates");
  // The matching ids first, from narrow columns only (the partial index `measures_reminders` holds
  // them), then the details of those measures: not every wide measure row of the person's unit.
  const matching = db
    .select({ id: measures.id })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .leftJoin(latestUpdates, eq(latestUpdates.measureId, measures.id))
    .where(
      and(isNull(measures.archivedAt), isNull(goals.archivedAt), measuresOfPerson(person), notOverdueOnly ? mayBeDueSoonOrDone(today, staleAfterDays, lookahead, sql`${latestUpdates.date}`) : undefined),
    );
  // The inbox's few (due soon or just done) as a list of ids, not a subquery: the planner cannot know how
  // few match (at 10× data it guessed 20 000 for 137) and then read all 50 000 wide measure rows instead of
  // looking up those few. Every measure (the digest job, calendars) stays a subquery.
  const matchingIds = notOverdueOnly ? (await matching).map((r) => r.id) : matching;
  if (Array.isArray(matchingIds) && !matchingIds.length) return [];
  const rows = await db
    .select({
      id: measures.id,
      title: measures.title,
      status: measures.status,
      dueDate: measures.dueDate,
      duePrecision: measures.duePrecision,
      responsibleUnitId: measures.responsibleUnitId,
      visibility: measures.visibility,
      createdAt: measures.createdAt,
      updatedAt: measures.updatedAt,
    })
    .from(measures)
    .where(inArray(measures.id, matchingIds));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [contacts, ms, updates] = await Promise.all([
    db.select({ measureId: measureContacts.measureId, userId: measureContacts.userId }).from(measureContacts).where(inArray(measureContacts.measureId, ids)),
    db
      .select({ id: milestones.id, measureId: milestones.measureId, title: milestones.title, dueDate: milestones.dueDate, duePrecision: milestones.duePrecision, state: milestones.state, updatedAt: milestones.updatedAt })
      .from(milestones)
      .where(and(inArray(milestones.measureId, ids), isNull(milestones.archivedAt))),
    db
      .select({ measureId: progressUpdates.measureId, date: progressUpdates.date })
      .from(progressUpdates)
      .where(and(inArray(progressUpdates.measureId, ids), isNull(progressUpdates.archivedAt))),
  ]);
  const contactsOf = groupBy(contacts, (c) => c.measureId);
  const milestonesOf = groupBy(ms, (m) => m.measureId);
  const updatesOf = groupBy(updates, (u) => u.measureId);

  const items: ReminderItem[] = [];
  for (const m of rows) {
    const finished = FINISHED.has(m.status);
    const base = {
      owners: { userIds: (contactsOf.get(m.id) ?? []).map((c) => c.userId), unitId: m.responsibleUnitId },
      capability: "strategy.editOwn" as const,
      internal: m.visibility === "internal",
    };
    if (m.dueDate) {
      items.push({
        ...base,
        key: `measure_due:${m.id}`,
        kind: "measure_due",
        title: m.title,
        context: null,
        due: effectiveEnd(m.dueDate, m.duePrecision),
        duePrecision: m.duePrecision,
        done: finished,
        doneOn: finished ? todayInHelsinki(m.updatedAt) : null,
        href: measurePath(m.id),
        calendar: true,
      });
    }
    for (const x of milestonesOf.get(m.id) ?? []) {
      if (x.state === "cancelled") continue;
      const done = x.state === "done" || finished;
      items.push({
        ...base,
        key: `milestone:${x.id}`,
        kind: "milestone",
        title: x.title,
        context: m.title,
        due: x.dueDate ? effectiveEnd(x.dueDate, x.duePrecision) : null,
        duePrecision: x.duePrecision,
        done,
        doneOn: done ? todayInHelsinki(x.updatedAt) : null,
        href: `${measurePath(m.id)}#milestones-heading`,
        calendar: true,
      });
    }
    if (!finished) items.push(progressUpdateItem(m, updatesOf.get(m.id) ?? [], base, { today, staleAfterDays, lookahead }));
  }
  return items;
}

/**
 * The next progress update is due `staleAfterDays` after the latest one (or
 * after the measure was created). It counts as done when the latest update
 * was written recently and was itself due soon or overdue when written.
 */
function progressUpdateItem(
  m: { id: string; title: ReminderItem["title"]; createdAt: Date },
  updates: { date: string }[],
  base: Pick<ReminderItem, "owners" | "capability" | "internal">,
  { today, staleAfterDays, lookahead }: { today: string; staleAfterDays: number; lookahead: number },
): ReminderItem {
  const dates = updates.map((u) => u.date).sort().reverse();
  const created = todayInHelsinki(m.createdAt);
  const latest = dates[0] ?? null;
  const previous = dates[1] ?? created;
  const answeredReminder = latest !== null && latest >= addDays(today, -lookahead) && addDays(previous, staleAfterDays) <= addDays(latest, lookahead);
  return {
    ...base,
    key: `progress_update:${m.id}`,
    kind: "progress_update",
    title: m.title,
    context: null,
    due: answeredReminder ? addDays(previous, staleAfterDays) : addDays(latest ?? created, staleAfterDays),
    duePrecision: "day",
    done: answeredReminder,
    doneOn: answeredReminder ? latest : null,
    since: answeredReminder ? null : { date: latest ?? created, created: latest === null },
    href: `${measurePath(m.id)}#updates-heading`,
    calendar: false,
  };
}
