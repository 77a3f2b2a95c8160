import "server-only";
import { and, asc, desc, sql } from "drizzle-orm";
import { fetchPage } from "@/lib/paging";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, governmentAsks, priorities, type AskOutcome, askOutcome } from "../../schema";
import { publicWhere } from "../public/visibility";
import type { PrioritySnapshot } from "../strategy/snapshots";
import type { ActivitySnapshot, AskSnapshot, PlanSnapshot } from "./snapshots";
import { countWhere } from "../paging";

/**
 * The public site's view of advocacy: published snapshots only, never the
 * working copies. Internal plans, internal notes and evaluations have no
 * snapshot, so they cannot appear here. Rows are chosen by the one
 * visibility rule (../public/visibility): items of a priority that is not
 * public (its goal or period a draft) are left out. Every ask is shown with
 * its real outcome (adopted, partly, not adopted, pending): a record, not a
 * selection.
 */

export type PublicAsk = AskSnapshot & { id: string; isDemo: boolean };
export type PublicActivity = ActivitySnapshot & { id: string; isDemo: boolean };

export async function getPublishedAdvocacy(db: Db) {
  const [priorityRows, planRows, activityRows, askRows] = await Promise.all([
    db.select({ id: priorities.id, snapshot: priorities.published }).from(priorities).where(publicWhere.priority()),
    db.select({ id: advocacyPlans.id, snapshot: advocacyPlans.published, isDemo: advocacyPlans.isDemo }).from(advocacyPlans).where(publicWhere.advocacyPlan()),
    db.select({ id: advocacyActivities.id, snapshot: advocacyActivities.published, isDemo: advocacyActivities.isDemo }).from(advocacyActivities).where(publicWhere.advocacyActivity()),
    db.select({ id: governmentAsks.id, snapshot: governmentAsks.published, isDemo: governmentAsks.isDemo }).from(governmentAsks).where(publicWhere.governmentAsk()),
  ]);
  const publicPriorities = new Map(priorityRows.map((p) => [p.id, p.snapshot as PrioritySnapshot]));
  const ofPublic = <S extends { priorityId: string }>(rows: { id: string; snapshot: unknown; isDemo: boolean }[]) =>
    rows.map((r) => ({ id: r.id, ...(r.snapshot as S), isDemo: r.isDemo })).filter((r) => publicPriorities.has(r.priorityId));
  const activities = ofPublic<ActivitySnapshot>(activityRows).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const asks = ofPublic<AskSnapshot>(askRows).sort((a, b) => b.programmeYear - a.programmeYear || a.sortOrder - b.sortOrder);
  return {
    priorities: publicPriorities,
    plans: ofPublic<PlanSnapshot>(planRows),
    statements: activities.filter((a) => a.type === "statement"),
    otherActions: activities.filter((a) => a.type !== "statement"),
    /** Every published ask, whatever its outcome. */
    asks,
  };
}

/** One page of published asks, newest programme first, optionally of one outcome and one programme year (in SQL). */
/** The public record's order of asks (newest programme first) and of statements (newest first). */
const askOrder = () => [desc(sql`(${governmentAsks.published}->>'programmeYear')::int`), asc(sql`(${governmentAsks.published}->>'sortOrder')::int`), asc(governmentAsks.id)];
const statementOrder = () => [desc(sql`${advocacyActivities.published}->>'date'`), asc(advocacyActivities.id)];
const statementWhere = () => and(publicWhere.advocacyActivity(), sql`${advocacyActivities.published}->>'type' = 'statement'`);

/**
 * Where one published ask or statement stands in the unfiltered public list
 * (1-based), so that a link to it (a search hit, a feed entry) opens the page
 * of the list that shows it; null when it is not public.
 */
export async function publicRecordPosition(db: Db, kind: "ask" | "statement", id: string): Promise<number | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const ranked =
    kind === "ask"
      ? db.select({ id: governmentAsks.id, n: sql<number>`row_number() over (order by ${sql.join(askOrder(), sql`, `)})`.as("n") }).from(governmentAsks).where(publicWhere.governmentAsk()).as("ranked")
      : db.select({ id: advocacyActivities.id, n: sql<number>`row_number() over (order by ${sql.join(statementOrder(), sql`, `)})`.as("n") }).from(advocacyActivities).where(statementWhere()).as("ranked");
  const [row] = await db.select({ n: ranked.n }).from(ranked).where(sql`${ranked.id} = ${id}`);
  return row ? Number(row.n) : null;
}

export async function pagePublishedAsks(db: Db, opts: { page: number; outcome?: AskOutcome; year?: number; size?: number }) {
  const where = and(
    publicWhere.governmentAsk(),
    opts.outcome ? sql`${governmentAsks.published}->>'outcome' = ${opts.outcome}` : undefined,
    opts.year ? sql`(${governmentAsks.published}->>'programmeYear')::int = ${opts.year}` : undefined,
  );
  return fetchPage(
    opts.page,
    async (limit, offset) =>
      (
        await db
          .select({ id: governmentAsks.id, snapshot: governmentAsks.published, isDemo: governmentAsks.isDemo })
          .from(governmentAsks)
          .where(where)
          .orderBy(...askOrder())
          .limit(limit)
          .offset(offset)
      ).map((r): PublicAsk => ({ id: r.id, ...(r.snapshot as AskSnapshot), isDemo: r.isDemo })),
    countWhere(db, governmentAsks, where),
    opts.size,
  );
}

/**
 * The published asks of one programme year as (priority, outcome): what the
 * adoption figures count (lib/advocacy/adoption.ts, the same rule and function
 * as the staff register). With the years that have published asks.
 */
export async function publishedAskOutcomes(db: Db, year?: number) {
  const base = publicWhere.governmentAsk();
  const yearCol = sql<number>`(${governmentAsks.published}->>'programmeYear')::int`;
  const years = (await db.selectDistinct({ year: yearCol }).from(governmentAsks).where(base)).map((r) => Number(r.year)).sort((a, b) => b - a);
  const chosen = year && years.includes(year) ? year : (years.find((y) => y <= new Date().getFullYear()) ?? years[0]);
  if (chosen === undefined) return { years, year: null, outcomes: [] };
  const outcomes = await db
    .select({ priorityId: sql<string>`${governmentAsks.published}->>'priorityId'`, outcome: sql<AskOutcome>`${governmentAsks.published}->>'outcome'` })
    .from(governmentAsks)
    .where(and(base, sql`${yearCol} = ${chosen}`));
  return { years, year: chosen, outcomes };
}

/** One page of the statements given (published with their date), newest first (in SQL). */
export async function pagePublishedStatements(db: Db, opts: { page: number; size?: number }) {
  const where = statementWhere();
  return fetchPage(
    opts.page,
    async (limit, offset) =>
      (
        await db
          .select({ id: advocacyActivities.id, snapshot: advocacyActivities.published, isDemo: advocacyActivities.isDemo })
          .from(advocacyActivities)
          .where(where)
          .orderBy(...statementOrder())
          .limit(limit)
          .offset(offset)
      ).map((r): PublicActivity => ({ id: r.id, ...(r.snapshot as ActivitySnapshot), isDemo: r.isDemo })),
    countWhere(db, advocacyActivities, where),
    opts.size,
  );
}

/** The outcomes an ask can have, in the schema's order (filters). */
export const ASK_OUTCOMES = askOutcome.enumValues;
