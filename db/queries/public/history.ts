import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, goals, governmentAsks, indicators, measures, priorities, progressUpdates, strategyPeriods } from "../../schema";
import { publishedHistory } from "../audit";

/**
 * The published history of an item for the public: its publications, each
 * the public snapshot of that time (never a working copy). Only for items
 * that are public now; others answer "not found". An area adds its
 * publishable tables here under the entity type its history records use.
 */
const tables = {
  period: strategyPeriods,
  goal: goals,
  priority: priorities,
  measure: measures,
  progress_update: progressUpdates,
  indicator: indicators,
  advocacy_plan: advocacyPlans,
  advocacy_activity: advocacyActivities,
  government_ask: governmentAsks,
} as const;

export type HistoryType = keyof typeof tables;
export const historyTypes = Object.keys(tables) as HistoryType[];

export function isHistoryType(value: string): value is HistoryType {
  return Object.hasOwn(tables, value);
}

export type PublicVersion = { at: Date; version: number | null; snapshot: Record<string, unknown> | null };

export async function publicHistory(db: Db, type: HistoryType, id: string): Promise<{ current: Record<string, unknown>; versions: PublicVersion[] } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const table = tables[type];
  const [row] = await db
    .select({ snapshot: table.published })
    .from(table)
    .where(and(eq(table.id, id), isNotNull(table.published), isNull(table.archivedAt)));
  if (!row?.snapshot) return null;
  const versions = await publishedHistory(db, type, id);
  return { current: row.snapshot as Record<string, unknown>, versions: versions.map((v) => ({ at: v.at, version: v.version, snapshot: v.snapshot ?? null })) };
}
