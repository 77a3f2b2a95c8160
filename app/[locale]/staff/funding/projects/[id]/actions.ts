"use server";

import {
  addAudit,
  addPartner,
  addReport,
  deleteAlignment,
  deleteAudit,
  deletePartner,
  deleteReport,
  priorityIsLive,
  setAlignment,
  touchProject,
  updateAudit,
  updatePartner,
  updateReport,
} from "@/db/queries/funding/write";
import type { Tx } from "@/db/client";
import type { EuProject } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { definePartActions } from "@/lib/actions/part-actions";
import type { Actor } from "@/lib/permissions";
import { ActionError } from "@/lib/actions/result";
import { ENTITY } from "@/lib/funding/project-write";
import { projectEditing } from "@/lib/funding/project-actions";
import {
  alignInput,
  auditInput,
  partnerInput,
  removeAuditInput,
  removePartnerInput,
  removeReportInput,
  reportInput,
  unalignInput,
} from "@/lib/funding/schemas";

/**
 * The parts of an EU project: alignment to priorities, consortium partners,
 * reporting periods and audits. Each change bumps the project's version (so
 * two people never overwrite each other) and is recorded in its history.
 */
const internal = { publicChange: false };

export const alignProject = defineAction({
  name: "funding.alignment.set",
  input: alignInput,
  ...projectEditing,
  run: async ({ tx, actor, input, item, audit }) => {
    if (!(await priorityIsLive(tx, input.priorityId))) throw new ActionError("invalid", { key: "errors.invalid" }, { priorityId: [{ key: "errors.unknownItem" }] });
    const before = await setAlignment(tx, item.id, input.priorityId, input.strength, input.justification);
    const updated = await touchProject(tx, item, input.version, actor);
    await audit({
      entityType: ENTITY,
      entityId: item.id,
      action: "align",
      version: updated.version,
      before: before ? { priorityId: input.priorityId, ...before } : null,
      after: { priorityId: input.priorityId, strength: input.strength, justification: input.justification },
    });
    return { version: updated.version };
  },
});

export const unalignProject = defineAction({
  name: "funding.alignment.remove",
  input: unalignInput,
  ...projectEditing,
  run: async ({ tx, actor, input, item, audit }) => {
    const removed = await deleteAlignment(tx, item.id, input.priorityId);
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor);
    await audit({ entityType: ENTITY, entityId: item.id, action: "unalign", version: updated.version, before: { priorityId: removed.priorityId, strength: removed.strength, justification: removed.justification } });
    return { version: updated.version };
  },
});

/** Partners, reporting periods and audits: the project's internal record (no public effect). */
const part = {
  ...projectEditing,
  entityType: ENTITY,
  touch: (tx: Tx, item: EuProject, version: number, actor: Actor) => touchProject(tx, item, version, actor, {}, internal),
};

const partners = definePartActions({
  ...part, part: "partner", idField: "partnerId", names: ["funding.partner.save", "funding.partner.remove"], inputs: { save: partnerInput, remove: removePartnerInput },
  values: (input) => ({ organisation: input.organisation, country: input.country, role: input.role }),
  add: addPartner, update: updatePartner, remove: deletePartner, removed: ["organisation", "country", "role"],
});
export const savePartner = partners.save;
export const removePartner = partners.remove;

const reports = definePartActions({
  ...part, part: "report", idField: "reportId", names: ["funding.report.save", "funding.report.remove"], inputs: { save: reportInput, remove: removeReportInput },
  values: (input) => ({ title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, dueDate: input.dueDate, submittedOn: input.submittedOn, note: input.note }),
  add: addReport, update: updateReport, remove: deleteReport, removed: ["title", "dueDate", "submittedOn"],
});
export const saveReport = reports.save;
export const removeReport = reports.remove;

const audits = definePartActions({
  ...part, part: "audit", idField: "auditId", names: ["funding.audit.save", "funding.audit.remove"], inputs: { save: auditInput, remove: removeAuditInput },
  values: (input) => ({ auditor: input.auditor, auditDate: input.auditDate, findings: input.findings, followUpStatus: input.followUpStatus, followUpDue: input.followUpDue }),
  add: addAudit, update: updateAudit, remove: deleteAudit, removed: ["auditor", "auditDate", "findings"],
});
export const saveAudit = audits.save;
export const removeAudit = audits.remove;
