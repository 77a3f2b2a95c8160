import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, ne, not, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjectAudits, euProjectReports, euProjects, goals, measures, milestones, progressUpdates, reportingRounds, roundEntries } from "../../schema";
import { advocacyItems } from "@/db/queries/advocacy/reminders";
import { projectLabel, projectsOfPerson } from "@/db/queries/funding/reminders";
import { measuresOfPerson } from "@/db/queries/strategy/reminders";
import type { ReminderPerson } from "./items";
import { relationTo, type Person, type Relation } from "@/lib/reminders/assign";
import { can, type Capability } from "@/lib/permissions";
import { classify, byUrgency, type ReminderItem } from "@/lib/reminders/items";
import { addDays } from "@/lib/dates";

/**
 * The coordinators' "overdue across the city" list, bounded in SQL: for each
 * kind of item, how many are overdue (`count(*) over ()`) and the oldest
 * `limit` of them — never every item of the city. The same rules as
 * `classify` (lib/reminders/items.ts) on the sources' items: a deadline
 * (a month date lasts to the month's end) before today on something not
 * done; a measure with no progress update for `staleAfterDays`. Evaluation
 * answers are left out (as in `overviewItems`). The items carry what the
 * list shows (owners' unit, no named persons).
 *
 * `scope`: `mine` — only the person's items (as `relationTo` decides), for
 * their own inbox, with how each is theirs; `others` — everything but the
 * person's (the coordinators' list leaves out what their inbox already shows).
 */
export type OverdueOverview = { count: number; items: { item: ReminderItem; state: "overdue"; relation: Relation }[] };
export type OverviewScope = { person: ReminderPerson; scope: "mine" | "others" };

const FINISHED = ["completed", "cancelled"] as const;
const total = sql<number>`(count(*) over ())::int`.as("total");
/** A date's last day: the month's last day for a month date. */
const endOf = (date: SQL | unknown, precision: SQL | unknown) =>
  sql<string>`(case when ${precision} = 'month' then (date_trunc('month', ${date}) + interval '1 month - 1 day')::date else ${date} end)`;
const measurePath = (id: string) => `/staff/strategy/measures/${id}`;
/** Each measure's latest update, grouped once (a join, not a subquery per measure). */
const latestUpdatesOf = (db: Db) =>
  db
    .select({ measureId: progressUpdates.measureId, date: sql<string>`max(${progressUpdates.date})`.as("latest_date") })
    .from(progressUpdates)
    .where(isNull(progressUpdates.archivedAt))
    .groupBy(progressUpdates.measureId)
    .as("latest_updates");
type LatestUpdates = ReturnType<typeof latestUpdatesOf>;

/**
 * A kind of measure item: how many measures match, counted apart from the
 * rows shown, and the oldest `limit` of them. Both read only narrow columns
 * that the partial index `measures_reminders` (and `progress_updates_latest`
 * for the latest update) hold, so at 50 000 measures they are index-only
 * scans instead of reading every wide measure row (its texts and published
 * snapshot); the shown rows' details are then read for those `limit` ids only.
 * (Before, one query carried `count(*) over ()` with every row's texts and
 * sorted them all: ~0.5 s per kind at 10× data.)
 */
async function countAndOldest<R>(
  db: Db,
  { where, withLatest, order, limit, rows }: { where: SQL | undefined; withLatest?: LatestUpdates; order: SQL; limit: number; rows: (ids: SQL) => Promise<R[]> },
): Promise<{ total: number; rows: R[] }> {
  const count = db.select({ n: sql<number>`count(*)::int` }).from(measures).innerJoin(goals, eq(goals.id, measures.goalId));
  const ids = db.select({ id: measures.id }).from(measures).innerJoin(goals, eq(goals.id, measures.goalId));
  const [[counted], shown] = await Promise.all([
    (withLatest ? count.leftJoin(withLatest, eq(withLatest.measureId, measures.id)) : count).where(where),
    rows(sql`(${(withLatest ? ids.leftJoin(withLatest, eq(withLatest.measureId, measures.id)) : ids).where(where).orderBy(asc(order), asc(measures.id)).limit(limit)})`),
  ]);
  return { total: Number(counted?.n ?? 0), rows: shown };
}

