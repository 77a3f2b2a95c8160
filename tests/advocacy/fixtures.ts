import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advocacyActivities, advocacyPlans, evaluationQuestions, evaluationRespondents, evaluationRounds, goals, governmentAsks, priorities, units } from "@/db/schema";

/** Rows made directly in the database, so each test case starts from its own item. */
let n = 0;
const tag = () => `t${++n}-${Math.random().toString(36).slice(2, 7)}`;

export async function unitId(db: Db, code: string) {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

/** A fresh priority whose advocacy the given unit leads. */
export async function newPriority(db: Db, unitCode: string) {
  const [goal] = await db.select({ id: goals.id }).from(goals).limit(1);
  if (!goal) throw new Error("no goal");
  const [p] = await db
    .insert(priorities)
    .values({ goalId: goal.id, title: { fi: `Painopiste ${tag()}`, sv: "Prioritet", en: "Priority" }, responsibleUnitId: await unitId(db, unitCode) })
    .returning();
  return p!;
}

export async function newActivity(db: Db, priorityId: string, values: Partial<typeof advocacyActivities.$inferInsert> = {}) {
  const [a] = await db
    .insert(advocacyActivities)
    .values({
      type: "statement",
      priorityId,
      title: { fi: `Lausunto ${tag()}`, sv: "Utlåtande", en: "Statement" },
      deadline: "2030-01-31",
      ...values,
    })
    .returning();
  return a!;
}

export async function newAsk(db: Db, priorityId: string, values: Partial<typeof governmentAsks.$inferInsert> = {}) {
  const [a] = await db
    .insert(governmentAsks)
    .values({ programmeYear: 2027, priorityId, wording: { fi: `Tavoite ${tag()}`, sv: "Mål", en: "Ask" }, ...values })
    .returning();
  return a!;
}

export async function newPlan(db: Db, priorityId: string, values: Partial<typeof advocacyPlans.$inferInsert> = {}) {
  const [p] = await db
    .insert(advocacyPlans)
    .values({ priorityId, objectives: { fi: `Tavoitteet ${tag()}` }, ...values })
    .returning();
  return p!;
}

/** A round with one question per given priority and the given respondents. */
export async function newRound(
  db: Db,
  options: { status?: "draft" | "open" | "closed"; anonymous?: boolean; minAnswers?: number | null; priorityIds: string[]; respondentIds: string[] },
) {
  const [round] = await db
    .insert(evaluationRounds)
    .values({
      name: { fi: `Arviointi ${tag()}`, sv: "Utvärdering", en: "Evaluation" },
      opensOn: "2026-01-01",
      closesOn: "2026-12-31",
      anonymous: options.anonymous ?? false,
      minAnswers: options.minAnswers ?? null,
      status: options.status ?? "open",
      closedAt: options.status === "closed" ? new Date() : null,
    })
    .returning();
  const questions = await db
    .insert(evaluationQuestions)
    .values(options.priorityIds.map((priorityId, i) => ({ roundId: round!.id, priorityId, sortOrder: i })))
    .returning();
  const respondents = options.respondentIds.length
    ? await db.insert(evaluationRespondents).values(options.respondentIds.map((userId) => ({ roundId: round!.id, userId }))).returning()
    : [];
  return { round: round!, questions, respondents };
}

/**
 * Everything a refused call could have changed: row counts, versions and the
 * history of the whole area. Equal before and after = nothing was written.
 */
export async function fingerprint(db: Db) {
  const rows = await db.execute(sql`
    select
      (select count(*) from audit_log) as audit,
      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') from advocacy_activities) as activities,
      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') from advocacy_plans) as plans,
      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') from government_asks) as asks,
      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') from evaluation_rounds) as rounds,
      (select count(*) from evaluation_questions) as questions,
      (select count(*) || ':' || coalesce(sum(version), 0) from evaluation_respondents) as respondents,
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from evaluation_answers) as answers
  `);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Record<string, unknown>[];
  return JSON.stringify(list[0]);
}
