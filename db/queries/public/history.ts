import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, goals, governmentAsks, indicators, measures, priorities, progressUpdates, strategyPeriods } from "../../schema";
import { publishedHistory } from "../audit";
import { publicWhere, type PublicKind } from "./visibility";

/**
 * The published history of an item for the public: its publications, each
 * the public snapshot of that time (never a working copy). Only for items
 * that are public now by the one visibility rule (./visibility); others
 * answer "not found". An area adds its publishable tables here under the
 * entity type its history records use, with the rule's kind.
 */
const tables = {
  period: [strategyPeriods, "period"],
  goal: [goals, "goal"],
  priority: [priorities, "priority"],
  measure: [measures, "measure"],
  progress_update: [progressUpdates, "progressUpdate"],
  indicator: [indicators, "indicator"],
  advocacy_plan: [advocacyPlans, "advocacyPlan"],
  advocacy_activity: [advocacyActivities, "advocacyActivity"],
  government_ask: [governmentAsks, "governmentAsk"],
} as const satisfies Record<string, readonly [unknown, PublicKind]>;

export type HistoryType = keyof typeof tables;
export const historyTypes = Object.keys(tables) as HistoryType[];

export function isHistoryType(value: string): value is HistoryType {
  return Object.hasOwn(tables, value);
}

export type PublicVersion = { at: Date; version: number | null; snapshot: Record<string, unknown> | null };

export async function publicHistory(db: Db, type: HistoryType, id: string): Promise<{ current: Record<string, unknown>; isDemo: boolean; versions: PublicVersion[] } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [table, kind] = tables[type];
  const [row] = await db
    .select({ snapshot: table.published, isDemo: table.isDemo })
    .from(table)
    .where(and(eq(table.id, id), publicWhere[kind]()));
  if (!row?.snapshot) return null;
  const versions = await publishedHistory(db, type, id);
  return { current: row.snapshot as Record<string, unknown>, isDemo: row.isDemo, versions: versions.map((v) => ({ at: v.at, version: v.version, snapshot: v.snapshot ?? null })) };
}
