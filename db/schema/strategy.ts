import { date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, linkTable, localized, publication, timestamps } from "./common";
import { units, users } from "./users";

export const goalScope = pgEnum("goal_scope", ["international", "eu", "national"]);
export const measureStatus = pgEnum("measure_status", [
  "not_started",
  "on_schedule",
  "late",
  "completed",
  "cancelled",
  "postponed",
]);
export const visibility = pgEnum("visibility", ["public", "internal"]);
/** How exactly a date is known: to the day, the month ("06/2022") or the year (networks' "member since 1994"). */
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);

export const strategyPeriods = pgTable("strategy_periods", {
  id: uuid().primaryKey().defaultRandom(),
  name: localized("name").notNull(),
  startYear: integer().notNull(),
  endYear: integer().notNull(),
  sortOrder: integer().notNull().default(0),
  ...publication(),
  ...timestamps,
});
export type StrategyPeriod = typeof strategyPeriods.$inferSelect;

export const goals = pgTable(
  "goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    periodId: belongsTo(() => strategyPeriods.id),
    title: localized("title").notNull(),
    description: localized("description"),
    scope: goalScope().notNull(),
    sortOrder: integer().notNull().default(0),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("goals_period").on(t.periodId, t.sortOrder)],
);
export type Goal = typeof goals.$inferSelect;

export const priorities = pgTable(
  "priorities",
  {
    id: uuid().primaryKey().defaultRandom(),
    goalId: belongsTo(() => goals.id),
    title: localized("title").notNull(),
    description: localized("description"),
    /** Unit leading the advocacy of this priority. */
    responsibleUnitId: uuid().references(() => units.id),
    sortOrder: integer().notNull().default(0),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("priorities_goal").on(t.goalId, t.sortOrder)],
);
export type Priority = typeof priorities.$inferSelect;

export const measures = pgTable(
  "measures",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The goal the measure sits under; it may serve several of its priorities. */
    goalId: belongsTo(() => goals.id),
    title: localized("title").notNull(),
    description: localized("description"),
    status: measureStatus().notNull().default("not_started"),
    progress: integer().notNull().default(0),
    startDate: date({ mode: "string" }),
    startPrecision: datePrecision().notNull().default("day"),
    dueDate: date({ mode: "string" }),
    duePrecision: datePrecision().notNull().default("day"),
    responsibleUnitId: uuid().references(() => units.id),
    /** Relative weight in the roll-up of progress; 1 when not set. */
    weight: integer().notNull().default(1),
    visibility: visibility().notNull().default("public"),
    internalNotes: text(),
    sortOrder: integer().notNull().default(0),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("measures_goal").on(t.goalId, t.sortOrder), index("measures_unit").on(t.responsibleUnitId)],
);
export type Measure = typeof measures.$inferSelect;

export const measurePriorities = linkTable("measure_priorities", ["measureId", () => measures.id], ["priorityId", () => priorities.id], "measure_priorities_priority");

export const measureContacts = linkTable("measure_contacts", ["measureId", () => measures.id], ["userId", () => users.id], "measure_contacts_user");

/** A milestone or task of a measure. Part of the measure: published with it. */
export const milestoneState = pgEnum("milestone_state", ["planned", "in_progress", "done", "cancelled"]);

export const milestones = pgTable(
  "milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    measureId: belongsTo(() => measures.id),
    title: localized("title").notNull(),
    dueDate: date({ mode: "string" }),
    duePrecision: datePrecision().notNull().default("day"),
    state: milestoneState().notNull().default("planned"),
    sortOrder: integer().notNull().default(0),
    /** Guards the milestone's own edit form against lost updates. */
    version: integer().notNull().default(1),
    /** Milestones are archived, never deleted: a published snapshot may still name them. */
    archivedAt: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    updatedBy: uuid(),
    ...timestamps,
  },
  (t) => [index("milestones_measure").on(t.measureId, t.sortOrder)],
);
export type Milestone = typeof milestones.$inferSelect;

/**
 * A dated note of what happened in a measure. Its own publishable item: an
 * editor's update waits for review; internal updates never reach the public.
 */
export const progressUpdates = pgTable(
  "progress_updates",
  {
    id: uuid().primaryKey().defaultRandom(),
    measureId: belongsTo(() => measures.id),
    /** The day the update tells about. */
    date: date({ mode: "string" }).notNull(),
    body: localized("body").notNull(),
    visibility: visibility().notNull().default("public"),
    authorId: uuid().references(() => users.id),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("progress_updates_measure").on(t.measureId, t.date)],
);
export type ProgressUpdate = typeof progressUpdates.$inferSelect;

/** Where an indicator's values come from: typed in by staff, computed from the app's own data, or taken from a named external source. */
export const indicatorSource = pgEnum("indicator_source", ["manual", "computed", "external"]);
/** Which way is better: up, down, or staying where it is. */
export const indicatorDirection = pgEnum("indicator_direction", ["up", "down", "keep"]);
/** How often a new value is due, counted from the latest value's date. */
export const indicatorCadence = pgEnum("indicator_cadence", ["monthly", "quarterly", "yearly"]);

/** A number followed over time, with targets (e.g. EU funding secured per year). */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid().primaryKey().defaultRandom(),
    periodId: belongsTo(() => strategyPeriods.id),
    title: localized("title").notNull(),
    description: localized("description"),
    /** The unit values are in, e.g. "€", "kpl / st / pcs". */
    unit: localized("unit").notNull(),
    /** Decimals shown; values are stored exactly whatever this says. */
    decimals: integer().notNull().default(0),
    responsibleUnitId: uuid().references(() => units.id),
    visibility: visibility().notNull().default("public"),
    sortOrder: integer().notNull().default(0),
    source: indicatorSource().notNull().default("manual"),
    /** For a computed indicator: the key of its computation (db/queries/strategy/computations.ts). */
    computation: text(),
    /** For an external source: its name and address. */
    sourceName: text(),
    sourceUrl: text(),
    /** Null: not stated. */
    direction: indicatorDirection(),
    /** The starting point; null = not known (never 0). */
    baselineValue: numeric({ precision: 20, scale: 4, mode: "string" }),
    baselineDate: date({ mode: "string" }),
    /** When the next value is due: a Helsinki calendar day, or a cadence counted from the latest value. */
    nextDueDate: date({ mode: "string" }),
    cadence: indicatorCadence(),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("indicators_period").on(t.periodId, t.sortOrder)],
);
export type Indicator = typeof indicators.$inferSelect;

export const indicatorPointKind = pgEnum("indicator_point_kind", ["actual", "target"]);

/** A measured value or a target of an indicator on a date. Exact numbers. */
export const indicatorPoints = pgTable(
  "indicator_points",
  {
    id: uuid().primaryKey().defaultRandom(),
    indicatorId: belongsTo(() => indicators.id),
    kind: indicatorPointKind().notNull(),
    date: date({ mode: "string" }).notNull(),
    value: numeric({ precision: 20, scale: 4, mode: "string" }).notNull(),
    note: text(),
    createdBy: uuid(),
    ...timestamps,
  },
  (t) => [uniqueIndex("indicator_points_unique").on(t.indicatorId, t.kind, t.date)],
);
export type IndicatorPoint = typeof indicatorPoints.$inferSelect;

export const indicatorMeasures = linkTable("indicator_measures", ["indicatorId", () => indicators.id], ["measureId", () => measures.id], "indicator_measures_measure");

export const indicatorPriorities = linkTable("indicator_priorities", ["indicatorId", () => indicators.id], ["priorityId", () => priorities.id], "indicator_priorities_priority");
