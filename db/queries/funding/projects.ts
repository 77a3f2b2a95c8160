import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import {
  euProjectAlignments,
  euProjectAudits,
  euProjectPartners,
  euProjectReports,
  euProjects,
  euProjectStatusChanges,
  fundingProgrammes,
  goals,
  priorities,
  units,
  users,
} from "../../schema";
import { LINKED_MIN_STRENGTH, type ProjectStatus } from "@/lib/funding/rules";

/** The outer project id, fully qualified: drizzle writes a bare "id" in single-table selects, which a subquery would read as its own table's id. */
const PROJECT_ID = sql.raw('"eu_projects"."id"');

export type ProjectFilters = {
  q?: string;
  programmeId?: string;
  status?: ProjectStatus;
  unitId?: string;
  priorityId?: string;
  flag?: "unaligned" | "overdue" | "findings" | "highRisk" | "pending" | "demo";
  archived?: boolean;
};

export const PAGE_SIZE = 50;

function overdueCount(today: string) {
  return sql<number>`(select count(*) from ${euProjectReports} r where r.project_id = ${PROJECT_ID} and r.submitted_on is null and r.due_date < ${today}::date)::int`;
}
const openFindingCount = sql<number>`(select count(*) from ${euProjectAudits} f where f.project_id = ${PROJECT_ID} and f.follow_up_status <> 'closed')::int`;
const maxStrength = sql<number | null>`(select max(a.strength) from ${euProjectAlignments} a where a.project_id = ${PROJECT_ID})`;

