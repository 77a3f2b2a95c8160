import { bigint, boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, localized, versioned } from "./common";
import { localeEnum, users } from "./users";

export const feedbackKind = pgEnum("feedback_kind", ["accessibility", "content", "other"]);

/**
 * Feedback sent from the public site (e.g. an accessibility problem, as the
 * accessibility statement invites). Read and handled by admins. The sender's
 * network address is never stored: `senderKey` is a keyed hash of it, only
 * good for the sending limit.
 */
export const feedbackMessages = pgTable(
  "feedback_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: feedbackKind().notNull(),
    message: text().notNull(),
    name: text(),
    email: text(),
    /** The public page the feedback is about (a path on this site), if given. */
    pagePath: text(),
    locale: localeEnum().notNull(),
    senderKey: text().notNull(),
    handledAt: timestamp({ withTimezone: true }),
    handledBy: uuid().references(() => users.id),
    ...versioned(),
  },
  (t) => [index("feedback_messages_created").on(t.createdAt), index("feedback_messages_sender").on(t.senderKey, t.createdAt)],
);
export type FeedbackMessage = typeof feedbackMessages.$inferSelect;

/**
 * The change counters. Row 1, the public change counter: raised by every
 * transaction that writes a history record that can change a public page
 * (not feedback, not one marked `publicEffect: false`; a deferred trigger on
 * audit_log, see migrations "trust-data_public_generation" and
 * "speed_public_effect"), at commit time. Row 2, the change counter: raised
 * by every writing transaction (the staff summaries' key,
 * lib/summary-cache.ts). The row lock
 * makes those transactions raise it one after the other in commit order, so
 * the value read after a commit is exact (unlike max(audit_log.id), which
 * follows insert order). Read by lib/public-cache/generation.ts.
 */
export const publicGeneration = pgTable("public_generation", {
  id: integer().primaryKey(),
  value: bigint({ mode: "number" }).notNull().default(0),
});

export const publicContactEntity = pgEnum("public_contact_entity", ["measure", "network"]);

/**
 * A staff member's own choice to be shown as the public contact of a
 * measure or network they are a contact person of: their name, the title
 * given here and their unit; the e-mail address only with `showEmail`.
 * Without a row nothing about them is public.
 */
export const publicContacts = pgTable(
  "public_contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: belongsTo(() => users.id),
    entityType: publicContactEntity().notNull(),
    entityId: uuid().notNull(),
    title: localized("title"),
    showEmail: boolean().notNull().default(false),
    ...versioned(),
  },
  (t) => [uniqueIndex("public_contacts_item_user").on(t.entityType, t.entityId, t.userId), index("public_contacts_user").on(t.userId)],
);
export type PublicContactRow = typeof publicContacts.$inferSelect;
