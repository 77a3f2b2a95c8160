import "server-only";
import type { Db } from "@/db/client";
import { alignedShare, euByPriority, euByProgramme, figureLabels, heatMap, successRate } from "./portfolio";
import type { DashboardOutline } from "@/db/queries/strategy/dashboard";

/**
 * The EU funding part of the dashboard: the funding area's own portfolio
 * aggregates (db/queries/funding/portfolio.ts, SQL GROUP BYs), with the
 * priority rows narrowed to the dashboard's period and goal. Money by
 * programme, the aligned share and the success rate are the whole portfolio's.
 */
export async function fundingFigures(db: Db, scope: { periodId: string; goalId?: string }, outline: DashboardOutline) {
  const [byProgramme, byPriority, heat, share, success, labels] = await Promise.all([euByProgramme(db), euByPriority(db), heatMap(db), alignedShare(db), successRate(db), figureLabels(db)]);
  const goalIds = new Set(outline.goals.filter((g) => g.periodId === scope.periodId && (!scope.goalId || g.id === scope.goalId)).map((g) => g.id));
  const inScope = labels.priorities.filter((p) => goalIds.has(p.goalId));
  const ids = new Set(inScope.map((p) => p.id));
  return {
    byProgramme,
    byPriority: byPriority.filter((b) => ids.has(b.key)),
    heat: heat.filter((h) => ids.has(h.priorityId)),
    share,
    success,
    programmes: labels.programmes.map((p) => ({ id: p.id, code: p.code, name: p.name })),
    priorities: inScope.map((p) => ({ id: p.id, goalId: p.goalId, title: p.title })),
  };
}
