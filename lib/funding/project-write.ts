import type { EuProject } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { can, canEditOwned, type Actor, mayAssignUnit } from "@/lib/permissions";

/** The EU projects' rules; their reads and writes are in db/queries/funding/ (write.ts). */
export const ENTITY = "euProject";

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

/** An editor may only give a project to their own unit (or keep it where it is): anything else is refused. */
export function checkEditorUnit(actor: Actor, unitId: string | null | undefined, current?: string | null): void {
  if (!mayAssignUnit(actor, "funding.manage", unitId, current)) throw new ActionError("forbidden");
}
