import type { Db } from "@/db/client";
import { goals, measurePriorities, measures, milestones, priorities, progressUpdates, strategyPeriods } from "@/db/schema";

/**
 * A small strategy whose dashboard figures were worked out by hand (see
 * EXPECTED). "Today" is 2024-06-15 and a measure is stale after 90 days.
 *
 * Goal A ("Alpha"): priorities A1, A2 (and A3, archived)
 *   m1 on_schedule  55 % weight 2  due 31.12.2024  update 1.5.2024 (45 d)      A1
 *   m2 late         20 % weight 1  no due date     no update, created 1.1.2024 A1 A2  → late (status), stale (166 d)
 *   m3 completed   100 % weight 1  due 31.3.2024   no update                   A2     → finished: neither
 *   m4 cancelled     0 % weight 5                                               A1     → left out of progress
 *   m5 not_started  25 % weight 1  due 06/2024 (lasts to 30.6.), created 1.6.2024, milestone 10.6. done  A2
 *   m9 on_schedule  90 % weight 1  update 1.3.2024 (106 d); a later update is archived                → stale
 * Goal B ("Beta"): priority B1
 *   m6 on_schedule  40 % weight 3  due 1.1.2025, open milestone 05/2024 (passed), update 1.3.2024    B1 → late, stale
 *   m7 postponed    62 % weight 1  due 05/2024 (passed), internal update 14.6.2024                    B1 → late
 *   m8 archived measure (B1): left out of everything
 * Goal C (archived) with a late measure; period P2 with a late measure: never counted in P.
 */
export const TODAY = "2024-06-15";
export const STALE_DAYS = 90;

export const EXPECTED = {
  totals: { measures: 8, progress: 53, late: 3, stale: 3, completed: 1 }, // (110+20+100+25+90 + 120+62) / (6+4) = 527/10
  goalA: { measures: 6, progress: 58, late: 1, stale: 2, completed: 1 }, // 345/6 = 57.5 → 58 (half up)
  goalB: { measures: 2, progress: 46, late: 2, stale: 1, completed: 0 }, // 182/4 = 45.5 → 46
  A1: { measures: 3, progress: 43, late: 1, stale: 1 }, // (110+20)/3 = 43.3
  A2: { measures: 3, progress: 48, late: 1, stale: 1 }, // (20+100+25)/3 = 48.3
  B1: { measures: 2, progress: 46, late: 2, stale: 1 },
  byStatus: { on_schedule: 3, late: 1, completed: 1, cancelled: 1, not_started: 1, postponed: 1 },
};

const at = (d: string) => new Date(`${d}T12:00:00Z`);
const L = (fi: string, sv = `${fi} (sv)`, en = `${fi} (en)`) => ({ fi, sv, en });

