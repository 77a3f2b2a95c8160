"use server";

import { projectHistoryFields } from "@/db/queries/funding/snapshots";
import { checkReferences, ensureUniqueExternalId, insertProject, loadProject, projectSnapshotOf, projectsTable, recordStatusChange, touchProject } from "@/db/queries/funding/write";
import type { EuProject } from "@/db/schema";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { createProjectInput, projectRef, returnInput, statusInput, updateProjectInput, type ProjectInput } from "@/lib/funding/schemas";
import { checkEditorUnit, ENTITY } from "@/lib/funding/project-write";
import { projectEditing } from "@/lib/funding/project-actions";
import { archiveRow, changedFields, publishRow, returnRow } from "@/lib/publishing";
import { can } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { flexibleDateColumns } from "@/lib/strategy/dates";

function columns(input: ProjectInput) {
  return {
    externalId: input.externalId,
    name: { fi: input.nameFi, ...(input.nameSv ? { sv: input.nameSv } : {}), ...(input.nameEn ? { en: input.nameEn } : {}) },
    summary: input.summaryFi ? { fi: input.summaryFi, ...(input.summarySv ? { sv: input.summarySv } : {}), ...(input.summaryEn ? { en: input.summaryEn } : {}) } : null,
    acronym: input.acronym,
    programmeId: input.programmeId,
    call: input.call,
    role: input.role,
    totalBudgetCents: input.totalBudgetCents,
    euContributionCents: input.euContributionCents,
    // An empty field is not known (null), never 0.
    stateFundingCents: input.stateFundingCents ?? null,
    ownFundingCents: input.ownFundingCents ?? null,
    // Each at the precision it is known (day, month or year); empty = not known.
    ...flexibleDateColumns("start", input.startDate),
    ...flexibleDateColumns("end", input.endDate),
    responsibleUnitId: input.responsibleUnitId ?? null,
    contactId: input.contactId ?? null,
    cordisId: input.cordisId,
    kohesioCode: input.kohesioCode,
    decisionNumber: input.decisionNumber,
    links: input.links,
    riskLevel: input.riskLevel,
    internalNotes: input.internalNotes,
  };
}

export const createProject = defineAction({
  name: "funding.project.create",
  input: createProjectInput,
  requires: ["funding.manage", "funding.editOwn"],
  run: async ({ tx, actor, input, audit }) => {
    checkEditorUnit(actor, input.responsibleUnitId);
    await checkReferences(tx, input);
    await ensureUniqueExternalId(tx, input.externalId);
    const values = columns(input);
    const row = await insertProject(tx, { ...values, status: input.status }, can(actor.role, "content.publish") ? "draft" : "pending", actor);
    await recordStatusChange(tx, row.id, input.status, input.statusDate ?? todayInHelsinki(), actor);
    await audit({ entityType: ENTITY, entityId: row.id, action: "create", version: 1, after: values });
    return { id: row.id };
  },
});

export const updateProject = defineAction({
  name: "funding.project.update",
  input: updateProjectInput,
  ...projectEditing,
  run: async ({ tx, actor, input, item, audit }) => {
    checkEditorUnit(actor, input.responsibleUnitId, item.responsibleUnitId);
    await checkReferences(tx, input);
    await ensureUniqueExternalId(tx, input.externalId, item.id);
    const values = columns(input);
    const updated = await touchProject(tx, item, input.version, actor, values);
    const diff = changedFields(item as unknown as Record<string, unknown>, updated as unknown as Record<string, unknown>, [...projectHistoryFields]);
    await audit({ entityType: ENTITY, entityId: item.id, action: "update", version: updated.version, ...diff });
    return { id: item.id, version: updated.version };
  },
});

export const setProjectStatus = defineAction({
  name: "funding.project.status",
  input: statusInput,
  ...projectEditing,
  run: async ({ tx, actor, input, item, audit }) => {
    await recordStatusChange(tx, item.id, input.status, input.changedOn, actor, input.note);
    const updated = await touchProject(tx, item, input.version, actor, { status: input.status });
    await audit({
      entityType: ENTITY,
      entityId: item.id,
      action: "status",
      version: updated.version,
      before: { status: item.status },
      after: { status: input.status, changedOn: input.changedOn, note: input.note },
    });
    return { version: updated.version };
  },
});

/** The project a publish, return or archive works on, at the version the form showed. */
const target = ({ tx, actor, input, item, audit }: ActionContext<{ version: number }, EuProject>) => ({ tx, actor, audit, table: projectsTable, entityType: ENTITY, row: item as never, expectedVersion: input.version });

export const publishProject = defineAction({
  name: "funding.project.publish",
  input: projectRef,
  requires: ["content.publish"],
  load: loadProject,
  run: async (ctx) => {
    const snapshot = await projectSnapshotOf(ctx.tx, ctx.item);
    const updated = await publishRow({ ...target(ctx), snapshot, texts: { name: ctx.item.name }, requiredTexts: ["name"] });
    return { version: updated.version };
  },
});

export const returnProject = defineAction({
  name: "funding.project.return",
  input: returnInput,
  requires: ["content.publish"],
  load: loadProject,
  run: async (ctx) => ({ version: (await returnRow({ ...target(ctx), comment: ctx.input.comment })).version }),
});

export const archiveProject = defineAction({
  name: "funding.project.archive",
  input: projectRef,
  requires: ["funding.manage"],
  load: loadProject,
  run: async (ctx) => ({ version: (await archiveRow(target(ctx))).version }),
});
