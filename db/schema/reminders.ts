import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, timestamps } from "./common";
import { localeEnum, users } from "./users";

/** How often a person wants the digest of what needs them. No row = weekly. */
export const digestFrequency = pgEnum("digest_frequency", ["weekly", "daily", "none"]);
export type DigestFrequency = (typeof digestFrequency.enumValues)[number];

export const reminderPreferences = pgTable("reminder_preferences", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  frequency: digestFrequency().notNull().default("weekly"),
  ...timestamps,
});
export type ReminderPreference = typeof reminderPreferences.$inferSelect;

/**
 * sending: claimed, the message is on its way (never claimed again, so a
 * crash mid-send cannot cause a second copy); sent: delivered to the SMTP
 * server; logged: written to the log (no SMTP configured); failed: the SMTP
 * server refused it, claimable again by a later run.
 */
export const digestStatus = pgEnum("digest_status", ["sending", "sent", "logged", "failed"]);
export type DigestStatus = (typeof digestStatus.enumValues)[number];

/**
 * One digest per person and period ("2026-W48" weekly, "2026-11-28" daily).
 * The unique index is the claim: a run inserts the row before it sends, so a
 * second run, or a second app server running the job at the same moment,
 * finds it taken and sends nothing.
 */
export const reminderDigests = pgTable(
  "reminder_digests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: belongsTo(() => users.id),
    period: text().notNull(),
    frequency: digestFrequency().notNull(),
    status: digestStatus().notNull().default("sending"),
    locale: localeEnum().notNull(),
    itemCount: integer().notNull().default(0),
    attempts: integer().notNull().default(1),
    /** The SMTP server's refusal, for the last failed attempt. */
    error: text(),
    messageId: text(),
    claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("reminder_digests_user_period").on(t.userId, t.period), index("reminder_digests_claimed").on(t.claimedAt)],
);
export type ReminderDigest = typeof reminderDigests.$inferSelect;

/**
 * A person's private calendar feed. Only a SHA-256 hash of the secret token
 * is stored: the link is shown once, when it is made; renewing replaces the
 * hash (the old link stops working) and revoking deletes the row.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id),
    tokenHash: text().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("calendar_feeds_token_hash").on(t.tokenHash)],
);
export type CalendarFeed = typeof calendarFeeds.$inferSelect;
