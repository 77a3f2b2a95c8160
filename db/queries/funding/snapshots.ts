import type { EuProject } from "../../schema";

/**
 * What the public may see of an EU project (taken when it is published):
 * name, acronym, public summary, programme, status, the city's role, EU
 * contribution, dates and the priorities it serves. Never internal notes,
 * risk level, audits, reports, contacts or the rest of the money split.
 */
export function projectSnapshot(p: EuProject, alignments: { priorityId: string; strength: number }[]) {
  return {
    name: p.name,
    acronym: p.acronym,
    summary: p.summary,
    programmeId: p.programmeId,
    status: p.status,
    role: p.role,
    euContributionCents: p.euContributionCents,
    startDate: p.startDate,
    startPrecision: p.startPrecision,
    endDate: p.endDate,
    endPrecision: p.endPrecision,
    isDemo: p.isDemo,
    alignments: alignments
      .filter((a) => a.strength >= 1)
      .sort((a, b) => b.strength - a.strength)
      .map((a) => ({ priorityId: a.priorityId, strength: a.strength })),
  };
}

export type ProjectSnapshot = ReturnType<typeof projectSnapshot>;

/** The fields whose change the history records for a project (before/after). */
export const projectHistoryFields = [
  "externalId",
  "name",
  "acronym",
  "summary",
  "programmeId",
  "call",
  "status",
  "role",
  "totalBudgetCents",
  "euContributionCents",
  "stateFundingCents",
  "ownFundingCents",
  "startDate",
  "startPrecision",
  "endDate",
  "endPrecision",
  "responsibleUnitId",
  "contactId",
  "cordisId",
  "kohesioCode",
  "decisionNumber",
  "links",
  "riskLevel",
  "internalNotes",
] as const;
