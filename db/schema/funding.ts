import { bigint, boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { belongsTo, localized, publication, timestamps, versioned, written } from "./common";
import { datePrecision, priorities } from "./strategy";
import { units, users } from "./users";
import { euProjectRoles, euProjectStatuses, followUpStatuses, managementModes, riskLevels, type EuProjectStatus } from "../../lib/funding/vocabulary";

/**
 * EU funding: the programme reference list, the city's EU projects with their
 * money (integer cents, never floats), status history, consortium, alignment
 * to the strategy's priorities, and responsible use (reports and audits).
 */

export const managementMode = pgEnum("funding_management_mode", managementModes);

export const fundingProgrammes = pgTable(
  "funding_programmes",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Short stable code used in imports, e.g. "HORIZON", "ERDF". */
    code: text().notNull(),
    name: localized("name").notNull(),
    managementMode: managementMode().notNull(),
    periodStart: integer().notNull().default(2021),
    periodEnd: integer().notNull().default(2027),
    active: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    ...versioned(),
  },
  (t) => [uniqueIndex("funding_programmes_code").on(t.code)],
);
export type FundingProgramme = typeof fundingProgrammes.$inferSelect;

export type { EuProjectStatus };
export const euProjectStatus = pgEnum("eu_project_status", euProjectStatuses);
export const euProjectRole = pgEnum("eu_project_role", euProjectRoles);
export const riskLevel = pgEnum("eu_risk_level", riskLevels);
export const followUpStatus = pgEnum("eu_follow_up_status", followUpStatuses);

export type ProjectLink = { label: string; url: string };

const cents = (name: string) => bigint(name, { mode: "number" });

export const euProjects = pgTable(
  "eu_projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The import key: a stable external id (the city's own code, a CORDIS or Kohesio id). */
    externalId: text().notNull(),
    name: localized("name").notNull(),
    acronym: text(),
    summary: localized("summary"),
    programmeId: belongsTo(() => fundingProgrammes.id),
    call: text(),
    status: euProjectStatus().notNull().default("idea"),
    role: euProjectRole().notNull().default("partner"),
    /** Consortium total budget, cents. */
    totalBudgetCents: cents("total_budget_cents"),
    /** The city's share, split the way the city budgets it (cents). */
    /** Null when no source gives it: unknown is not zero (left out of sums, counted apart). */
    euContributionCents: cents("eu_contribution_cents"),
    /** State and own co-financing: null when no source gives it (unknown is not zero; rows from before stay 0). */
    stateFundingCents: cents("state_funding_cents"),
    ownFundingCents: cents("own_funding_cents"),
    /** Start and end, each known to the day, the month ("06/2022") or the year (lib/strategy/dates.ts); null = not known. */
    startDate: date({ mode: "string" }),
    startPrecision: datePrecision().notNull().default("day"),
    endDate: date({ mode: "string" }),
    endPrecision: datePrecision().notNull().default("day"),
    responsibleUnitId: uuid().references(() => units.id),
    contactId: uuid().references(() => users.id),
    cordisId: text(),
    kohesioCode: text(),
    decisionNumber: text(),
    links: jsonb().$type<ProjectLink[]>().notNull().default([]),
    riskLevel: riskLevel().notNull().default("low"),
    internalNotes: text(),
    ...publication(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("eu_projects_external_id").on(t.externalId),
    index("eu_projects_programme").on(t.programmeId),
    index("eu_projects_status").on(t.status),
    index("eu_projects_unit").on(t.responsibleUnitId),
    // The staff list's default order (last changed first) and its count: a page and the total read from this index, not by sorting every project.
    index("eu_projects_list_order").on(t.updatedAt.desc().nullsFirst(), t.externalId).where(sql`${t.archivedAt} is null`),
    check("eu_projects_money_non_negative", sql`coalesce(${t.euContributionCents}, 0) >= 0 and coalesce(${t.stateFundingCents}, 0) >= 0 and coalesce(${t.ownFundingCents}, 0) >= 0 and coalesce(${t.totalBudgetCents}, 0) >= 0`),
    // The end may not be before the start; a month or a year end counts to its last day (06/2022 may end a project that starts 15.6.2022).
    check("eu_projects_dates", sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= date_trunc(${t.endPrecision}::text, ${t.startDate})::date`),
  ],
);
export type EuProject = typeof euProjects.$inferSelect;
export type NewEuProject = typeof euProjects.$inferInsert;

/** Every status change with the date it happened (the lifecycle history). */
export const euProjectStatusChanges = pgTable(
  "eu_project_status_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: belongsTo(() => euProjects.id),
    status: euProjectStatus().notNull(),
    changedOn: date({ mode: "string" }).notNull(),
    note: text(),
    ...written(),
  },
  (t) => [index("eu_project_status_changes_project").on(t.projectId, t.changedOn)],
);

export const euProjectPartners = pgTable(
  "eu_project_partners",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: belongsTo(() => euProjects.id),
    organisation: text().notNull(),
    /** ISO 3166-1 alpha-2 country code. */
    country: text().notNull(),
    role: text().notNull().default("partner"),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [index("eu_project_partners_project").on(t.projectId)],
);

/** How strongly a project serves a priority (0–3), and why. */
export const euProjectAlignments = pgTable(
  "eu_project_alignments",
  {
    projectId: belongsTo(() => euProjects.id),
    priorityId: belongsTo(() => priorities.id),
    strength: smallint().notNull(),
    justification: text().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.priorityId] }),
    index("eu_project_alignments_priority").on(t.priorityId),
    check("eu_project_alignments_strength", sql`${t.strength} between 0 and 3`),
  ],
);

/** Reporting periods: what is due when, and when it was submitted. */
export const euProjectReports = pgTable(
  "eu_project_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: belongsTo(() => euProjects.id),
    title: text().notNull(),
    periodStart: date({ mode: "string" }),
    periodEnd: date({ mode: "string" }),
    dueDate: date({ mode: "string" }).notNull(),
    submittedOn: date({ mode: "string" }),
    note: text(),
    ...timestamps,
  },
  (t) => [index("eu_project_reports_project").on(t.projectId), index("eu_project_reports_due").on(t.dueDate)],
);

/** Audits and their findings, with the follow-up of each. */
export const euProjectAudits = pgTable(
  "eu_project_audits",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: belongsTo(() => euProjects.id),
    auditor: text().notNull(),
    auditDate: date({ mode: "string" }).notNull(),
    findings: text(),
    followUpStatus: followUpStatus().notNull().default("open"),
    followUpDue: date({ mode: "string" }),
    ...timestamps,
  },
  (t) => [index("eu_project_audits_project").on(t.projectId)],
);
