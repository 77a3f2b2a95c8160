import "server-only";
import type { Db } from "../../client";
import { advocacyActivities, advocacyPlans, governmentAsks, priorities } from "../../schema";
import { publicWhere } from "../public/visibility";
import type { PrioritySnapshot } from "../strategy/snapshots";
import type { ActivitySnapshot, AskSnapshot, PlanSnapshot } from "./snapshots";

/**
 * The public site's view of advocacy: published snapshots only, never the
 * working copies. Internal plans, internal notes and evaluations have no
 * snapshot, so they cannot appear here. Rows are chosen by the one
 * visibility rule (../public/visibility): items of a priority that is not
 * public (its goal or period a draft) are left out.
 */

export async function getPublishedAdvocacy(db: Db) {
  const [priorityRows, planRows, activityRows, askRows] = await Promise.all([
    db.select({ id: priorities.id, snapshot: priorities.published }).from(priorities).where(publicWhere.priority()),
    db.select({ id: advocacyPlans.id, snapshot: advocacyPlans.published, isDemo: advocacyPlans.isDemo }).from(advocacyPlans).where(publicWhere.advocacyPlan()),
    db.select({ id: advocacyActivities.id, snapshot: advocacyActivities.published, isDemo: advocacyActivities.isDemo }).from(advocacyActivities).where(publicWhere.advocacyActivity()),
    db.select({ id: governmentAsks.id, snapshot: governmentAsks.published, isDemo: governmentAsks.isDemo }).from(governmentAsks).where(publicWhere.governmentAsk()),
  ]);
  const publicPriorities = new Map(priorityRows.map((p) => [p.id, p.snapshot as PrioritySnapshot]));
  // Only items of published priorities are shown, so nothing points at an unpublished one.
  const ofPublic = <S extends { priorityId: string }>(rows: { id: string; snapshot: unknown; isDemo: boolean }[]) =>
    rows.map((r) => ({ id: r.id, ...(r.snapshot as S), isDemo: r.isDemo })).filter((r) => publicPriorities.has(r.priorityId));
  const activities = ofPublic<ActivitySnapshot>(activityRows).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const asks = ofPublic<AskSnapshot>(askRows)
    .filter((a) => a.outcome === "adopted" || a.outcome === "partly")
    .sort((a, b) => b.programmeYear - a.programmeYear || a.sortOrder - b.sortOrder);
  return {
    priorities: publicPriorities,
    plans: ofPublic<PlanSnapshot>(planRows),
    statements: activities.filter((a) => a.type === "statement"),
    otherActions: activities.filter((a) => a.type !== "statement"),
    adoptedAsks: asks,
  };
}
