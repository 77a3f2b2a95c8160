import "server-only";
import { and, desc, eq, gte, isNull } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { euProjectAlignments, euProjectAudits, euProjectPartners, euProjectReports, euProjects, euProjectStatusChanges, fundingProgrammes, priorities, units, users, type EuProject } from "@/db/schema";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { stateAfterChange } from "@/lib/funding/project-write";
import { LINKED_MIN_STRENGTH } from "@/lib/funding/rules";
import { loadForUpdate, updateVersioned, type PublishableTable } from "@/lib/publishing";
import type { Actor } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { projectSnapshot } from "./snapshots";

/** The EU projects' writes: the actions validate and authorise, then call these inside their transaction. */

/** The table as the shared publishing helpers see it. */
export const projectsTable = euProjects as unknown as PublishableTable;

/** Load a project for a write (row lock); archived projects are not edited. */
export async function loadProject(tx: Tx, input: { id: string }): Promise<EuProject | null> {
  const row = await loadForUpdate<EuProject & { id: string; version: number; updatedAt: Date; updatedBy: string | null }>(tx, projectsTable, input.id);
  return row && !row.archivedAt ? row : null;
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

/** Refuse an external id that another project already has, next to the field. */
export async function ensureUniqueExternalId(tx: Tx, externalId: string, exceptId?: string) {
  const [other] = await tx.select({ id: euProjects.id }).from(euProjects).where(eq(euProjects.externalId, externalId));
  if (other && other.id !== exceptId) throw new ActionError("invalid", { key: "errors.invalid" }, { externalId: [{ key: "errors.externalIdTaken" }] });
}

/** A new project (a coordinator's is a draft, an editor's waits for review); its first status change is recordStatusChange's. */
export async function insertProject(tx: Tx, values: Omit<typeof euProjects.$inferInsert, "id" | "reviewState" | "createdBy" | "updatedBy">, reviewState: "draft" | "pending", actor: Actor) {
  const [row] = await tx.insert(euProjects).values({ ...values, reviewState, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!row) throw new Error("project not created");
  return row;
}

/** The public snapshot of a project as it stands in this transaction (only the priorities it is linked to count). */
export async function projectSnapshotOf(tx: Db | Tx, project: EuProject) {
  const alignments = await tx
    .select({ priorityId: euProjectAlignments.priorityId, strength: euProjectAlignments.strength })
    .from(euProjectAlignments)
    .where(and(eq(euProjectAlignments.projectId, project.id), gte(euProjectAlignments.strength, LINKED_MIN_STRENGTH)));
  return projectSnapshot(project, alignments);
}

// ---- the project's parts: alignments, partners, reports, audits ----

export async function priorityIsLive(tx: Tx, priorityId: string): Promise<boolean> {
  const [priority] = await tx.select({ id: priorities.id }).from(priorities).where(and(eq(priorities.id, priorityId), isNull(priorities.archivedAt)));
  return Boolean(priority);
}

/** Set how strongly the project serves a priority; returns the alignment before (null when new). */
export async function setAlignment(tx: Tx, projectId: string, priorityId: string, strength: number, justification: string) {
  const [before] = await tx
    .select({ strength: euProjectAlignments.strength, justification: euProjectAlignments.justification })
    .from(euProjectAlignments)
    .where(and(eq(euProjectAlignments.projectId, projectId), eq(euProjectAlignments.priorityId, priorityId)));
  await tx
    .insert(euProjectAlignments)
    .values({ projectId, priorityId, strength, justification })
    .onConflictDoUpdate({
      target: [euProjectAlignments.projectId, euProjectAlignments.priorityId],
      set: { strength, justification, updatedAt: new Date() },
    });
  return before ?? null;
}

/** Remove an alignment; undefined when there was none. */
export async function deleteAlignment(tx: Tx, projectId: string, priorityId: string) {
  return (await tx.delete(euProjectAlignments).where(and(eq(euProjectAlignments.projectId, projectId), eq(euProjectAlignments.priorityId, priorityId))).returning())[0];
}

type PartnerValues = Pick<typeof euProjectPartners.$inferInsert, "organisation" | "country" | "role">;
type ReportValues = Pick<typeof euProjectReports.$inferInsert, "title" | "periodStart" | "periodEnd" | "dueDate" | "submittedOn" | "note">;
type AuditValues = Pick<typeof euProjectAudits.$inferInsert, "auditor" | "auditDate" | "findings" | "followUpStatus" | "followUpDue">;
type PartTable = PgTable & { id: AnyPgColumn; projectId: AnyPgColumn };

/**
 * The rows of one kind of a project's parts (partners, reporting periods,
 * audits): change one (the row before, or undefined when it is not the
 * project's; `stamp` sets its updatedAt), add one, remove one (the row
 * removed, or undefined).
 */
function projectPartRows<Row, Values extends Record<string, unknown>>(table: PartTable, stamp: boolean) {
  const t = table as PgTable;
  const ofProject = (projectId: string, partId: string) => and(eq(table.id, partId), eq(table.projectId, projectId));
  return {
    async update(tx: Tx, projectId: string, partId: string, values: Values): Promise<Row | undefined> {
      const [old] = (await tx.select().from(t).where(ofProject(projectId, partId))) as Row[];
      if (old) await tx.update(t).set((stamp ? { ...values, updatedAt: new Date() } : values) as never).where(eq(table.id, partId));
      return old;
    },
    async add(tx: Tx, projectId: string, values: Values) {
      await tx.insert(t).values({ ...values, projectId } as never);
    },
    async remove(tx: Tx, projectId: string, partId: string): Promise<Row | undefined> {
      return ((await tx.delete(t).where(ofProject(projectId, partId)).returning()) as Row[])[0];
    },
  };
}

const partners = projectPartRows<typeof euProjectPartners.$inferSelect, PartnerValues>(euProjectPartners, false);
const reports = projectPartRows<typeof euProjectReports.$inferSelect, ReportValues>(euProjectReports, true);
const audits = projectPartRows<typeof euProjectAudits.$inferSelect, AuditValues>(euProjectAudits, true);

export const { update: updatePartner, remove: deletePartner } = partners;

/** Add a partner last in the consortium's order. */
export async function addPartner(tx: Tx, projectId: string, values: PartnerValues) {
  const existing = await tx.select({ id: euProjectPartners.id }).from(euProjectPartners).where(eq(euProjectPartners.projectId, projectId));
  await tx.insert(euProjectPartners).values({ ...values, projectId, sortOrder: existing.length });
}

export const { update: updateReport, add: addReport, remove: deleteReport } = reports;
export const { update: updateAudit, add: addAudit, remove: deleteAudit } = audits;
