import { date, index, integer, jsonb, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, localized, timestamps, versionedWithSaver } from "./common";
import { measures, measureStatus, strategyPeriods } from "./strategy";
import { users } from "./users";

/**
 * A reporting round (*seuranta*), e.g. "Seuranta 05/2022": at a cut-off date
 * each measure's editor writes the round's status narrative, progress and
 * status. A coordinator opens it, closes it (editors can no longer write) and
 * publishes it; publishing freezes the report into `published`, which later
 * edits of the entries or the measures never change.
 */
export const roundState = pgEnum("reporting_round_state", ["open", "closed", "published"]);

export const reportingRounds = pgTable(
  "reporting_rounds",
  {
    id: uuid().primaryKey().defaultRandom(),
    periodId: belongsTo(() => strategyPeriods.id),
    name: localized("name").notNull(),
    /** The day the round reports on; "late" in the report is checked against it. */
    cutOffDate: date({ mode: "string" }).notNull(),
    state: roundState().notNull().default("open"),
    /** The round whose texts this one started from (the period's latest before it). */
    previousRoundId: uuid(),
    version: integer().notNull().default(1),
    closedAt: timestamp({ withTimezone: true }),
    /** The frozen public report (lib/strategy/rounds/report.ts), set once when published. */
    published: jsonb().$type<Record<string, unknown>>(),
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    updatedBy: uuid(),
    ...timestamps,
  },
  (t) => [index("reporting_rounds_period").on(t.periodId, t.cutOffDate)],
);
export type ReportingRound = typeof reportingRounds.$inferSelect;

/** One measure's report in a round. `writtenAt` null: not yet written for this round (listed as missing). */
export const roundEntries = pgTable(
  "round_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: belongsTo(() => reportingRounds.id),
    measureId: belongsTo(() => measures.id),
    narrative: localized("narrative"),
    status: measureStatus().notNull(),
    progress: integer().notNull(),
    writtenAt: timestamp({ withTimezone: true }),
    writtenBy: uuid().references(() => users.id),
    ...versionedWithSaver(),
  },
  (t) => [uniqueIndex("round_entries_measure").on(t.roundId, t.measureId), index("round_entries_missing").on(t.roundId, t.writtenAt)],
);
export type RoundEntry = typeof roundEntries.$inferSelect;
