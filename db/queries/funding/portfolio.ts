import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjectAlignments, euProjectAudits, euProjectReports, euProjects, fundingProgrammes, goals, priorities } from "../../schema";
import { centsFromDb, shareBasisPoints, type Cents } from "@/lib/money";
import { ALIGNED_MIN_STRENGTH, DECIDED_STATUSES, LINKED_MIN_STRENGTH, SECURED_STATUSES, SHARE_STATUSES, SUCCESS_STATUSES, type ProjectStatus } from "@/lib/funding/rules";
import { publicWhere } from "../public/visibility";

/** The outer project id, fully qualified: drizzle writes a bare "id" in single-table selects, which a subquery would read as its own table's id. */
const PROJECT_ID = sql.raw('"eu_projects"."id"');

/**
 * The portfolio's figures, each one SQL aggregate (GROUP BY over the
 * projects), never by loading every project: fast with tens of thousands.
 * Archived projects are left out of everything.
 */
const live = isNull(euProjects.archivedAt);
const secured = inArray(euProjects.status, [...SECURED_STATUSES]);
const euSum = sql<string>`coalesce(sum(${euProjects.euContributionCents}), 0)::text`;
const shareSum = sql<string>`coalesce(sum(${euProjects.euContributionCents} + ${euProjects.stateFundingCents} + ${euProjects.ownFundingCents}), 0)::text`;
/** Projects whose EU contribution no source gives: left out of the sums above (unknown is not zero) and counted apart. */
const euUnknown = sql<number>`count(distinct ${euProjects.id}) filter (where ${euProjects.euContributionCents} is null)`;

/** `unknown`: projects in the bucket whose EU contribution is not known (not in `euCents`). */
export type Bucket = { key: string; projects: number; euCents: Cents; unknown: number };

export async function euByStatus(db: Db) {
  const rows = await db
    .select({ status: euProjects.status, n: count(), eu: euSum, share: shareSum, unknown: euUnknown })
    .from(euProjects)
    .where(live)
    .groupBy(euProjects.status);
  return rows.map((r) => ({ key: r.status as ProjectStatus, projects: Number(r.n), euCents: centsFromDb(r.eu), cityShareCents: centsFromDb(r.share), unknown: Number(r.unknown) }));
}

export async function euByProgramme(db: Db): Promise<Bucket[]> {
  const rows = await db
    .select({ programmeId: euProjects.programmeId, n: count(), eu: euSum, unknown: euUnknown })
    .from(euProjects)
    .where(and(live, secured))
    .groupBy(euProjects.programmeId);
  return rows.map((r) => ({ key: r.programmeId, projects: Number(r.n), euCents: centsFromDb(r.eu), unknown: Number(r.unknown) }));
}

/**
 * Whose figures: `staff` counts the working copies (the portfolio page);
 * `public` counts only published projects' snapshots (a computed indicator on
 * the public site). The same query either way.
 */
export type FigureScope = "staff" | "public";

export async function euByYear(db: Db, scope: FigureScope = "staff"): Promise<Bucket[]> {
  const snap = (key: string) => sql`${euProjects.published}->>${sql.raw(`'${key}'`)}`; // a literal key: GROUP BY must see the same expression
  const c =
    scope === "public"
      ? {
          start: sql`(${snap("startDate")})::date`,
          eu: sql`(${snap("euContributionCents")})::bigint`,
          where: and(publicWhere.euProject(), sql`${snap("status")} in (${sql.join(SECURED_STATUSES.map((st) => sql`${st}`), sql`, `)})`),
        }
      : { start: sql`${euProjects.startDate}`, eu: sql`${euProjects.euContributionCents}`, where: and(live, secured) };
  const year = sql<string | null>`extract(year from ${c.start})::int::text`;
  const rows = await db
    .select({
      year,
      n: count(),
      eu: sql<string>`coalesce(sum(${c.eu}), 0)::text`,
      unknown: sql<number>`count(distinct ${euProjects.id}) filter (where ${c.eu} is null)`,
    })
    .from(euProjects)
    .where(c.where)
    .groupBy(year)
    .orderBy(year);
  return rows.map((r) => ({ key: r.year ?? "none", projects: Number(r.n), euCents: centsFromDb(r.eu), unknown: Number(r.unknown) }));
}

