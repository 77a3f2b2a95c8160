import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { localized, timestamps, versioned } from "./common";

export const roleEnum = pgEnum("role", ["admin", "coordinator", "editor", "executive"]);
export const localeEnum = pgEnum("locale", ["fi", "sv", "en"]);

export const units = pgTable("units", {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: localized("name").notNull(),
  ...versioned(),
});
export type Unit = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    /** bcrypt hash; null for users who only sign in with the city's SSO. */
    passwordHash: text(),
    /** null = signed in but no staff rights until an admin grants a role. */
    role: roleEnum(),
    unitId: uuid().references(() => units.id),
    locale: localeEnum().notNull().default("fi"),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** Single sign-on identity: the provider (issuer) and its stable id for the person (subject). */
    ssoIssuer: text(),
    ssoSubject: text(),
    /** Set by an admin: the first SSO sign-in with this (verified) e-mail may attach
     * to this account. Cleared once an identity is attached. */
    ssoLinkAllowed: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), uniqueIndex("users_sso_identity_unique").on(t.ssoIssuer, t.ssoSubject)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Sign-in attempts per key (`email:…`, `ip:…`) in the current window, kept in
 * the database so that the limit holds across several app servers. One row per
 * key, so that counting an attempt is one locked upsert (lib/auth/rate-limit.ts). */
export const signInCounters = pgTable(
  "sign_in_counters",
  {
    key: text().primaryKey(),
    attempts: integer().notNull().default(1),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_counters_window_start").on(t.windowStart)],
);
