import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../client";
import { indicatorMeasures, indicatorPoints, indicatorPriorities, measures, priorities, type Indicator, type ProgressUpdate } from "../../schema";
import type { PublishableTable } from "@/lib/publishing";
import { indicatorSnapshot, progressUpdateSnapshot } from "./snapshots";
import { publishableTables } from "../publishable";

type AnyDb = Db | Tx;

/**
 * What the strategy area's review sources and publish actions read
 * (lib/strategy/review/specs.ts holds the rules of each kind): the tables,
 * the public snapshots that need more than the row, and the names a
 * comparison shows.
 */
const { period, goal, priority, measure, progressUpdate, indicator } = publishableTables;
export const strategyTables = { period, goal, priority, measure, progressUpdate, indicator } satisfies Record<string, PublishableTable & PgTable>;

/** A public progress update's snapshot: only while its measure is public too (else null: nothing public). */
export async function progressUpdateDraftSnapshot(db: AnyDb, row: ProgressUpdate) {
  if (row.visibility !== "public") return null;
  const [m] = await db.select({ visibility: measures.visibility }).from(measures).where(eq(measures.id, row.measureId));
  return m?.visibility === "public" ? progressUpdateSnapshot(row) : null;
}

/** The measures and priorities an indicator follows (ids, sorted). */
export async function indicatorLinks(db: AnyDb, indicatorId: string) {
  const [ms, ps] = await Promise.all([
    db.select({ id: indicatorMeasures.measureId }).from(indicatorMeasures).where(eq(indicatorMeasures.indicatorId, indicatorId)),
    db.select({ id: indicatorPriorities.priorityId }).from(indicatorPriorities).where(eq(indicatorPriorities.indicatorId, indicatorId)),
  ]);
  return { measureIds: ms.map((r) => r.id).sort(), priorityIds: ps.map((r) => r.id).sort() };
}

/** A public indicator's snapshot with its values, targets and links (null for an internal one). */
export async function indicatorDraftSnapshot(db: AnyDb, row: Indicator) {
  if (row.visibility !== "public") return null;
  const [points, links] = await Promise.all([
    db.select().from(indicatorPoints).where(eq(indicatorPoints.indicatorId, row.id)).orderBy(asc(indicatorPoints.date)),
    indicatorLinks(db, row.id),
  ]);
  return indicatorSnapshot(row, points, links);
}

/** Titles of priorities and measures for the comparison's id lists. */
export async function strategyNames(db: AnyDb, ids: { priorityIds: string[]; measureIds: string[] }) {
  const [ps, ms] = await Promise.all([
    ids.priorityIds.length ? db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(inArray(priorities.id, ids.priorityIds)) : [],
    ids.measureIds.length ? db.select({ id: measures.id, title: measures.title }).from(measures).where(and(inArray(measures.id, ids.measureIds), isNull(measures.archivedAt))) : [],
  ]);
  return [...ps, ...ms];
}
