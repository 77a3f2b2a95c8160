"use server";

import { and, eq, isNull } from "drizzle-orm";
import { euProjectAlignments, euProjectAudits, euProjectPartners, euProjectReports, priorities } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { ENTITY, loadProject, mayEditProject, touchProject } from "@/lib/funding/project-write";
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
const paths = (id: string) => ({ paths: ["/staff/funding", "/staff/funding/projects", `/staff/funding/projects/${id}`, "/eu-projects", "/staff/dashboard", "/staff/review"] });
const common = { requires: ["funding.manage", "funding.editOwn"] as const, load: loadProject };
const internal = { publicChange: false };

export const alignProject = defineAction({
  name: "funding.alignment.set",
  input: alignInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const [priority] = await tx.select({ id: priorities.id }).from(priorities).where(and(eq(priorities.id, input.priorityId), isNull(priorities.archivedAt)));
    if (!priority) throw new ActionError("invalid", { key: "errors.invalid" }, { priorityId: [{ key: "errors.unknownItem" }] });
    const [before] = await tx
      .select({ strength: euProjectAlignments.strength, justification: euProjectAlignments.justification })
      .from(euProjectAlignments)
      .where(and(eq(euProjectAlignments.projectId, item.id), eq(euProjectAlignments.priorityId, input.priorityId)));
    await tx
      .insert(euProjectAlignments)
      .values({ projectId: item.id, priorityId: input.priorityId, strength: input.strength, justification: input.justification })
      .onConflictDoUpdate({
        target: [euProjectAlignments.projectId, euProjectAlignments.priorityId],
        set: { strength: input.strength, justification: input.justification, updatedAt: new Date() },
      });
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
  revalidate: (i) => paths(i.id),
});

export const unalignProject = defineAction({
  name: "funding.alignment.remove",
  input: unalignInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const [removed] = await tx
      .delete(euProjectAlignments)
      .where(and(eq(euProjectAlignments.projectId, item.id), eq(euProjectAlignments.priorityId, input.priorityId)))
      .returning();
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor);
    await audit({ entityType: ENTITY, entityId: item.id, action: "unalign", version: updated.version, before: { priorityId: removed.priorityId, strength: removed.strength, justification: removed.justification } });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
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
      const [old] = await tx.select().from(euProjectPartners).where(and(eq(euProjectPartners.id, input.partnerId), eq(euProjectPartners.projectId, item.id)));
      if (!old) throw new ActionError("not_found");
      before = { organisation: old.organisation, country: old.country, role: old.role };
      await tx.update(euProjectPartners).set(values).where(eq(euProjectPartners.id, old.id));
    } else {
      const existing = await tx.select({ id: euProjectPartners.id }).from(euProjectPartners).where(eq(euProjectPartners.projectId, item.id));
      await tx.insert(euProjectPartners).values({ ...values, projectId: item.id, sortOrder: existing.length });
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.partnerId ? "partner.update" : "partner.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
});

export const removePartner = defineAction({
  name: "funding.partner.remove",
  input: removePartnerInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const [removed] = await tx.delete(euProjectPartners).where(and(eq(euProjectPartners.id, input.partnerId), eq(euProjectPartners.projectId, item.id))).returning();
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "partner.remove", version: updated.version, before: { organisation: removed.organisation, country: removed.country, role: removed.role } });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
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
      const [old] = await tx.select().from(euProjectReports).where(and(eq(euProjectReports.id, input.reportId), eq(euProjectReports.projectId, item.id)));
      if (!old) throw new ActionError("not_found");
      before = { title: old.title, periodStart: old.periodStart, periodEnd: old.periodEnd, dueDate: old.dueDate, submittedOn: old.submittedOn, note: old.note };
      await tx.update(euProjectReports).set({ ...values, updatedAt: new Date() }).where(eq(euProjectReports.id, old.id));
    } else {
      await tx.insert(euProjectReports).values({ ...values, projectId: item.id });
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.reportId ? "report.update" : "report.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
});

export const removeReport = defineAction({
  name: "funding.report.remove",
  input: removeReportInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const [removed] = await tx.delete(euProjectReports).where(and(eq(euProjectReports.id, input.reportId), eq(euProjectReports.projectId, item.id))).returning();
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "report.remove", version: updated.version, before: { title: removed.title, dueDate: removed.dueDate, submittedOn: removed.submittedOn } });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
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
      const [old] = await tx.select().from(euProjectAudits).where(and(eq(euProjectAudits.id, input.auditId), eq(euProjectAudits.projectId, item.id)));
      if (!old) throw new ActionError("not_found");
      before = { auditor: old.auditor, auditDate: old.auditDate, findings: old.findings, followUpStatus: old.followUpStatus, followUpDue: old.followUpDue };
      await tx.update(euProjectAudits).set({ ...values, updatedAt: new Date() }).where(eq(euProjectAudits.id, old.id));
    } else {
      await tx.insert(euProjectAudits).values({ ...values, projectId: item.id });
    }
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: input.auditId ? "audit.update" : "audit.add", version: updated.version, before, after: values });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
});

export const removeAudit = defineAction({
  name: "funding.audit.remove",
  input: removeAuditInput,
  ...common,
  authorize: (actor, project) => mayEditProject(actor, project),
  run: async ({ tx, actor, input, item, audit }) => {
    const [removed] = await tx.delete(euProjectAudits).where(and(eq(euProjectAudits.id, input.auditId), eq(euProjectAudits.projectId, item.id))).returning();
    if (!removed) throw new ActionError("not_found");
    const updated = await touchProject(tx, item, input.version, actor, {}, internal);
    await audit({ entityType: ENTITY, entityId: item.id, action: "audit.remove", version: updated.version, before: { auditor: removed.auditor, auditDate: removed.auditDate, findings: removed.findings } });
    return { version: updated.version };
  },
  revalidate: (i) => paths(i.id),
});
