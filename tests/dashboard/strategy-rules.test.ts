import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strategyTotals } from "@/db/queries/strategy/dashboard";
import { goals, measures, milestones, progressUpdates, strategyPeriods } from "@/db/schema";
import { effectiveEnd } from "@/lib/strategy/dates";
import { isLate, isStale } from "@/lib/strategy/flags";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { setupTestDatabase } from "../helpers/db";

/**
 * The dashboard counts late and stale measures and rolls up progress in SQL;
 * the strategy area decides them in TypeScript (lib/strategy/flags.ts,
 * rollup.ts) for its lists. On random measures both must agree, so the
 * dashboard's "5 late" is the staff list's "5 late".
 */
const getDb = setupTestDatabase({ demo: false });

// Days close together (across two month ends), so that the boundaries — due today, stale
// exactly N days, a month date's last day — come up often.
const day = fc.integer({ min: 0, max: 75 }).map((n) => new Date(Date.UTC(2024, 4, 1) + n * 86_400_000).toISOString().slice(0, 10));
const precision = fc.constantFrom("day" as const, "month" as const);
const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
const measure = fc.record({
  status: fc.constantFrom("not_started" as const, "on_schedule" as const, "late" as const, "completed" as const, "cancelled" as const, "postponed" as const),
  progress: fc.integer({ min: 0, max: 100 }),
  weight: fc.integer({ min: 0, max: 5 }),
  due: fc.option(fc.tuple(day, precision), { nil: undefined }),
  created: day,
  milestones: fc.array(fc.record({ due: fc.option(fc.tuple(day, precision), { nil: undefined }), state: fc.constantFrom("planned" as const, "in_progress" as const, "done" as const, "cancelled" as const) }), { maxLength: 2 }),
  updates: fc.array(fc.record({ date: day, archived: fc.boolean() }), { maxLength: 2 }),
});

describe("the dashboard's SQL agrees with the strategy area's rules", () => {
  it("late, stale and progress on random measures", async () => {
    const db = await getDb();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(measure, { minLength: 1, maxLength: 8 }), day, fc.integer({ min: 1, max: 40 }), fc.nat(), async (list, someDay, staleDays, pick) => {
        // "Today" is often exactly on a boundary: a due date, a month date's last day, or N days after an update.
        const plus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        const boundaries = list.flatMap((m) => [
          ...[m.due, ...m.milestones.map((x) => x.due)].flatMap((d) => (d ? [d[0], effectiveEnd(monthStart(d[0]), "month")] : [])),
          ...[m.created, ...m.updates.map((u) => u.date)].map((d) => plus(d, staleDays)),
        ]);
        const candidates = [someDay, ...boundaries];
        const today = candidates[pick % candidates.length]!;
        const [p] = await db.insert(strategyPeriods).values({ name: { fi: `Kausi ${++run}` }, startYear: 2021, endYear: 2025 }).returning();
        const [g] = await db.insert(goals).values({ periodId: p!.id, title: { fi: "Tavoite" }, scope: "eu" }).returning();
        const expected = { late: 0, stale: 0 };
        for (const m of list) {
          const due = m.due && { date: m.due[1] === "month" ? monthStart(m.due[0]) : m.due[0], precision: m.due[1] };
          const createdAt = new Date(`${m.created}T12:00:00Z`);
          const [row] = await db
            .insert(measures)
            .values({ goalId: g!.id, title: { fi: "M" }, status: m.status, progress: m.progress, weight: m.weight, dueDate: due?.date, duePrecision: due?.precision ?? "day", createdAt })
            .returning();
          const ms = m.milestones.map((x) => ({ dueDate: x.due ? (x.due[1] === "month" ? monthStart(x.due[0]) : x.due[0]) : null, duePrecision: x.due?.[1] ?? ("day" as const), state: x.state }));
          for (const x of ms) await db.insert(milestones).values({ measureId: row!.id, title: { fi: "V" }, ...x });
          for (const u of m.updates) await db.insert(progressUpdates).values({ measureId: row!.id, date: u.date, body: { fi: "P" }, archivedAt: u.archived ? createdAt : null });
          const live = m.updates.filter((u) => !u.archived).map((u) => u.date).sort();
          const input = { status: m.status, dueDate: due?.date ?? null, duePrecision: due?.precision ?? ("day" as const), createdAt, milestones: ms, lastUpdate: live.at(-1) ?? null };
          if (isLate(input, today)) expected.late++;
          if (isStale(input, today, staleDays)) expected.stale++;
        }
        const totals = await strategyTotals(db, { periodId: p!.id, today, staleAfterDays: staleDays });
        expect(totals.late).toBe(expected.late);
        expect(totals.stale).toBe(expected.stale);
        expect(totals.progress).toBe(rollUpProgress(list));
        expect(totals.measures).toBe(list.length);
      }),
      { numRuns: 30 },
    );
  });
});
