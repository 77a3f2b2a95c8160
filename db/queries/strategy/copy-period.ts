import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../client";
import { goals, measureContacts, measurePriorities, measures, priorities, strategyPeriods } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import type { AuditFn } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";

/**
 * Copy a period's structure into a new period: its goals, priorities and
 * measures (texts, units, weights, contacts, priority links), as drafts.
 * Status, progress, dates, milestones, updates and notes start afresh.
 * Every created item gets its own history record naming its origin.
 */
export async function copyPeriodStructure(
  tx: Tx,
  options: { sourceId: string; name: LocalizedText; startYear: number; endYear: number; actor: Actor; audit: AuditFn },
): Promise<{ periodId: string; counts: { goals: number; priorities: number; measures: number } }> {
  const { sourceId, actor, audit } = options;
  const stamp = { createdBy: actor.id, updatedBy: actor.id, reviewState: "draft" as const };
  const [sortRow] = await tx.select({ sortOrder: strategyPeriods.sortOrder }).from(strategyPeriods).where(eq(strategyPeriods.id, sourceId));
  const [period] = await tx
    .insert(strategyPeriods)
    .values({ name: options.name, startYear: options.startYear, endYear: options.endYear, sortOrder: (sortRow?.sortOrder ?? 0) + 1, ...stamp })
    .returning();
  if (!period) throw new Error("period not created");
  await audit({ entityType: "period", entityId: period.id, action: "create", version: 1, after: { name: period.name, startYear: period.startYear, endYear: period.endYear, copiedFrom: sourceId } });

  const srcGoals = await tx.select().from(goals).where(and(eq(goals.periodId, sourceId), isNull(goals.archivedAt))).orderBy(asc(goals.sortOrder));
  const goalMap = new Map<string, string>();
  for (const g of srcGoals) {
    const [row] = await tx.insert(goals).values({ periodId: period.id, title: g.title, description: g.description, scope: g.scope, sortOrder: g.sortOrder, ...stamp }).returning();
    if (!row) continue;
    goalMap.set(g.id, row.id);
    await audit({ entityType: "goal", entityId: row.id, action: "create", version: 1, after: { title: row.title, description: row.description, scope: row.scope, periodId: period.id, copiedFrom: g.id } });
  }
  const srcPriorities = goalMap.size
    ? await tx.select().from(priorities).where(and(inArray(priorities.goalId, [...goalMap.keys()]), isNull(priorities.archivedAt))).orderBy(asc(priorities.sortOrder))
    : [];
  const priorityMap = new Map<string, string>();
  for (const p of srcPriorities) {
    const goalId = goalMap.get(p.goalId)!;
    const [row] = await tx.insert(priorities).values({ goalId, title: p.title, description: p.description, responsibleUnitId: p.responsibleUnitId, sortOrder: p.sortOrder, ...stamp }).returning();
    if (!row) continue;
    priorityMap.set(p.id, row.id);
    await audit({ entityType: "priority", entityId: row.id, action: "create", version: 1, after: { title: row.title, description: row.description, goalId, copiedFrom: p.id } });
  }
  const srcMeasures = goalMap.size
    ? await tx.select().from(measures).where(and(inArray(measures.goalId, [...goalMap.keys()]), isNull(measures.archivedAt))).orderBy(asc(measures.sortOrder))
    : [];
  let measureCount = 0;
  for (const m of srcMeasures) {
    const goalId = goalMap.get(m.goalId)!;
    const [row] = await tx
      .insert(measures)
      .values({ goalId, title: m.title, description: m.description, responsibleUnitId: m.responsibleUnitId, weight: m.weight, visibility: m.visibility, sortOrder: m.sortOrder, ...stamp })
      .returning();
    if (!row) continue;
    measureCount++;
    const [links, contacts] = await Promise.all([
      tx.select().from(measurePriorities).where(eq(measurePriorities.measureId, m.id)),
      tx.select().from(measureContacts).where(eq(measureContacts.measureId, m.id)),
    ]);
    const newLinks = links.map((l) => priorityMap.get(l.priorityId)).filter((x): x is string => Boolean(x));
    if (newLinks.length) await tx.insert(measurePriorities).values(newLinks.map((priorityId) => ({ measureId: row.id, priorityId })));
    if (contacts.length) await tx.insert(measureContacts).values(contacts.map((c) => ({ measureId: row.id, userId: c.userId })));
    await audit({
      entityType: "measure",
      entityId: row.id,
      action: "create",
      version: 1,
      after: { title: row.title, description: row.description, goalId, responsibleUnitId: row.responsibleUnitId, weight: row.weight, visibility: row.visibility, priorityIds: newLinks.sort(), contactIds: contacts.map((c) => c.userId).sort(), copiedFrom: m.id },
    });
  }
  return { periodId: period.id, counts: { goals: goalMap.size, priorities: priorityMap.size, measures: measureCount } };
}