export async function overdueOverview(
  db: Db,
  { today, staleAfterDays, lookahead }: { today: string; staleAfterDays: number; lookahead: number },
  { limit, person }: { limit: number; person?: OverviewScope },
): Promise<OverdueOverview> {
  const n = limit;
  /** The person's part of a kind (nothing when their role may not act on it), or the rest. */
  const scoped = (capability: Capability, ofPerson: (p: ReminderPerson) => SQL | undefined): SQL | undefined => {
    if (!person) return undefined;
    // coalesce: a missing unit or contact makes the condition null, which `not` would keep null (neither side).
    const mine = can(person.person.role, capability) ? sql`coalesce(${ofPerson(person.person) ?? sql`true`}, false)` : sql`false`;
    return person.scope === "mine" ? mine : not(mine);
  };
  const inMeasures = scoped("strategy.editOwn", measuresOfPerson);
  const inProjects = scoped("funding.editOwn", projectsOfPerson);
  const named = person ? sql<boolean>`exists (select 1 from measure_contacts mc where mc.measure_id = ${measures.id} and mc.user_id = ${person.person.id})` : sql<boolean>`false`;
  const projectNamed = person ? sql<boolean>`${euProjects.contactId} is not distinct from ${person.person.id}::uuid` : sql<boolean>`false`;
  const liveMeasure = and(isNull(measures.archivedAt), isNull(goals.archivedAt), notInArray(measures.status, [...FINISHED]), inMeasures);
  const measureDue = endOf(measures.dueDate, measures.duePrecision);
  const milestoneDue = endOf(milestones.dueDate, milestones.duePrecision);
  const createdDay = sql<string>`(${measures.createdAt} at time zone 'Europe/Helsinki')::date`;
  const latestUpdates = latestUpdatesOf(db);
  const latest = sql<string | null>`${latestUpdates.date}`;
  const measureSince = sql<string>`coalesce(${latest}, ${createdDay})`;
  const staleCut = addDays(today, -staleAfterDays);

  const [measureRows, milestoneRows, staleRows, roundRows, reportRows, auditRows, statements] = await Promise.all([
    countAndOldest(db, {
      where: and(liveMeasure, isNotNull(measures.dueDate), sql`${measureDue} < ${today}::date`),
      order: measureDue,
      limit: n,
      rows: (ids) =>
        db
          .select({ id: measures.id, title: measures.title, due: sql<string>`${measureDue}::text`, precision: measures.duePrecision, unitId: measures.responsibleUnitId, visibility: measures.visibility, named })
          .from(measures)
          .where(inArray(measures.id, ids))
          .orderBy(asc(measureDue), asc(measures.id)),
    }),
    db
      .select({
        id: milestones.id,
        measureId: measures.id,
        title: milestones.title,
        context: measures.title,
        due: sql<string>`${milestoneDue}::text`,
        precision: milestones.duePrecision,
        unitId: measures.responsibleUnitId,
        visibility: measures.visibility,
        named,
        total,
      })
      .from(milestones)
      .innerJoin(measures, eq(measures.id, milestones.measureId))
      .innerJoin(goals, eq(goals.id, measures.goalId))
      .where(and(liveMeasure, isNull(milestones.archivedAt), notInArray(milestones.state, ["done", "cancelled"]), isNotNull(milestones.dueDate), sql`${milestoneDue} < ${today}::date`))
      .orderBy(asc(milestoneDue), asc(milestones.id))
      .limit(n),
    // No update for `staleAfterDays`: due that many days after the latest update (or the measure's creation).
    // (A reminder counts as answered only with an update in the last `lookahead` days, which is then not stale.)
    countAndOldest(db, {
      where: and(liveMeasure, sql`${measureSince} < ${staleCut}::date`),
      withLatest: latestUpdates,
      order: measureSince,
      limit: n,
      rows: (ids) =>
        db
          .select({ id: measures.id, title: measures.title, since: sql<string>`${measureSince}::text`, created: sql<boolean>`${latest} is null`, unitId: measures.responsibleUnitId, visibility: measures.visibility, named })
          .from(measures)
          .leftJoin(latestUpdates, eq(latestUpdates.measureId, measures.id))
          .where(inArray(measures.id, ids))
          .orderBy(asc(measureSince), asc(measures.id)),
    }),
    db
      .select({
        id: roundEntries.id,
        roundId: reportingRounds.id,
        title: measures.title,
        context: reportingRounds.name,
        due: sql<string>`${reportingRounds.cutOffDate}::text`,
        unitId: measures.responsibleUnitId,
        visibility: measures.visibility,
        named,
        total,
      })
      .from(roundEntries)
      .innerJoin(reportingRounds, eq(reportingRounds.id, roundEntries.roundId))
      .innerJoin(measures, eq(measures.id, roundEntries.measureId))
      .where(and(eq(reportingRounds.state, "open"), isNull(measures.archivedAt), ne(measures.status, "cancelled"), inMeasures, isNull(roundEntries.writtenAt), sql`${reportingRounds.cutOffDate} < ${today}::date`))
      .orderBy(asc(reportingRounds.cutOffDate), asc(roundEntries.id))
      .limit(n),
    db
      .select({ id: euProjectReports.id, projectId: euProjects.id, title: euProjectReports.title, name: euProjects.name, acronym: euProjects.acronym, due: euProjectReports.dueDate, unitId: euProjects.responsibleUnitId, named: projectNamed, total })
      .from(euProjectReports)
      .innerJoin(euProjects, eq(euProjects.id, euProjectReports.projectId))
      .where(and(isNull(euProjects.archivedAt), inProjects, isNull(euProjectReports.submittedOn), sql`${euProjectReports.dueDate} < ${today}::date`))
      .orderBy(asc(euProjectReports.dueDate), asc(euProjectReports.id))
      .limit(n),
    db
      .select({ id: euProjectAudits.id, projectId: euProjects.id, title: euProjectAudits.auditor, name: euProjects.name, acronym: euProjects.acronym, due: euProjectAudits.followUpDue, unitId: euProjects.responsibleUnitId, named: projectNamed, total })
      .from(euProjectAudits)
      .innerJoin(euProjects, eq(euProjects.id, euProjectAudits.projectId))
      .where(and(isNull(euProjects.archivedAt), inProjects, ne(euProjectAudits.followUpStatus, "closed"), isNotNull(euProjectAudits.followUpDue), sql`${euProjectAudits.followUpDue} < ${today}::date`))
      .orderBy(asc(euProjectAudits.followUpDue), asc(euProjectAudits.id))
      .limit(n),
    // Statements are few (one per consultation): their own source, classified as everywhere.
    advocacyItems(db),
  ]);

  const base = { context: null, done: false, doneOn: null, calendar: true, duePrecision: "day" as const };
  /** The owners as far as the list needs them: the unit, and the person when they are named on it. */
  const owners = (unitId: string | null, isNamed?: boolean) => ({ userIds: isNamed && person ? [person.person.id] : [], unitId });
  const counted: { total: number; items: ReminderItem[] }[] = [
    {
      total: measureRows.total,
      items: measureRows.rows.map((r) => ({ ...base, key: `measure_due:${r.id}`, kind: "measure_due", title: r.title, due: r.due, duePrecision: r.precision, href: measurePath(r.id), owners: owners(r.unitId, r.named), capability: "strategy.editOwn", internal: r.visibility === "internal" })),
    },
    {
      total: milestoneRows[0]?.total ?? 0,
      items: milestoneRows.map((r) => ({
        ...base,
        key: `milestone:${r.id}`,
        kind: "milestone",
        title: r.title,
        context: r.context,
        due: r.due,
        duePrecision: r.precision,
        href: `${measurePath(r.measureId)}#milestones-heading`,
        owners: owners(r.unitId, r.named),
        capability: "strategy.editOwn",
        internal: r.visibility === "internal",
      })),
    },
    {
      total: staleRows.total,
      items: staleRows.rows.map((r) => ({
        ...base,
        key: `progress_update:${r.id}`,
        kind: "progress_update",
        title: r.title,
        due: addDays(r.since, staleAfterDays),
        since: { date: r.since, created: r.created },
        href: `${measurePath(r.id)}#updates-heading`,
        owners: owners(r.unitId, r.named),
        capability: "strategy.editOwn",
        internal: r.visibility === "internal",
        calendar: false,
      })),
    },
    {
      total: roundRows[0]?.total ?? 0,
      items: roundRows.map((r) => ({ ...base, key: `round_entry:${r.id}`, kind: "round_entry", title: r.title, context: r.context, due: r.due, href: `/staff/strategy/rounds/${r.roundId}/entries/${r.id}`, owners: owners(r.unitId, r.named), capability: "strategy.editOwn", internal: r.visibility === "internal" })),
    },
    {
      total: reportRows[0]?.total ?? 0,
      items: reportRows.map((r) => ({ ...base, key: `report:${r.id}`, kind: "report", title: r.title, context: projectLabel(r.name, r.acronym), due: r.due, href: `/staff/funding/projects/${r.projectId}#reports-title`, owners: owners(r.unitId, r.named), capability: "funding.editOwn", internal: true })),
    },
    {
      total: auditRows[0]?.total ?? 0,
      items: auditRows.map((r) => ({ ...base, key: `audit:${r.id}`, kind: "audit", title: r.title, context: projectLabel(r.name, r.acronym), due: r.due!, href: `/staff/funding/projects/${r.projectId}#audits-title`, owners: owners(r.unitId, r.named), capability: "funding.editOwn", internal: true })),
    },
  ];
  const mineOf = (item: ReminderItem) => (person ? relationTo(item, { ...person.person } as Person) : null);
  const lateStatements = statements.filter((s) => classify(s, today, lookahead) === "overdue" && (!person || (person.scope === "mine") === (mineOf(s) !== null)));
  counted.push({ total: lateStatements.length, items: lateStatements });

  const count = counted.reduce((sum, c) => sum + c.total, 0);
  const items = counted
    .flatMap((c) => c.items)
    .map((item) => ({ item, state: "overdue" as const, relation: mineOf(item) ?? ("unit" as const) }))
    .sort(byUrgency)
    .slice(0, limit);
  return { count: Math.max(0, count), items };
}
