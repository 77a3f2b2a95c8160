import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { buildMeasureSnapshot, measureTexts } from "@/db/queries/strategy/write-measures";
import {
  goalSnapshot,
  indicatorSnapshot,
  periodSnapshot,
  prioritySnapshot,
  progressUpdateSnapshot,
} from "@/db/queries/strategy/snapshots";
import {
  goals,
  indicatorMeasures,
  indicatorPoints,
  indicatorPriorities,
  indicators,
  measures,
  priorities,
  progressUpdates,
  strategyPeriods,
  type Goal,
  type Indicator,
  type Measure,
  type Priority,
  type ProgressUpdate,
  type StrategyPeriod,
} from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { PublishableTable } from "@/lib/publishing";

type AnyDb = Db | Tx;
export type FieldKind = "localized" | "text" | "number" | "percent" | "status" | "scope" | "date" | "unit" | "priorities" | "measures" | "milestones" | "points" | "year" | "links";
export type FieldSpec = { key: string; kind: FieldKind; precisionKey?: string };

/**
 * One kind of publishable strategy item: how to build its public snapshot
 * from the working copy, which texts need Finnish and Swedish, where it is
 * shown. The review sources, the publish actions and the seed use these.
 */
export type EntitySpec<R extends { id: string }> = {
  type: string;
  table: PublishableTable & PgTable;
  snapshot: (db: AnyDb, row: R) => Promise<Record<string, unknown> | null>;
  texts: (snapshot: Record<string, unknown>) => Record<string, LocalizedText | null>;
  title: (row: R) => LocalizedText;
  editHref: (row: R) => string;
  publicHref?: (row: R) => string;
  fields: FieldSpec[];
  /** Internal items that were never published need no review. */
  isInternal?: (row: R) => boolean;
};

const textsOf = (s: Record<string, unknown>, keys: string[]) => {
  const out: Record<string, LocalizedText | null> = {};
  for (const k of keys) {
    const v = s[k] as LocalizedText | null | undefined;
    if (k === "title" || k === "name" || k === "body" || k === "unit" || v?.fi) out[k] = v ?? null;
  }
  return out;
};

export const periodSpec: EntitySpec<StrategyPeriod> = {
  type: "period",
  table: strategyPeriods,
  snapshot: async (_db, row) => periodSnapshot(row),
  texts: (s) => textsOf(s, ["name"]),
  title: (row) => row.name,
  editHref: (row) => `/staff/strategy/periods/${row.id}`,
  fields: [
    { key: "name", kind: "localized" },
    { key: "startYear", kind: "year" },
    { key: "endYear", kind: "year" },
  ],
};

export const goalSpec: EntitySpec<Goal> = {
  type: "goal",
  table: goals,
  snapshot: async (_db, row) => goalSnapshot(row),
  texts: (s) => textsOf(s, ["title", "description"]),
  title: (row) => row.title,
  editHref: (row) => `/staff/strategy/goals/${row.id}`,
  publicHref: (row) => `/goals/${row.id}`,
  fields: [
    { key: "title", kind: "localized" },
    { key: "description", kind: "localized" },
    { key: "scope", kind: "scope" },
  ],
};

export const prioritySpec: EntitySpec<Priority> = {
  type: "priority",
  table: priorities,
  snapshot: async (_db, row) => prioritySnapshot(row),
  texts: (s) => textsOf(s, ["title", "description"]),
  title: (row) => row.title,
  editHref: (row) => `/staff/strategy/priorities/${row.id}`,
  publicHref: (row) => `/goals/${row.goalId}/priorities/${row.id}`,
  fields: [
    { key: "title", kind: "localized" },
    { key: "description", kind: "localized" },
  ],
};

