import "server-only";
import { and, asc, eq, isNotNull, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "../../client";
import { euProjectAudits, euProjectReports, euProjects } from "../../schema";
import { UPCOMING_DAYS } from "@/lib/funding/rules";
import { addDays } from "@/lib/dates";

export type Deadline = {
  kind: "report" | "followUp";
  date: string;
  overdue: boolean;
  title: string;
  projectId: string;
  projectAcronym: string | null;
  projectName: { fi: string; sv?: string; en?: string };
  unitId: string | null;
  contactId: string | null;
};

/**
 * Deadlines across the portfolio: unsubmitted reports and open audit
 * follow-ups, overdue ones first, then those due within the next
 * UPCOMING_DAYS days. Reminders (e-mail, calendar feeds) read the same list.
 */
export async function upcomingDeadlines(db: Db, today: string, options: { days?: number; limit?: number; projectIds?: string[] } = {}): Promise<Deadline[]> {
  const until = addDays(today, options.days ?? UPCOMING_DAYS);
  const project = {
    projectId: euProjects.id,
    projectAcronym: euProjects.acronym,
    projectName: euProjects.name,
    unitId: euProjects.responsibleUnitId,
    contactId: euProjects.contactId,
  };
  const [reports, followUps] = await Promise.all([
    db
      .select({ ...project, title: euProjectReports.title, date: euProjectReports.dueDate })
      .from(euProjectReports)
      .innerJoin(euProjects, eq(euProjects.id, euProjectReports.projectId))
      .where(and(isNull(euProjects.archivedAt), isNull(euProjectReports.submittedOn), lte(euProjectReports.dueDate, until)))
      .orderBy(asc(euProjectReports.dueDate))
      .limit(options.limit ?? 200),
    db
      .select({ ...project, title: euProjectAudits.auditor, date: euProjectAudits.followUpDue })
      .from(euProjectAudits)
      .innerJoin(euProjects, eq(euProjects.id, euProjectAudits.projectId))
      .where(and(isNull(euProjects.archivedAt), ne(euProjectAudits.followUpStatus, "closed"), isNotNull(euProjectAudits.followUpDue), lte(euProjectAudits.followUpDue, until)))
      .orderBy(asc(euProjectAudits.followUpDue))
      .limit(options.limit ?? 200),
  ]);
  const all: Deadline[] = [
    ...reports.map((r) => ({ ...r, kind: "report" as const, overdue: r.date < today })),
    ...followUps.map((r) => ({ ...r, date: r.date as string, kind: "followUp" as const, overdue: (r.date as string) < today })),
  ];
  return all.sort((a, b) => a.date.localeCompare(b.date)).slice(0, options.limit ?? 200);
}
