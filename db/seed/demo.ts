import { hashPassword } from "@/lib/auth/password";
import { count } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { goals, measureContacts, measurePriorities, measures, priorities, strategyPeriods, units, users } from "../schema";
import { recordAudit } from "../queries/audit";
import { goalSnapshot, measureSnapshot, periodSnapshot, prioritySnapshot } from "../queries/strategy/snapshots";
import { seedAdvocacy } from "./advocacy";
import { seedNetworks } from "./networks";
import { seedFundingDemo } from "./funding";
import { seedFollowUpRound } from "./rounds";
import { seedMeasureMilestones, seedStrategyExtras } from "./strategy";
import { DEMO_PASSWORD, seedGoals, seedMeasures, seedPeriod, seedUnits, seedUsers } from "./strategy-page";

const SEEDER = null; // seed writes are attributed to no person

async function published<T extends { id: string }>(
  tx: Tx,
  entityType: string,
  row: T,
  snapshot: Record<string, unknown>,
  update: (values: { reviewState: "published"; published: Record<string, unknown>; publishedAt: Date; publishedVersion: number }) => Promise<unknown>,
) {
  const now = new Date();
  await update({ reviewState: "published", published: snapshot, publishedAt: now, publishedVersion: 1 });
  await recordAudit(tx, { entityType, entityId: row.id, action: "create", version: 1, actor: SEEDER, after: snapshot });
  await recordAudit(tx, {
    entityType,
    entityId: row.id,
    action: "publish",
    version: 1,
    actor: SEEDER,
    after: snapshot,
    isPublication: true,
  });
}

/** Units, the demo accounts and the source page's strategy, published. Runs once, on an empty database. */
export async function seedDemo(db: Db, options: { withAccounts: boolean }): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(strategyPeriods);
  if ((existing?.n ?? 0) > 0) return false;
  const { eq } = await import("drizzle-orm");
  const passwordHash = options.withAccounts ? await hashPassword(DEMO_PASSWORD) : null;

  await db.transaction(async (tx) => {
    const unitIds = new Map<string, string>();
    for (const u of seedUnits) {
      const [row] = await tx.insert(units).values(u).onConflictDoNothing().returning();
      const id = row?.id ?? (await tx.select().from(units).where(eq(units.code, u.code)))[0]?.id;
      if (id) unitIds.set(u.code, id);
    }
    const userIds = new Map<string, string>();
    if (options.withAccounts && passwordHash) {
      for (const u of seedUsers) {
        const [row] = await tx
          .insert(users)
          .values({ email: u.email, name: u.name, role: u.role, unitId: unitIds.get(u.unit), passwordHash })
          .onConflictDoNothing()
          .returning();
        if (row) userIds.set(u.email, row.id);
      }
    }

    const [period] = await tx.insert(strategyPeriods).values(seedPeriod).returning();
    if (!period) throw new Error("seed: period not created");
    await published(tx, "period", period, periodSnapshot(period), (v) =>
      tx.update(strategyPeriods).set(v).where(eq(strategyPeriods.id, period.id)),
    );

    const priorityIds = new Map<string, string>();
    const measureIds = new Map<string, string>();
    for (const [gi, g] of seedGoals.entries()) {
      const [goal] = await tx
        .insert(goals)
        .values({ periodId: period.id, title: g.title, description: g.description, scope: g.scope, sortOrder: gi })
        .returning();
      if (!goal) throw new Error("seed: goal not created");
      await published(tx, "goal", goal, goalSnapshot(goal), (v) => tx.update(goals).set(v).where(eq(goals.id, goal.id)));
      for (const [pi, p] of g.priorities.entries()) {
        const [priority] = await tx
          .insert(priorities)
          .values({
            goalId: goal.id,
            title: { fi: p.fi, sv: p.sv, en: p.en },
            description: p.description,
            sortOrder: pi,
            responsibleUnitId: unitIds.get(g.key === "national" ? "STRA" : "KANS"),
          })
          .returning();
        if (!priority) throw new Error("seed: priority not created");
        priorityIds.set(p.key, priority.id);
        await published(tx, "priority", priority, prioritySnapshot(priority), (v) =>
          tx.update(priorities).set(v).where(eq(priorities.id, priority.id)),
        );
      }
      for (const [mi, m] of seedMeasures[g.key as "international" | "national"].entries()) {
        const [measure] = await tx
          .insert(measures)
          .values({
            goalId: goal.id,
            title: m.title,
            description: m.description,
            status: m.status,
            progress: m.progress,
            startDate: m.start?.[0],
            startPrecision: m.start?.[1] ?? "day",
            dueDate: m.due?.[0],
            duePrecision: m.due?.[1] ?? "day",
            responsibleUnitId: unitIds.get(m.unit),
            sortOrder: mi,
            // The title and description are the source page's; status, progress and milestones are demo.
            isDemo: true,
          })
          .returning();
        if (!measure) throw new Error("seed: measure not created");
        const linked = m.priorities.map((k) => priorityIds.get(k)).filter((id): id is string => Boolean(id));
        if (linked.length) await tx.insert(measurePriorities).values(linked.map((priorityId) => ({ measureId: measure.id, priorityId })));
        const editorId = userIds.get("editor@example.com");
        if (m.contactEditor && editorId) await tx.insert(measureContacts).values({ measureId: measure.id, userId: editorId });
        measureIds.set(m.key, measure.id);
        const measureMilestones = await seedMeasureMilestones(tx, measure.id, m.key);
        await published(tx, "measure", measure, measureSnapshot(measure, [...linked].sort(), measureMilestones), (v) =>
          tx.update(measures).set(v).where(eq(measures.id, measure.id)),
        );
      }
    }
    await seedStrategyExtras(tx, { periodId: period.id, measureIds, priorityIds, unitIds, authorId: userIds.get("editor@example.com") ?? null });
    await seedFollowUpRound(tx, { periodId: period.id, measureIds });
    await seedAdvocacy(tx, { priorities: priorityIds, users: userIds });
    await seedNetworks(tx, { unitIds, userIds, priorityIds });
    await seedFundingDemo(tx, { unitIds, userIds, priorityIds });
  });
  return true;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}
