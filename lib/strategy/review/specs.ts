import "server-only";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { buildMeasureSnapshot, measureTexts } from "@/db/queries/strategy/write-measures";
import { goalSnapshot, periodSnapshot, prioritySnapshot } from "@/db/queries/strategy/snapshots";
import { indicatorDraftSnapshot, progressUpdateDraftSnapshot, strategyTables } from "@/db/queries/strategy/review";
import type { Goal, Indicator, Measure, Priority, ProgressUpdate, StrategyPeriod } from "@/db/schema";
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
};

const textsOf = (s: Record<string, unknown>, keys: string[]) => {
  const out: Record<string, LocalizedText | null> = {};
  for (const k of keys) {
    const v = s[k] as LocalizedText | null | undefined;
    if (k === "title" || k === "name" || k === "body" || k === "unit" || v?.fi) out[k] = v ?? null;
  }
  return out;
};

/** Fields of one kind, by key: `localized("title", "description")`. */
const fieldsOf =
  (kind: FieldKind) =>
  (...keys: string[]): FieldSpec[] =>
    keys.map((key) => ({ key, kind }));
const localized = fieldsOf("localized");

/**
 * A kind's spec with its defaults: the texts that need Finnish and Swedish
 * are its localized fields, its title is the row's `title`.
 */
function spec<R extends { id: string }>(s: Omit<EntitySpec<R>, "texts" | "title"> & Partial<Pick<EntitySpec<R>, "texts" | "title">>): EntitySpec<R> {
  const texts = s.fields.filter((f) => f.kind === "localized").map((f) => f.key);
  return { texts: (snapshot) => textsOf(snapshot, texts), title: (row) => (row as unknown as { title: LocalizedText }).title, ...s };
}

export const periodSpec = spec<StrategyPeriod>({
  type: "period",
  table: strategyTables.period,
  snapshot: async (_db, row) => periodSnapshot(row),
  title: (row) => row.name,
  editHref: (row) => `/staff/strategy/periods/${row.id}`,
  fields: [...localized("name"), ...fieldsOf("year")("startYear", "endYear")],
});

export const goalSpec = spec<Goal>({
  type: "goal",
  table: strategyTables.goal,
  snapshot: async (_db, row) => goalSnapshot(row),
  editHref: (row) => `/staff/strategy/goals/${row.id}`,
  publicHref: (row) => `/goals/${row.id}`,
  fields: [...localized("title", "description"), { key: "scope", kind: "scope" }],
});

export const prioritySpec = spec<Priority>({
  type: "priority",
  table: strategyTables.priority,
  snapshot: async (_db, row) => prioritySnapshot(row),
  editHref: (row) => `/staff/strategy/priorities/${row.id}`,
  publicHref: (row) => `/goals/${row.goalId}/priorities/${row.id}`,
  fields: localized("title", "description"),
});

export const measureSpec = spec<Measure>({
  type: "measure",
  table: strategyTables.measure,
  snapshot: (db, row) => buildMeasureSnapshot(db as Tx, row),
  texts: (s) => measureTexts(s as never),
  editHref: (row) => `/staff/strategy/measures/${row.id}`,
  publicHref: (row) => `/measures/${row.id}`,
  fields: [
    ...localized("title", "description"),
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
});

export const progressUpdateSpec = spec<ProgressUpdate>({
  type: "progress_update",
  table: strategyTables.progressUpdate,
  snapshot: (db, row) => progressUpdateDraftSnapshot(db, row),
  title: (row) => row.body,
  editHref: (row) => `/staff/strategy/measures/${row.measureId}#update-${row.id}`,
  publicHref: (row) => `/measures/${row.measureId}`,
  fields: [{ key: "date", kind: "date" }, ...localized("body")],
});

export const indicatorSpec = spec<Indicator>({
  type: "indicator",
  table: strategyTables.indicator,
  snapshot: (db, row) => indicatorDraftSnapshot(db, row),
  editHref: (row) => `/staff/strategy/indicators/${row.id}`,
  publicHref: (row) => `/indicators/${row.id}`,
  fields: [
    ...localized("title", "description", "unit"),
    ...fieldsOf("points")("values", "targets"),
    { key: "measureIds", kind: "measures" },
    { key: "priorityIds", kind: "priorities" },
  ],
});

export const strategySpecs = [periodSpec, goalSpec, prioritySpec, measureSpec, progressUpdateSpec, indicatorSpec] as EntitySpec<{ id: string }>[];
