import { pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, versionedWithSaver } from "./common";
import { strategyPeriods } from "./strategy";

/**
 * A coordinator's short commentary on one section of the executive briefing
 * (e.g. "late measures: the unit has asked for more time"), for one period
 * and goal ("" = all goals). Shown on the dashboard, the printable briefing
 * and the PDF; internal. Version-checked; every save is in the history.
 */
export const briefingCommentaries = pgTable(
  "briefing_commentaries",
  {
    id: uuid().primaryKey().defaultRandom(),
    periodId: belongsTo(() => strategyPeriods.id),
    /** The goal the briefing is limited to, or "" for the whole period. */
    goalKey: text().notNull().default(""),
    /** The section's id in the briefing (lib/dashboard/commentary.ts `commentarySections`). */
    section: text().notNull(),
    body: text().notNull().default(""),
    ...versionedWithSaver(),
  },
  (t) => [uniqueIndex("briefing_commentaries_scope").on(t.periodId, t.goalKey, t.section)],
);
export type BriefingCommentary = typeof briefingCommentaries.$inferSelect;