function conditions(filters: ProjectFilters, today: string): SQL | undefined {
  const where: (SQL | undefined)[] = [filters.archived ? isNotNull(euProjects.archivedAt) : isNull(euProjects.archivedAt)];
  if (filters.q?.trim()) {
    const q = `%${filters.q.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(euProjects.acronym, q),
        ilike(euProjects.externalId, q),
        sql`${euProjects.name}->>'fi' ilike ${q}`,
        sql`${euProjects.name}->>'sv' ilike ${q}`,
        sql`${euProjects.name}->>'en' ilike ${q}`,
        ilike(euProjects.cordisId, q),
        ilike(euProjects.kohesioCode, q),
      ),
    );
  }
  if (filters.programmeId) where.push(eq(euProjects.programmeId, filters.programmeId));
  if (filters.status) where.push(eq(euProjects.status, filters.status));
  if (filters.unitId) where.push(eq(euProjects.responsibleUnitId, filters.unitId));
  if (filters.priorityId) {
    where.push(
      sql`exists (select 1 from ${euProjectAlignments} a where a.project_id = ${PROJECT_ID} and a.priority_id = ${filters.priorityId} and a.strength >= ${LINKED_MIN_STRENGTH})`,
    );
  }
  if (filters.flag === "unaligned") {
    where.push(sql`not exists (select 1 from ${euProjectAlignments} a where a.project_id = ${PROJECT_ID} and a.strength >= ${LINKED_MIN_STRENGTH})`);
  }
  // EXISTS stops at the first match (a count would visit every report of every project).
  if (filters.flag === "overdue") {
    where.push(sql`exists (select 1 from ${euProjectReports} r where r.project_id = ${PROJECT_ID} and r.submitted_on is null and r.due_date < ${today}::date)`);
  }
  if (filters.flag === "findings") where.push(sql`exists (select 1 from ${euProjectAudits} f where f.project_id = ${PROJECT_ID} and f.follow_up_status <> 'closed')`);
  if (filters.flag === "highRisk") where.push(eq(euProjects.riskLevel, "high"));
  if (filters.flag === "pending") where.push(eq(euProjects.reviewState, "pending"));
  if (filters.flag === "demo") where.push(eq(euProjects.isDemo, true));
  return and(...where);
}

/** A project's columns that the staff list and the export both show: what it is, its money, its dates (at their precision), its state. */
export const projectSummaryColumns = {
  id: euProjects.id,
  externalId: euProjects.externalId,
  name: euProjects.name,
  acronym: euProjects.acronym,
  status: euProjects.status,
  role: euProjects.role,
  euContributionCents: euProjects.euContributionCents,
  stateFundingCents: euProjects.stateFundingCents,
  ownFundingCents: euProjects.ownFundingCents,
  startDate: euProjects.startDate,
  startPrecision: euProjects.startPrecision,
  endDate: euProjects.endDate,
  endPrecision: euProjects.endPrecision,
  riskLevel: euProjects.riskLevel,
  reviewState: euProjects.reviewState,
  isDemo: euProjects.isDemo,
};

/** One page of the staff project list, with the flags computed in SQL. */
export async function listProjectsForStaff(db: Db, filters: ProjectFilters, today: string, page = 1) {
  const where = conditions(filters, today);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...projectSummaryColumns,
        programmeId: euProjects.programmeId,
        responsibleUnitId: euProjects.responsibleUnitId,
        contactId: euProjects.contactId,
        maxStrength,
        overdueReports: overdueCount(today),
        openFindings: openFindingCount,
      })
      .from(euProjects)
      .where(where)
      .orderBy(desc(euProjects.updatedAt), asc(euProjects.externalId))
      .limit(PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(euProjects).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, maxStrength: r.maxStrength === null ? null : Number(r.maxStrength) })), total: Number(total?.n ?? 0) };
}
export type StaffProjectRow = Awaited<ReturnType<typeof listProjectsForStaff>>["rows"][number];

/** A project with everything staff see on its page. */
export async function getProjectForStaff(db: Db, id: string) {
  const [project] = await db.select().from(euProjects).where(eq(euProjects.id, id));
  if (!project) return null;
  const [history, partners, alignments, reports, audits, contact] = await Promise.all([
    db.select().from(euProjectStatusChanges).where(eq(euProjectStatusChanges.projectId, id)).orderBy(asc(euProjectStatusChanges.changedOn), asc(euProjectStatusChanges.createdAt)),
    db.select().from(euProjectPartners).where(eq(euProjectPartners.projectId, id)).orderBy(asc(euProjectPartners.sortOrder), asc(euProjectPartners.organisation)),
    db
      .select({
        priorityId: euProjectAlignments.priorityId,
        strength: euProjectAlignments.strength,
        justification: euProjectAlignments.justification,
        title: priorities.title,
        goalTitle: goals.title,
      })
      .from(euProjectAlignments)
      .innerJoin(priorities, eq(priorities.id, euProjectAlignments.priorityId))
      .innerJoin(goals, eq(goals.id, priorities.goalId))
      .where(eq(euProjectAlignments.projectId, id))
      .orderBy(desc(euProjectAlignments.strength), asc(goals.sortOrder), asc(priorities.sortOrder)),
    db.select().from(euProjectReports).where(eq(euProjectReports.projectId, id)).orderBy(asc(euProjectReports.dueDate)),
    db.select().from(euProjectAudits).where(eq(euProjectAudits.projectId, id)).orderBy(desc(euProjectAudits.auditDate)),
    project.contactId ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, project.contactId)) : Promise.resolve([]),
  ]);
  return { project, history, partners, alignments, reports, audits, contact: contact[0] ?? null };
}
export type StaffProject = NonNullable<Awaited<ReturnType<typeof getProjectForStaff>>>;

/** Reference lists for forms and filters; `people: false` leaves out the contact persons (a filter form has no contact field). */
export async function fundingFormOptions(db: Db, { people: withPeople = true }: { people?: boolean } = {}) {
  const [programmes, unitRows, priorityRows, people] = await Promise.all([
    db
      .select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name, active: fundingProgrammes.active, periodStart: fundingProgrammes.periodStart, periodEnd: fundingProgrammes.periodEnd })
      .from(fundingProgrammes)
      .orderBy(asc(fundingProgrammes.sortOrder), asc(fundingProgrammes.code)),
    db.select({ id: units.id, code: units.code, name: units.name }).from(units).orderBy(asc(units.code)),
    db
      .select({ id: priorities.id, title: priorities.title, goalTitle: goals.title })
      .from(priorities)
      .innerJoin(goals, eq(goals.id, priorities.goalId))
      .where(and(isNull(priorities.archivedAt), isNull(goals.archivedAt)))
      .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder)),
    withPeople
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.active, true), inArray(users.role, ["admin", "coordinator", "editor", "executive"])))
          .orderBy(asc(users.name))
      : Promise.resolve([]),
  ]);
  return { programmes, units: unitRows, priorities: priorityRows, people };
}
export type FundingFormOptions = Awaited<ReturnType<typeof fundingFormOptions>>;

/** The programme of a project and its responsible unit (null when it has none), for the staff page. */
export async function projectProgrammeAndUnit(db: Db, project: { programmeId: string; responsibleUnitId: string | null }) {
  const [[programme], [unit]] = await Promise.all([
    db.select().from(fundingProgrammes).where(eq(fundingProgrammes.id, project.programmeId)),
    project.responsibleUnitId ? db.select().from(units).where(eq(units.id, project.responsibleUnitId)) : Promise.resolve([]),
  ]);
  return { programme: programme ?? null, unit: unit ?? null };
}
