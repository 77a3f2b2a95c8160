import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { goals, measures, priorities } from "../../schema";
import { ActionError } from "@/lib/actions/result";

const tables = {
  goal: { table: goals, parent: goals.periodId },
  priority: { table: priorities, parent: priorities.goalId },
  measure: { table: measures, parent: measures.goalId },
} as const;

/**
 * Move an item one place among its siblings. Positions are renumbered 0..n-1
 * and only the rows whose position changed are written; the published
 * snapshot's position follows (order is presentation, not reviewed content).
 */
export async function reorderSibling(tx: Tx, type: keyof typeof tables, id: string, direction: "up" | "down") {
  const { table, parent } = tables[type];
  const [item] = await tx.select({ parentId: parent }).from(table).where(and(eq(table.id, id), isNull(table.archivedAt)));
  if (!item) throw new ActionError("not_found");
  const siblings = await tx
    .select({ id: table.id, sortOrder: table.sortOrder })
    .from(table)
    .where(and(eq(parent, item.parentId), isNull(table.archivedAt)))
    .orderBy(asc(table.sortOrder), asc(table.createdAt))
    .for("update");
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= siblings.length) throw new ActionError("invalid", { key: "errors.cannotMove" });
  const order = siblings.map((s) => s.id);
  [order[index], order[target]] = [order[target]!, order[index]!];
  const moved: { id: string; before: number; after: number }[] = [];
  for (const [pos, sid] of order.entries()) {
    const before = siblings.find((s) => s.id === sid)!.sortOrder;
    if (before === pos) continue;
    await tx
      .update(table)
      .set({
        sortOrder: pos,
        published: sql`case when ${table.published} is null then null else jsonb_set(${table.published}, '{sortOrder}', to_jsonb(${pos}::int)) end`,
      })
      .where(eq(table.id, sid));
    moved.push({ id: sid, before, after: pos });
  }
  return moved;
}