export async function seedDashboardFixture(db: Db) {
  const [p] = await db.insert(strategyPeriods).values({ name: L("Valtuustokausi 2021–2025", "Fullmäktigeperioden 2021–2025", "Council term 2021–2025"), startYear: 2021, endYear: 2025 }).returning();
  const [p2] = await db.insert(strategyPeriods).values({ name: L("Kausi 2026–2029"), startYear: 2026, endYear: 2029, sortOrder: 1 }).returning();
  const [gA] = await db.insert(goals).values({ periodId: p!.id, title: L("Alpha-tavoite", "Alfamål", "Alpha goal"), scope: "international", sortOrder: 0 }).returning();
  const [gB] = await db.insert(goals).values({ periodId: p!.id, title: L("Beta-tavoite", "Betamål", "Beta goal"), scope: "national", sortOrder: 1 }).returning();
  const [gC] = await db.insert(goals).values({ periodId: p!.id, title: L("Arkistoitu tavoite"), scope: "eu", sortOrder: 2, archivedAt: at("2024-01-01") }).returning();
  const [gD] = await db.insert(goals).values({ periodId: p2!.id, title: L("Tuleva tavoite"), scope: "eu" }).returning();
  const pri = async (goalId: string, fi: string, sortOrder: number, archived = false) =>
    (await db.insert(priorities).values({ goalId, title: L(fi), sortOrder, archivedAt: archived ? at("2024-01-01") : null }).returning())[0]!;
  const A1 = await pri(gA!.id, "Painopiste A1", 0);
  const A2 = await pri(gA!.id, "Painopiste A2", 1);
  const A3 = await pri(gA!.id, "Painopiste A3", 2, true);
  const B1 = await pri(gB!.id, "Painopiste B1", 0);
  const D1 = await pri(gD!.id, "Painopiste D1", 0);

  type M = { goal: string; status: (typeof measures.$inferInsert)["status"]; progress: number; weight?: number; due?: string; duePrecision?: "day" | "month"; created: string; archived?: boolean; priorities: string[] };
  const measure = async (key: string, m: M) => {
    const [row] = await db
      .insert(measures)
      .values({
        goalId: m.goal,
        title: L(`Toimenpide ${key}`),
        status: m.status,
        progress: m.progress,
        weight: m.weight ?? 1,
        dueDate: m.due,
        duePrecision: m.duePrecision ?? "day",
        createdAt: at(m.created),
        archivedAt: m.archived ? at("2024-06-01") : null,
      })
      .returning();
    if (m.priorities.length) await db.insert(measurePriorities).values(m.priorities.map((priorityId) => ({ measureId: row!.id, priorityId })));
    return row!;
  };
  const update = (measureId: string, date: string, o: { archived?: boolean; visibility?: "public" | "internal" } = {}) =>
    db.insert(progressUpdates).values({ measureId, date, body: L(`Päivitys ${date}`), visibility: o.visibility ?? "public", archivedAt: o.archived ? at(date) : null });

  const m1 = await measure("m1", { goal: gA!.id, status: "on_schedule", progress: 55, weight: 2, due: "2024-12-31", created: "2024-01-01", priorities: [A1.id] });
  await update(m1.id, "2024-05-01");
  await measure("m2", { goal: gA!.id, status: "late", progress: 20, created: "2024-01-01", priorities: [A1.id, A2.id] });
  await measure("m3", { goal: gA!.id, status: "completed", progress: 100, due: "2024-03-31", created: "2023-01-01", priorities: [A2.id] });
  await measure("m4", { goal: gA!.id, status: "cancelled", progress: 0, weight: 5, created: "2023-01-01", priorities: [A1.id] });
  const m5 = await measure("m5", { goal: gA!.id, status: "not_started", progress: 25, due: "2024-06-01", duePrecision: "month", created: "2024-06-01", priorities: [A2.id] });
  await db.insert(milestones).values({ measureId: m5.id, title: L("Valmis välitavoite"), dueDate: "2024-06-10", state: "done" });
  const m9 = await measure("m9", { goal: gA!.id, status: "on_schedule", progress: 90, created: "2023-06-01", priorities: [] });
  await update(m9.id, "2024-03-01");
  await update(m9.id, "2024-06-01", { archived: true });

  const m6 = await measure("m6", { goal: gB!.id, status: "on_schedule", progress: 40, weight: 3, due: "2025-01-01", created: "2024-01-01", priorities: [B1.id] });
  await db.insert(milestones).values({ measureId: m6.id, title: L("Myöhässä oleva välitavoite"), dueDate: "2024-05-01", duePrecision: "month", state: "planned" });
  await update(m6.id, "2024-03-01");
  const m7 = await measure("m7", { goal: gB!.id, status: "postponed", progress: 62, due: "2024-05-01", duePrecision: "month", created: "2024-01-01", priorities: [B1.id] });
  await update(m7.id, "2024-06-14", { visibility: "internal" });
  await measure("m8", { goal: gB!.id, status: "late", progress: 10, created: "2024-01-01", archived: true, priorities: [B1.id] });

  await measure("m11", { goal: gC!.id, status: "late", progress: 5, created: "2024-01-01", priorities: [] });
  await measure("m10", { goal: gD!.id, status: "on_schedule", progress: 70, due: "2024-01-01", created: "2024-01-01", priorities: [] });

  return { periodId: p!.id, period2Id: p2!.id, goalA: gA!.id, goalB: gB!.id, goalC: gC!.id, A1: A1.id, A2: A2.id, A3: A3.id, B1: B1.id, D1: D1.id };
}
export type DashboardFixture = Awaited<ReturnType<typeof seedDashboardFixture>>;
