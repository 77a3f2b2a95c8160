import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { euProjects, euProjectStatusChanges, fundingProgrammes, units, users, type EuProject } from "@/db/schema";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { loadForUpdate, updateVersioned, type PublishableTable } from "@/lib/publishing";
import { can, canEditOwned, type Actor, mayAssignUnit } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";

/** The table as the shared publishing helpers see it. */
export const projectsTable = euProjects as unknown as PublishableTable;
export const ENTITY = "euProject";

/** Load a project for a write (row lock); archived projects are not edited. */
export async function loadProject(tx: Tx, input: { id: string }): Promise<EuProject | null> {
  const row = await loadForUpdate<EuProject & { id: string; version: number; updatedAt: Date; updatedBy: string | null }>(tx, projectsTable, input.id);
  return row && !row.archivedAt ? row : null;
}

/** Coordinators and admins edit every project; editors those of their unit or where they are the contact. */
export function mayEditProject(actor: Actor, project: Pick<EuProject, "responsibleUnitId" | "contactId">): boolean {
  return canEditOwned(actor, { unitId: project.responsibleUnitId, contactIds: project.contactId ? [project.contactId] : [] }, "funding.manage", "funding.editOwn");
}

/**
 * Review state after a change to the working copy: an editor's change waits
 * for a coordinator (pending); a coordinator's change to a published project
 * is pending until published again; never-published work stays a draft.
 */
export function stateAfterChange(actor: Actor, project: Pick<EuProject, "published" | "reviewState">): "draft" | "pending" {
  if (!can(actor.role, "content.publish")) return "pending";
  return project.published || project.reviewState === "pending" ? "pending" : "draft";
}

/**
 * Bump a project's version (no lost updates, also for changes to its parts).
 * A change to what the public sees (`publicChange`) also moves the review
 * state; internal parts (reports, audits, partners) leave it as it is.
 */
export async function touchProject(
  tx: Tx,
  project: EuProject,
  expectedVersion: number,
  actor: Actor,
  values: Record<string, unknown> = {},
  options: { publicChange?: boolean } = {},
): Promise<EuProject> {
  const review = options.publicChange === false ? {} : { reviewState: stateAfterChange(actor, project), reviewComment: null };
  return updateVersioned<EuProject & { id: string; version: number; updatedAt: Date; updatedBy: string | null }>(tx, projectsTable, project.id, expectedVersion, { ...values, ...review }, actor);
}

/** Refuse an unknown programme, unit or contact person with a message next to the field. */
export async function checkReferences(tx: Tx, values: { programmeId?: string; responsibleUnitId?: string | null; contactId?: string | null }): Promise<void> {
  const fields: FieldErrors = {};
  if (values.programmeId) {
    const [p] = await tx.select({ id: fundingProgrammes.id }).from(fundingProgrammes).where(eq(fundingProgrammes.id, values.programmeId));
    if (!p) fields.programmeId = [{ key: "errors.unknownProgramme" }];
  }
  if (values.responsibleUnitId) {
    const [u] = await tx.select({ id: units.id }).from(units).where(eq(units.id, values.responsibleUnitId));
    if (!u) fields.responsibleUnitId = [{ key: "errors.unknownItem" }];
  }
  if (values.contactId) {
    const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, values.contactId), eq(users.active, true)));
    if (!u) fields.contactId = [{ key: "errors.unknownItem" }];
  }
  if (Object.keys(fields).length) throw new ActionError("invalid", { key: "errors.invalid" }, fields);
}

/** An editor may only give a project to their own unit (or keep it where it is): anything else is refused. */
export function checkEditorUnit(actor: Actor, unitId: string | null | undefined, current?: string | null): void {
  if (!mayAssignUnit(actor, "funding.manage", unitId, current)) throw new ActionError("forbidden");
}

/**
 * Record a status change with its date. The date may not be in the future
 * nor before the previous change (the history reads in order).
 */
export async function recordStatusChange(tx: Tx, projectId: string, status: EuProject["status"], changedOn: string, actor: Actor, note: string | null = null): Promise<void> {
  if (changedOn > todayInHelsinki()) throw new ActionError("invalid", { key: "errors.invalid" }, { changedOn: [{ key: "errors.futureDate" }] });
  const [last] = await tx
    .select({ changedOn: euProjectStatusChanges.changedOn })
    .from(euProjectStatusChanges)
    .where(eq(euProjectStatusChanges.projectId, projectId))
    .orderBy(desc(euProjectStatusChanges.changedOn))
    .limit(1);
  if (last && changedOn < last.changedOn) {
    throw new ActionError("invalid", { key: "errors.invalid" }, { changedOn: [{ key: "errors.beforePreviousChange", params: { date: last.changedOn } }] });
  }
  await tx.insert(euProjectStatusChanges).values({ projectId, status, changedOn, note, createdBy: actor.id });
}