export const measureSpec: EntitySpec<Measure> = {
  type: "measure",
  table: measures,
  snapshot: (db, row) => buildMeasureSnapshot(db as Tx, row),
  texts: (s) => measureTexts(s as never),
  title: (row) => row.title,
  editHref: (row) => `/staff/strategy/measures/${row.id}`,
  publicHref: (row) => `/measures/${row.id}`,
  isInternal: (row) => row.visibility === "internal",
  fields: [
    { key: "title", kind: "localized" },
    { key: "description", kind: "localized" },
    { key: "status", kind: "status" },
    { key: "progress", kind: "percent" },
    { key: "startDate", kind: "date", precisionKey: "startPrecision" },
    { key: "dueDate", kind: "date", precisionKey: "duePrecision" },
    { key: "responsibleUnitId", kind: "unit" },
    { key: "priorityIds", kind: "priorities" },
    { key: "weight", kind: "number" },
    { key: "milestones", kind: "milestones" },
    { key: "links", kind: "links" },
  ],
};

export const progressUpdateSpec: EntitySpec<ProgressUpdate> = {
  type: "progress_update",
  table: progressUpdates,
  snapshot: async (db, row) => {
    if (row.visibility !== "public") return null;
    const [m] = await db.select({ visibility: measures.visibility }).from(measures).where(eq(measures.id, row.measureId));
    return m?.visibility === "public" ? progressUpdateSnapshot(row) : null;
  },
  texts: (s) => textsOf(s, ["body"]),
  title: (row) => row.body,
  editHref: (row) => `/staff/strategy/measures/${row.measureId}#update-${row.id}`,
  publicHref: (row) => `/measures/${row.measureId}`,
  isInternal: (row) => row.visibility === "internal",
  fields: [
    { key: "date", kind: "date" },
    { key: "body", kind: "localized" },
  ],
};

export async function indicatorLinks(db: AnyDb, indicatorId: string) {
  const [ms, ps] = await Promise.all([
    db.select({ id: indicatorMeasures.measureId }).from(indicatorMeasures).where(eq(indicatorMeasures.indicatorId, indicatorId)),
    db.select({ id: indicatorPriorities.priorityId }).from(indicatorPriorities).where(eq(indicatorPriorities.indicatorId, indicatorId)),
  ]);
  return { measureIds: ms.map((r) => r.id).sort(), priorityIds: ps.map((r) => r.id).sort() };
}

export const indicatorSpec: EntitySpec<Indicator> = {
  type: "indicator",
  table: indicators,
  snapshot: async (db, row) => {
    if (row.visibility !== "public") return null;
    const [points, links] = await Promise.all([
      db.select().from(indicatorPoints).where(eq(indicatorPoints.indicatorId, row.id)).orderBy(asc(indicatorPoints.date)),
      indicatorLinks(db, row.id),
    ]);
    return indicatorSnapshot(row, points, links);
  },
  texts: (s) => textsOf(s, ["title", "description", "unit"]),
  title: (row) => row.title,
  editHref: (row) => `/staff/strategy/indicators/${row.id}`,
  publicHref: (row) => `/indicators/${row.id}`,
  isInternal: (row) => row.visibility === "internal",
  fields: [
    { key: "title", kind: "localized" },
    { key: "description", kind: "localized" },
    { key: "unit", kind: "localized" },
    { key: "values", kind: "points" },
    { key: "targets", kind: "points" },
    { key: "measureIds", kind: "measures" },
    { key: "priorityIds", kind: "priorities" },
  ],
};

export const strategySpecs = [periodSpec, goalSpec, prioritySpec, measureSpec, progressUpdateSpec, indicatorSpec] as EntitySpec<{ id: string }>[];

/** Titles of priorities and measures for the comparison's id lists. */
export async function strategyNames(db: AnyDb, ids: { priorityIds: string[]; measureIds: string[] }) {
  const [ps, ms] = await Promise.all([
    ids.priorityIds.length ? db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(inArray(priorities.id, ids.priorityIds)) : [],
    ids.measureIds.length ? db.select({ id: measures.id, title: measures.title }).from(measures).where(and(inArray(measures.id, ids.measureIds), isNull(measures.archivedAt))) : [],
  ]);
  return [...ps, ...ms];
}