/** Each link of strength ≥ 1 counts the project's whole EU contribution under that priority (see rules.ts). */
export async function euByPriority(db: Db): Promise<Bucket[]> {
  const rows = await db
    .select({ priorityId: euProjectAlignments.priorityId, n: sql<number>`count(distinct ${euProjects.id})`, eu: euSum, unknown: euUnknown })
    .from(euProjectAlignments)
    .innerJoin(euProjects, eq(euProjects.id, euProjectAlignments.projectId))
    .where(and(live, secured, gte(euProjectAlignments.strength, LINKED_MIN_STRENGTH)))
    .groupBy(euProjectAlignments.priorityId);
  return rows.map((r) => ({ key: r.priorityId, projects: Number(r.n), euCents: centsFromDb(r.eu), unknown: Number(r.unknown) }));
}

/** Priorities × programmes, euros (same counting as euByPriority). */
export async function heatMap(db: Db) {
  const rows = await db
    .select({ priorityId: euProjectAlignments.priorityId, programmeId: euProjects.programmeId, eu: euSum })
    .from(euProjectAlignments)
    .innerJoin(euProjects, eq(euProjects.id, euProjectAlignments.projectId))
    .where(and(live, secured, gte(euProjectAlignments.strength, LINKED_MIN_STRENGTH)))
    .groupBy(euProjectAlignments.priorityId, euProjects.programmeId);
  return rows.map((r) => ({ priorityId: r.priorityId, programmeId: r.programmeId, euCents: centsFromDb(r.eu) }));
}

/** EU money of granted/ongoing projects aligned at strength ≥ 2, over all such money; each project counted once. */
export async function alignedShare(db: Db) {
  const isAligned = sql`exists (select 1 from ${euProjectAlignments} a where a.project_id = ${PROJECT_ID} and a.strength >= ${ALIGNED_MIN_STRENGTH})`;
  const [row] = await db
    .select({
      total: euSum,
      aligned: sql<string>`coalesce(sum(${euProjects.euContributionCents}) filter (where ${isAligned}), 0)::text`,
      projects: count(),
      alignedProjects: sql<number>`count(*) filter (where ${isAligned})`,
      unknown: euUnknown,
    })
    .from(euProjects)
    .where(and(live, inArray(euProjects.status, [...SHARE_STATUSES])));
  const total = centsFromDb(row?.total);
  const aligned = centsFromDb(row?.aligned);
  return {
    totalCents: total,
    alignedCents: aligned,
    projects: Number(row?.projects ?? 0),
    alignedProjects: Number(row?.alignedProjects ?? 0),
    /** Projects left out of both sums because their EU contribution is not known. */
    unknownProjects: Number(row?.unknown ?? 0),
    basisPoints: shareBasisPoints(aligned, total),
  };
}

/**
 * The city's share (EU + state + own co-financing) of the secured projects:
 * summed over the projects whose three amounts are all known; the others are
 * counted apart ("€1.4 M; 14 projects' city share not known"), never as zero.
 */
export async function securedCityShare(db: Db) {
  const known = sql`${euProjects.euContributionCents} is not null and ${euProjects.stateFundingCents} is not null and ${euProjects.ownFundingCents} is not null`;
  const [row] = await db
    .select({
      projects: count(),
      share: sql<string>`coalesce(sum(${euProjects.euContributionCents} + ${euProjects.stateFundingCents} + ${euProjects.ownFundingCents}) filter (where ${known}), 0)::text`,
      unknown: sql<number>`count(*) filter (where not (${known}))`,
    })
    .from(euProjects)
    .where(and(live, secured));
  return { projects: Number(row?.projects ?? 0), cityShareCents: centsFromDb(row?.share), shareUnknown: Number(row?.unknown ?? 0) };
}

