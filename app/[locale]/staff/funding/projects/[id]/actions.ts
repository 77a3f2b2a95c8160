"use server";

import {
  addAudit,
  addPartner,
  addReport,
  deleteAlignment,
  deleteAudit,
  deletePartner,
  deleteReport,
  loadProject,
  priorityIsLive,
  setAlignment,
  touchProject,
  updateAudit,
  updatePartner,
  updateReport,
} from "@/db/queries/funding/write";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { ENTITY, mayEditProject } from "@/lib/funding/project-write";
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
const common = { requires: ["funding.manage", "funding.editOwn"] as const, load: loadProject };
const internal = { publicChange: false };

export const alignProject = defineAction({
  name: "funding.alignment.set",
  input: alignInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
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
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const removed = await deleteAlignment(tx, item.id, input.priorityId);
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor);
    await audit({ entityType: ENTITY, entityId: item.id, action: "unalign", version: updated.version, before: { priorityId: removed.priorityId, strength: removed.strength, justification: removed.justification } });
    return { version: updated.version };
  },
});

export const savePartner = defineAction({
  name: "funding.partner.save",
  input: partnerInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const values = { organisation: input.organisation, country: input.country, role: input.role };
    let before: Record<string, unknown> | null = null;
    if (input.partnerId) {
      const old = await updatePartner(tx, item.id, input.partnerId, values);
      if (!old) throw new ActionError("not_found");
      before = { organisation: old.organisation, country: old.country, role: old.role };
    } else {
      await addPartner(tx, item.id, values);
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.partnerId ? "partner.update" : "partner.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
});

export const removePartner = defineAction({
  name: "funding.partner.remove",
  input: removePartnerInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const removed = await deletePartner(tx, item.id, input.partnerId);
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "partner.remove", version: updated.version, before: { organisation: removed.organisation, country: removed.country, role: removed.role } });
    return { version: updated.version };
  },
});

export const saveReport = defineAction({
  name: "funding.report.save",
  input: reportInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const values = { title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, dueDate: input.dueDate, submittedOn: input.submittedOn, note: input.note };
    let before: Record<string, unknown> | null = null;
    if (input.reportId) {
      const old = await updateReport(tx, item.id, input.reportId, values);
      if (!old) throw new ActionError("not_found");
      before = { title: old.title, periodStart: old.periodStart, periodEnd: old.periodEnd, dueDate: old.dueDate, submittedOn: old.submittedOn, note: old.note };
    } else {
      await addReport(tx, item.id, values);
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.reportId ? "report.update" : "report.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
});

export const removeReport = defineAction({
  name: "funding.report.remove",
  input: removeReportInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const removed = await deleteReport(tx, item.id, input.reportId);
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "report.remove", version: updated.version, before: { title: removed.title, dueDate: removed.dueDate, submittedOn: removed.submittedOn } });
    return { version: updated.version };
  },
});

export const saveAudit = defineAction({
  name: "funding.audit.save",
  input: auditInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const values = { auditor: input.auditor, auditDate: input.auditDate, findings: input.findings, followUpStatus: input.followUpStatus, followUpDue: input.followUpDue };
    let before: Record<string, unknown> | null = null;
    if (input.auditId) {
      const old = await updateAudit(tx, item.id, input.auditId, values);
      if (!old) throw new ActionError("not_found");
      before = { auditor: old.auditor, auditDate: old.auditDate, findings: old.findings, followUpStatus: old.followUpStatus, followUpDue: old.followUpDue };
    } else {
      await addAudit(tx, item.id, values);
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.auditId ? "audit.update" : "audit.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
});

export const removeAudit = defineAction({
  name: "funding.audit.remove",
  input: removeAuditInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const removed = await deleteAudit(tx, item.id, input.auditId);
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "audit.remove", version: updated.version, before: { auditor: removed.auditor, auditDate: removed.auditDate, findings: removed.findings } });
    return { version: updated.version };
  },
});
