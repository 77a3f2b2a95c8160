import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjectAlignments, euProjects, fundingProgrammes, goals, priorities, units } from "../../schema";

/** Every live project with the codes an import understands (programme code, unit code), for CSV/XLSX export. */
export async function projectsForExport(db: Db) {
  return db
    .select({
      id: euProjects.id,
      externalId: euProjects.externalId,
      name: euProjects.name,
      acronym: euProjects.acronym,
      programmeCode: fundingProgrammes.code,
      call: euProjects.call,
      status: euProjects.status,
      role: euProjects.role,
      totalBudgetCents: euProjects.totalBudgetCents,
      euContributionCents: euProjects.euContributionCents,
      stateFundingCents: euProjects.stateFundingCents,
      ownFundingCents: euProjects.ownFundingCents,
      startDate: euProjects.startDate,
      startPrecision: euProjects.startPrecision,
      endDate: euProjects.endDate,
      endPrecision: euProjects.endPrecision,
      unitCode: units.code,
      cordisId: euProjects.cordisId,
      kohesioCode: euProjects.kohesioCode,
      decisionNumber: euProjects.decisionNumber,
      riskLevel: euProjects.riskLevel,
      internalNotes: euProjects.internalNotes,
      reviewState: euProjects.reviewState,
      isDemo: euProjects.isDemo,
    })
    .from(euProjects)
    .innerJoin(fundingProgrammes, eq(fundingProgrammes.id, euProjects.programmeId))
    .leftJoin(units, eq(units.id, euProjects.responsibleUnitId))
    .where(isNull(euProjects.archivedAt))
    .orderBy(asc(euProjects.externalId));
}
export type ExportProject = Awaited<ReturnType<typeof projectsForExport>>[number];

export async function alignmentsForExport(db: Db) {
  return db
    .select({
      externalId: euProjects.externalId,
      priority: priorities.title,
      goal: goals.title,
      strength: euProjectAlignments.strength,
      justification: euProjectAlignments.justification,
    })
    .from(euProjectAlignments)
    .innerJoin(euProjects, eq(euProjects.id, euProjectAlignments.projectId))
    .innerJoin(priorities, eq(priorities.id, euProjectAlignments.priorityId))
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .where(isNull(euProjects.archivedAt))
    .orderBy(asc(euProjects.externalId), asc(goals.sortOrder), asc(priorities.sortOrder));
}
export type ExportAlignment = Awaited<ReturnType<typeof alignmentsForExport>>[number];
