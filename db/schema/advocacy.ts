import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { activityTypes, askOutcomes, type PlanAudience, type PlanChannel, type TimelineStep } from "../../lib/advocacy/vocabulary";
import { belongsTo, localized, publication, timestamps } from "./common";
import { priorities, visibility } from "./strategy";
import { users } from "./users";

// The plan vocabularies live outside the schema so that client forms can use them without bundling Drizzle's tables.
export { planAudiences, planChannels, type PlanAudience, type PlanChannel, type TimelineStep } from "../../lib/advocacy/vocabulary";

/**
 * One advocacy plan per priority. Internal by default: the public sees only the
 * optional public summary, and only once it is published.
 */
export const advocacyPlans = pgTable(
  "advocacy_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    priorityId: belongsTo(() => priorities.id),
    objectives: localized("objectives").notNull(),
    keyMessages: localized("key_messages"),
    audiences: text().array().$type<PlanAudience[]>().notNull().default([]),
    audienceNotes: localized("audience_notes"),
    channels: text().array().$type<PlanChannel[]>().notNull().default([]),
    timeline: jsonb().$type<TimelineStep[]>().notNull().default([]),
    /** "public": the public summary is published with the plan; the rest never is. */
    visibility: visibility().notNull().default("internal"),
    publicSummary: localized("public_summary"),
    ...publication(),
    ...timestamps,
  },
  (t) => [uniqueIndex("advocacy_plans_priority").on(t.priorityId)],
);
export type AdvocacyPlan = typeof advocacyPlans.$inferSelect;
export type NewAdvocacyPlan = typeof advocacyPlans.$inferInsert;

export const activityType = pgEnum("advocacy_activity_type", activityTypes);
export type ActivityType = (typeof activityType.enumValues)[number];

export type ActivityLink = { label: string; url: string };

/**
 * What the advocacy team did: statements (lausunnot) to consultations,
 * meetings, proposals and position papers. For a statement `date` is the date
 * it was given (null = not given yet) and `deadline` the consultation's
 * deadline; for the others `date` is when it happened.
 */
export const advocacyActivities = pgTable(
  "advocacy_activities",
  {
    id: uuid().primaryKey().defaultRandom(),
    type: activityType().notNull(),
    priorityId: belongsTo(() => priorities.id),
    title: localized("title").notNull(),
    summary: localized("summary"),
    date: date({ mode: "string" }),
    audience: text(),
    consultation: text(),
    ministry: text(),
    deadline: date({ mode: "string" }),
    /** A statement the city decided not to give: never flagged as overdue. */
    declined: boolean().notNull().default(false),
    responsibleUserId: uuid().references(() => users.id),
    links: jsonb().$type<ActivityLink[]>().notNull().default([]),
    outcome: localized("outcome"),
    internalNotes: text(),
    visibility: visibility().notNull().default("public"),
    ...publication(),
    ...timestamps,
  },
  (t) => [
    index("advocacy_activities_priority").on(t.priorityId),
    index("advocacy_activities_deadline").on(t.type, t.deadline),
    index("advocacy_activities_responsible").on(t.responsibleUserId),
  ],
);
export type AdvocacyActivity = typeof advocacyActivities.$inferSelect;

export const askOutcome = pgEnum("ask_outcome", askOutcomes);
export type AskOutcome = (typeof askOutcome.enumValues)[number];

/** The city's asks for a government programme, later marked with their outcome. */
export const governmentAsks = pgTable(
  "government_asks",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The government programme the ask was written for, by year (e.g. 2023). */
    programmeYear: integer().notNull(),
    priorityId: belongsTo(() => priorities.id),
    wording: localized("wording").notNull(),
    justification: localized("justification"),
    target: localized("target"),
    outcome: askOutcome().notNull().default("pending"),
    /** The programme's own wording, quoted as evidence of the outcome. */
    evidence: localized("evidence"),
    /** Where in the programme (chapter, page). */
    evidenceRef: text(),
    internalNotes: text(),
    visibility: visibility().notNull().default("public"),
    sortOrder: integer().notNull().default(0),
    ...publication(),
    ...timestamps,
  },
  (t) => [index("government_asks_programme").on(t.programmeYear, t.priorityId)],
);
export type GovernmentAsk = typeof governmentAsks.$inferSelect;
