import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { projectSummaryColumns } from "./projects";
import { euProjectAlignments, euProjects, fundingProgrammes, goals, priorities, units } from "../../schema";

/** Every live project with the codes an import understands (programme code, unit code), for CSV/XLSX export. */
export async function projectsForExport(db: Db) {
  return db
    .select({
      ...projectSummaryColumns,
      programmeCode: fundingProgrammes.code,
      call: euProjects.call,
      totalBudgetCents: euProjects.totalBudgetCents,
      unitCode: units.code,
      cordisId: euProjects.cordisId,
      kohesioCode: euProjects.kohesioCode,
      decisionNumber: euProjects.decisionNumber,
      internalNotes: euProjects.internalNotes,
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