/** Success rate of applications: granted (incl. ongoing and closed) over decided (those and rejected), by count. */
export async function successRate(db: Db) {
  const [row] = await db
    .select({
      decided: count(),
      granted: sql<number>`count(*) filter (where ${inArray(euProjects.status, [...SUCCESS_STATUSES])})`,
      decidedEu: euSum,
      grantedEu: sql<string>`coalesce(sum(${euProjects.euContributionCents}) filter (where ${inArray(euProjects.status, [...SUCCESS_STATUSES])}), 0)::text`,
    })
    .from(euProjects)
    .where(and(live, inArray(euProjects.status, [...DECIDED_STATUSES])));
  const decided = Number(row?.decided ?? 0);
  const granted = Number(row?.granted ?? 0);
  return { decided, granted, basisPoints: shareBasisPoints(granted, decided), decidedEuCents: centsFromDb(row?.decidedEu), grantedEuCents: centsFromDb(row?.grantedEu) };
}

/** Counts for the flags: projects with no alignment, overdue reports, open audit findings, high risk. */
export async function portfolioFlags(db: Db, today: string) {
  const [unaligned] = await db
    .select({ n: count() })
    .from(euProjects)
    .where(
      and(
        live,
        ne(euProjects.status, "rejected"),
        sql`not exists (select 1 from ${euProjectAlignments} a where a.project_id = ${PROJECT_ID} and a.strength >= ${LINKED_MIN_STRENGTH})`,
      ),
    );
  const [overdue] = await db
    .select({ n: count(), projects: sql<number>`count(distinct ${euProjectReports.projectId})` })
    .from(euProjectReports)
    .innerJoin(euProjects, eq(euProjects.id, euProjectReports.projectId))
    .where(and(live, isNull(euProjectReports.submittedOn), lt(euProjectReports.dueDate, today)));
  const [findings] = await db
    .select({ n: count(), projects: sql<number>`count(distinct ${euProjectAudits.projectId})` })
    .from(euProjectAudits)
    .innerJoin(euProjects, eq(euProjects.id, euProjectAudits.projectId))
    .where(and(live, ne(euProjectAudits.followUpStatus, "closed")));
  const [risk] = await db.select({ n: count() }).from(euProjects).where(and(live, eq(euProjects.riskLevel, "high")));
  return {
    unaligned: Number(unaligned?.n ?? 0),
    overdueReports: Number(overdue?.n ?? 0),
    overdueProjects: Number(overdue?.projects ?? 0),
    openFindings: Number(findings?.n ?? 0),
    findingProjects: Number(findings?.projects ?? 0),
    highRisk: Number(risk?.n ?? 0),
  };
}

/** The reference rows the figures are labelled with: programmes and the strategy's priorities (with their goal). */
export async function figureLabels(db: Db) {
  const [programmeRows, priorityRows] = await Promise.all([
    db
      .select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name, managementMode: fundingProgrammes.managementMode, active: fundingProgrammes.active })
      .from(fundingProgrammes)
      .orderBy(asc(fundingProgrammes.sortOrder), asc(fundingProgrammes.code)),
    db
      .select({ id: priorities.id, title: priorities.title, goalId: goals.id, goalTitle: goals.title })
      .from(priorities)
      .innerJoin(goals, eq(goals.id, priorities.goalId))
      .where(and(isNull(priorities.archivedAt), isNull(goals.archivedAt)))
      .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder)),
  ]);
  return { programmes: programmeRows, priorities: priorityRows };
}

/** Every figure of the portfolio page at once. */
export async function portfolioFigures(db: Db, today: string) {
  const [byStatus, byProgramme, byYear, byPriority, heat, share, success, flags, labels, cityShare] = await Promise.all([
    euByStatus(db),
    euByProgramme(db),
    euByYear(db),
    euByPriority(db),
    heatMap(db),
    alignedShare(db),
    successRate(db),
    portfolioFlags(db, today),
    figureLabels(db),
    securedCityShare(db),
  ]);
  return { byStatus, byProgramme, byYear, byPriority, heat, share, success, flags, labels, cityShare };
}
export type PortfolioFigures = Awaited<ReturnType<typeof portfolioFigures>>;
