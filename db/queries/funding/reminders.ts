import "server-only";
import { todayInHelsinki } from "@/lib/dates";
import { and, eq, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { euProjectAudits, euProjectReports, euProjects } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { ItemText, ReminderItem } from "@/lib/reminders/items";
import type { ReminderPerson, SourceOptions } from "@/db/queries/reminders/items";
import { can } from "@/lib/permissions";

/** The projects that are this person's: their contact person, or with nobody named their unit's. */
export function projectsOfPerson(person: ReminderPerson | undefined): SQL | undefined {
  if (!person) return undefined;
  const named = eq(euProjects.contactId, person.id);
  return person.unitId ? or(named, and(isNull(euProjects.contactId), eq(euProjects.responsibleUnitId, person.unitId))) : named;
}

/**
 * EU projects' reporting deadlines and audit follow-ups: the project's contact
 * person's, or — with nobody named — its responsible unit's (who may edit the
 * project, as in the funding area). A report is done once submitted, a
 * follow-up once closed.
 */
export async function fundingItems(db: Db, { person }: Pick<SourceOptions, "person"> = {}): Promise<ReminderItem[]> {
  if (person && !can(person.role, "funding.editOwn")) return [];
  const project = { projectId: euProjects.id, name: euProjects.name, acronym: euProjects.acronym, unitId: euProjects.responsibleUnitId, contactId: euProjects.contactId };
  const [reports, audits] = await Promise.all([
    db
      .select({ ...project, id: euProjectReports.id, title: euProjectReports.title, dueDate: euProjectReports.dueDate, submittedOn: euProjectReports.submittedOn })
      .from(euProjectReports)
      .innerJoin(euProjects, eq(euProjects.id, euProjectReports.projectId))
      .where(and(isNull(euProjects.archivedAt), projectsOfPerson(person))),
    db
      .select({ ...project, id: euProjectAudits.id, auditor: euProjectAudits.auditor, followUpDue: euProjectAudits.followUpDue, followUpStatus: euProjectAudits.followUpStatus, updatedAt: euProjectAudits.updatedAt })
      .from(euProjectAudits)
      .innerJoin(euProjects, eq(euProjects.id, euProjectAudits.projectId))
      .where(and(isNull(euProjects.archivedAt), isNotNull(euProjectAudits.followUpDue), projectsOfPerson(person))),
  ]);
  /** A report or an audit of a project: owned as the project is, shown in its section of the project's page. */
  const item = (kind: "report" | "audit", r: { id: string; projectId: string; name: LocalizedText; acronym: string | null; contactId: string | null; unitId: string | null }, own: Pick<ReminderItem, "title" | "due" | "done" | "doneOn">): ReminderItem => ({
    key: `${kind}:${r.id}`,
    kind,
    owners: { userIds: r.contactId ? [r.contactId] : [], unitId: r.unitId },
    capability: "funding.editOwn",
    // Reports and audits are the staff side of a project.
    internal: true,
    calendar: true,
    duePrecision: "day",
    context: projectLabel(r.name, r.acronym),
    href: `/staff/funding/projects/${r.projectId}#${kind}s-title`,
    ...own,
  });
  return [
    ...reports.map((r) => item("report", r, { title: r.title, due: r.dueDate, done: r.submittedOn !== null, doneOn: r.submittedOn })),
    ...audits.map((a) => item("audit", a, { title: a.auditor, due: a.followUpDue, done: a.followUpStatus === "closed", doneOn: a.followUpStatus === "closed" ? todayInHelsinki(a.updatedAt) : null })),
  ];
}

/** "ACRONYM – name" in each language. */
export function projectLabel(name: LocalizedText, acronym: string | null): ItemText {
  if (!acronym) return name;
  const label = (s: string | undefined) => (s ? `${acronym} – ${s}` : undefined);
  return { fi: `${acronym} – ${name.fi}`, sv: label(name.sv), en: label(name.en) };
}
