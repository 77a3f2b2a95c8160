import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, linkTable, localized, publication, timestamps, versionedWithAuthors, versionedWithSaver, written } from "./common";
import { datePrecision, priorities } from "./strategy";
import { units, users } from "./users";
import { membershipStatuses, networkTypes, participationKinds, recommendations } from "../../lib/networks/vocabulary";

export const networkType = pgEnum("network_type", networkTypes);
export const membershipStatus = pgEnum("membership_status", membershipStatuses);
export const participationKind = pgEnum("participation_kind", participationKinds);
export const reviewRecommendation = pgEnum("review_recommendation", recommendations);
export const reviewRoundStatus = pgEnum("review_round_status", ["open", "closed"]);

/**
 * An international network or partnership the city belongs to (or considers
 * joining: status "candidate"). The row is the working copy; `published`
 * holds the public snapshot (db/queries/networks/snapshots.ts).
 */
export const networks = pgTable(
  "networks",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: localized("name").notNull(),
    description: localized("description"),
    type: networkType().notNull(),
    website: text(),
    /** ISO 3166-1 alpha-2: the partner city's country, or where the network is based. */
    countryCode: text(),
    /** Current status: always the latest entry of network_status_changes. */
    status: membershipStatus().notNull(),
    /** Since when the status holds; null = not known (a source may give no date at all). */
    statusSince: date({ mode: "string" }),
    /** How exactly `statusSince` is known: a source may give only the month ("06/2022") or the year (1994). */
    statusSincePrecision: datePrecision().notNull().default("day"),
    /** Annual fee in cents of `feeCurrency` (exact); null = no fee known. */
    annualFeeCents: bigint({ mode: "number" }),
    feeCurrency: text().notNull().default("EUR"),
    /** Staff time in person-days per year, to one decimal. */
    staffDays: numeric({ precision: 7, scale: 1 }),
    responsibleUnitId: uuid().references(() => units.id),
    decisionNumber: text(),
    decisionDate: date({ mode: "string" }),
    internalNotes: text(),
    ...publication(),
    ...timestamps,
  },
  (t) => [
    // Duplicate names are refused whatever the case or surrounding spaces.
    uniqueIndex("networks_name_fi_unique").on(sql`lower(btrim(${t.name}->>'fi'))`),
    index("networks_unit").on(t.responsibleUnitId),
    // The registry's default order, by name in the page's language (localizedSortKey in db/queries/paging.ts writes the same expression).
    index("networks_list_name_fi").on(sql`lower(coalesce(${t.name}->>'fi', ${t.name}->>'fi'))`, t.id).where(sql`${t.archivedAt} is null`),
    index("networks_list_name_sv").on(sql`lower(coalesce(${t.name}->>'sv', ${t.name}->>'fi'))`, t.id).where(sql`${t.archivedAt} is null`),
    index("networks_list_name_en").on(sql`lower(coalesce(${t.name}->>'en', ${t.name}->>'fi'))`, t.id).where(sql`${t.archivedAt} is null`),
    check("networks_fee_not_negative", sql`${t.annualFeeCents} >= 0`),
    check("networks_staff_days_not_negative", sql`${t.staffDays} >= 0`),
  ],
);
export type Network = typeof networks.$inferSelect;
export type NewNetwork = typeof networks.$inferInsert;

export const networkContacts = linkTable("network_contacts", ["networkId", () => networks.id], ["userId", () => users.id], "network_contacts_user");

export const networkPriorities = linkTable("network_priorities", ["networkId", () => networks.id], ["priorityId", () => priorities.id], "network_priorities_priority");

/** Dated membership status history; the latest (by date, then entry) is the current status. */
export const networkStatusChanges = pgTable(
  "network_status_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: belongsTo(() => networks.id),
    status: membershipStatus().notNull(),
    /** When the status changed; null = not known. */
    changedOn: date({ mode: "string" }),
    /** How exactly `changedOn` is known (day, month or year, lib/strategy/dates.ts). */
    changedOnPrecision: datePrecision().notNull().default("day"),
    note: text(),
    ...written(),
  },
  (t) => [index("network_status_changes_network").on(t.networkId, t.changedOn)],
);
export type NetworkStatusChange = typeof networkStatusChanges.$inferSelect;

