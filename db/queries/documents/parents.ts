import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { advocacyActivities, advocacyPlans, euProjects, measureContacts, measures, networkContacts, networks, priorities } from "../../schema";
import type { DocumentParentKind } from "../../schema/documents";

/**
 * The item a document is attached to, as the permission check and the page
 * refresh need it: who owns it (unit, contact persons) and the pages that
 * show it. Null when it does not exist or is archived.
 */
export type DocumentParent = {
  kind: DocumentParentKind;
  id: string;
  unitId: string | null;
  contactIds: string[];
  /** Staff page and public page (without locale). */
  staffPath: string;
  publicPath: string;
};

export async function loadDocumentParent(db: Db | Tx, kind: DocumentParentKind, id: string): Promise<DocumentParent | null> {
  switch (kind) {
    case "advocacyActivity": {
      const [r] = await db
        .select({ archivedAt: advocacyActivities.archivedAt, unitId: priorities.responsibleUnitId, responsible: advocacyActivities.responsibleUserId })
        .from(advocacyActivities)
        .innerJoin(priorities, eq(priorities.id, advocacyActivities.priorityId))
        .where(eq(advocacyActivities.id, id));
      if (!r || r.archivedAt) return null;
      return { kind, id, unitId: r.unitId, contactIds: r.responsible ? [r.responsible] : [], staffPath: `/staff/advocacy/activities/${id}`, publicPath: "/advocacy" };
    }
    case "advocacyPlan": {
      const [r] = await db
        .select({ archivedAt: advocacyPlans.archivedAt, unitId: priorities.responsibleUnitId, priorityId: advocacyPlans.priorityId })
        .from(advocacyPlans)
        .innerJoin(priorities, eq(priorities.id, advocacyPlans.priorityId))
        .where(eq(advocacyPlans.id, id));
      if (!r || r.archivedAt) return null;
      return { kind, id, unitId: r.unitId, contactIds: [], staffPath: `/staff/advocacy/plans/${r.priorityId}`, publicPath: "/advocacy" };
    }
    case "euProject": {
      const [r] = await db.select({ archivedAt: euProjects.archivedAt, unitId: euProjects.responsibleUnitId, contactId: euProjects.contactId }).from(euProjects).where(eq(euProjects.id, id));
      if (!r || r.archivedAt) return null;
      return { kind, id, unitId: r.unitId, contactIds: r.contactId ? [r.contactId] : [], staffPath: `/staff/funding/projects/${id}`, publicPath: `/eu-projects/${id}` };
    }
    case "network": {
      const [r] = await db.select({ archivedAt: networks.archivedAt, unitId: networks.responsibleUnitId }).from(networks).where(eq(networks.id, id));
      if (!r || r.archivedAt) return null;
      const contacts = await db.select({ userId: networkContacts.userId }).from(networkContacts).where(eq(networkContacts.networkId, id));
      return { kind, id, unitId: r.unitId, contactIds: contacts.map((c) => c.userId), staffPath: `/staff/networks/${id}`, publicPath: `/networks/${id}` };
    }
    case "measure": {
      const [r] = await db.select({ archivedAt: measures.archivedAt, unitId: measures.responsibleUnitId }).from(measures).where(eq(measures.id, id));
      if (!r || r.archivedAt) return null;
      const contacts = await db.select({ userId: measureContacts.userId }).from(measureContacts).where(eq(measureContacts.measureId, id));
      return { kind, id, unitId: r.unitId, contactIds: contacts.map((c) => c.userId), staffPath: `/staff/strategy/measures/${id}`, publicPath: `/measures/${id}` };
    }
  }
}
