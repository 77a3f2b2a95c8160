import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { euProjectAudits, euProjectReports, euProjects } from "@/db/schema";
import { alignedShare, euByPriority, euByProgramme, figureLabels, heatMap, securedCityShare, successRate } from "./portfolio";
import type { DashboardOutline } from "@/db/queries/strategy/dashboard";

/**
 * The EU funding part of the dashboard: the funding area's own portfolio
 * aggregates (db/queries/funding/portfolio.ts, SQL GROUP BYs), with the
 * priority rows narrowed to the dashboard's period and goal. Money by
 * programme, the aligned share and the success rate are the whole portfolio's.
 */
export async function fundingFigures(db: Db, scope: { periodId: string; goalId?: string }, outline: DashboardOutline) {
  const [byProgramme, byPriority, heat, share, success, labels, cityShare] = await Promise.all([
    euByProgramme(db),
    euByPriority(db),
    heatMap(db),
    alignedShare(db),
    successRate(db),
    figureLabels(db),
    securedCityShare(db),
  ]);
  const goalIds = new Set(outline.goals.filter((g) => g.periodId === scope.periodId && (!scope.goalId || g.id === scope.goalId)).map((g) => g.id));
  const inScope = labels.priorities.filter((p) => goalIds.has(p.goalId));
  const ids = new Set(inScope.map((p) => p.id));
  return {
    byProgramme,
    byPriority: byPriority.filter((b) => ids.has(b.key)),
    heat: heat.filter((h) => ids.has(h.priorityId)),
    share,
    success,
    cityShare,
    programmes: labels.programmes.map((p) => ({ id: p.id, code: p.code, name: p.name })),
    priorities: inScope.map((p) => ({ id: p.id, goalId: p.goalId, title: p.title })),
  };
}

/**
 * For the briefing: EU project reports past their due date and not
 * submitted, and audits whose follow-up is not closed (open findings), the
 * oldest first, at most `limit` of each with how many there are in all.
 * Archived projects are left out.
 */
export async function fundingWatch(db: Db, today: string, limit: number) {
  const project = { projectId: euProjects.id, acronym: euProjects.acronym, name: euProjects.name, total: sql<number>`(count(*) over ())::int` };
  const [reports, audits] = await Promise.all([
    db
      .select({ ...project, id: euProjectReports.id, title: euProjectReports.title, date: sql<string>`${euProjectReports.dueDate}::text` })
      .from(euProjectReports)
      .innerJoin(euProjects, eq(euProjects.id, euProjectReports.projectId))
      .where(and(isNull(euProjects.archivedAt), isNull(euProjectReports.submittedOn), sql`${euProjectReports.dueDate} < ${today}::date`))
      .orderBy(asc(euProjectReports.dueDate), asc(euProjectReports.id))
      .limit(limit),
    db
      .select({ ...project, id: euProjectAudits.id, title: euProjectAudits.auditor, date: sql<string | null>`${euProjectAudits.followUpDue}::text`, findings: euProjectAudits.findings })
      .from(euProjectAudits)
      .innerJoin(euProjects, eq(euProjects.id, euProjectAudits.projectId))
      .where(and(isNull(euProjects.archivedAt), ne(euProjectAudits.followUpStatus, "closed")))
      .orderBy(sql`${euProjectAudits.followUpDue} asc nulls last`, asc(euProjectAudits.auditDate), asc(euProjectAudits.id))
      .limit(limit),
  ]);
  const strip = <T extends { total: number }>(rows: T[]) => ({ total: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...r }) => r) });
  return { overdueReports: strip(reports), openAudits: strip(audits) };
}