/**
 * The city's roles in a network (e.g. chair of a working group, a seat on
 * the Executive Committee), with the body they are held in and their term,
 * each end known to the day, the month or the year ("Executive Committee 2023–2026").
 */
export const networkRoles = pgTable(
  "network_roles",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: belongsTo(() => networks.id),
    title: localized("title").notNull(),
    /** The body the role is held in (a board, committee or working group); null when the role is the network's own. */
    body: localized("body"),
    startDate: date({ mode: "string" }),
    startPrecision: datePrecision().notNull().default("day"),
    endDate: date({ mode: "string" }),
    endPrecision: datePrecision().notNull().default("day"),
    ...timestamps,
  },
  (t) => [index("network_roles_network").on(t.networkId)],
);
export type NetworkRole = typeof networkRoles.$inferSelect;

/** The participation log: what the city did in the network and what came of it (internal). */
export const networkParticipation = pgTable(
  "network_participation",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: belongsTo(() => networks.id),
    occurredOn: date({ mode: "string" }).notNull(),
    kind: participationKind().notNull(),
    title: text().notNull(),
    participants: text(),
    outcome: text(),
    createdBy: uuid(),
    ...timestamps,
  },
  (t) => [index("network_participation_network").on(t.networkId, t.occurredOn)],
);
export type NetworkParticipation = typeof networkParticipation.$inferSelect;

/** A review round of the whole portfolio, e.g. "Network mapping 2022". */
export const networkReviewRounds = pgTable("network_review_rounds", {
  id: uuid().primaryKey().defaultRandom(),
  name: localized("name").notNull(),
  description: localized("description"),
  status: reviewRoundStatus().notNull().default("open"),
  openedOn: date({ mode: "string" }).notNull(),
  closedOn: date({ mode: "string" }),
  ...versionedWithAuthors(),
});
export type NetworkReviewRound = typeof networkReviewRounds.$inferSelect;

/**
 * One network under review in a round, with the coordinator's decision. The
 * fee and priorities are copied when the network enters the round, so a
 * closed round keeps the figures it was decided on.
 */
export const networkReviewItems = pgTable(
  "network_review_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: belongsTo(() => networkReviewRounds.id),
    networkId: belongsTo(() => networks.id),
    statusAtReview: membershipStatus().notNull(),
    feeCentsAtReview: bigint({ mode: "number" }),
    currencyAtReview: text().notNull().default("EUR"),
    priorityIdsAtReview: jsonb().$type<string[]>().notNull().default([]),
    decision: reviewRecommendation(),
    decidedOn: date({ mode: "string" }),
    decisionNote: text(),
    ...versionedWithSaver(),
  },
  (t) => [uniqueIndex("network_review_items_round_network").on(t.roundId, t.networkId), index("network_review_items_network").on(t.networkId)],
);
export type NetworkReviewItem = typeof networkReviewItems.$inferSelect;

/** One reviewer's assessment of one network in a round (scores 1–5). */
export const networkReviewScores = pgTable(
  "network_review_scores",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: belongsTo(() => networkReviewItems.id),
    reviewerId: belongsTo(() => users.id),
    strategicFit: integer().notNull(),
    benefit: integer().notNull(),
    costEffectiveness: integer().notNull(),
    recommendation: reviewRecommendation().notNull(),
    justification: text().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("network_review_scores_item_reviewer").on(t.itemId, t.reviewerId),
    check("network_review_scores_range", sql`${t.strategicFit} between 1 and 5 and ${t.benefit} between 1 and 5 and ${t.costEffectiveness} between 1 and 5`),
  ],
);
export type NetworkReviewScore = typeof networkReviewScores.$inferSelect;
