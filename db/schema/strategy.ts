import { date, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { localized, publication, timestamps } from "./common";
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
/** A date may be known only to the month ("06/2022"). */
export const datePrecision = pgEnum("date_precision", ["day", "month"]);

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
    periodId: uuid().notNull().references(() => strategyPeriods.id),
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
    goalId: uuid().notNull().references(() => goals.id),
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
    goalId: uuid().notNull().references(() => goals.id),
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

export const measurePriorities = pgTable(
  "measure_priorities",
  {
    measureId: uuid().notNull().references(() => measures.id),
    priorityId: uuid().notNull().references(() => priorities.id),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.priorityId] }), index("measure_priorities_priority").on(t.priorityId)],
);

export const measureContacts = pgTable(
  "measure_contacts",
  {
    measureId: uuid().notNull().references(() => measures.id),
    userId: uuid().notNull().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.userId] }), index("measure_contacts_user").on(t.userId)],
);
