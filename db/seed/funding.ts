import { count, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import {
  euProjectAlignments,
  euProjectAudits,
  euProjectPartners,
  euProjectReports,
  euProjects,
  euProjectStatusChanges,
  fundingProgrammes,
} from "../schema";
import { recordAudit } from "../queries/audit";
import { projectSnapshot } from "../queries/funding/snapshots";
import { parseMoney } from "@/lib/money";
import { demoProjects, demoStatusHistory } from "./funding-demo";
import { closedProgrammes2014, seedProgrammes } from "./funding-programmes";

/**
 * The EU programme reference list, into an empty table (every database, demo
 * or not). In a database that already has its list, the closed 2014–2020
 * programmes whose codes are missing are added at start-up (a code already
 * there is left as it is, so an admin's edits stay).
 * Done here, not in a migration: UIA uses the "indirect" management mode,
 * which PostgreSQL does not let the same transaction that added it use.
 */
export async function ensureFundingProgrammes(db: Db | Tx): Promise<void> {
  const [row] = await db.select({ n: count() }).from(fundingProgrammes);
  const empty = (row?.n ?? 0) === 0;
  const list = empty ? seedProgrammes : closedProgrammes2014;
  const offset = empty ? 0 : seedProgrammes.length - closedProgrammes2014.length;
  await db
    .insert(fundingProgrammes)
    .values(list.map((p, i) => ({ ...p, sortOrder: offset + i })))
    .onConflictDoNothing();
}

const euros = (text: string | undefined) => (text ? (parseMoney(text) ?? 0) : 0);
const daysFrom = (today: Date, days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The demo portfolio (fictional, marked demo), aligned to the seeded priorities. */
export async function seedFundingDemo(
  tx: Tx,
  refs: { unitIds: Map<string, string>; userIds: Map<string, string>; priorityIds: Map<string, string> },
): Promise<void> {
  await ensureFundingProgrammes(tx);
  const programmes = new Map((await tx.select({ id: fundingProgrammes.id, code: fundingProgrammes.code }).from(fundingProgrammes)).map((p) => [p.code, p.id]));
  const today = new Date();
  const editorId = refs.userIds.get("editor@example.com") ?? null;
  for (const d of demoProjects) {
    const programmeId = programmes.get(d.programme);
    if (!programmeId) throw new Error(`seed: no programme ${d.programme}`);
    const [project] = await tx
      .insert(euProjects)
      .values({
        externalId: d.externalId,
        name: d.name,
        acronym: d.acronym,
        summary: d.summary ?? null,
        programmeId,
        call: d.call ?? null,
        status: d.status,
        role: d.role,
        totalBudgetCents: euros(d.total),
        euContributionCents: euros(d.eu),
        stateFundingCents: euros(d.state),
        ownFundingCents: euros(d.own),
        startDate: d.start ?? null,
        endDate: d.end ?? null,
        responsibleUnitId: refs.unitIds.get(d.unit) ?? null,
        contactId: d.contactEditor ? editorId : null,
        cordisId: d.cordisId ?? null,
        kohesioCode: d.kohesioCode ?? null,
        decisionNumber: d.decisionNumber ?? null,
        riskLevel: d.risk ?? "low",
        internalNotes: d.notes ?? null,
        isDemo: true,
      })
      .returning();
    if (!project) throw new Error("seed: project not created");
    const history = demoStatusHistory(d, today);
    await tx.insert(euProjectStatusChanges).values(history.map((h) => ({ projectId: project.id, status: h.status, changedOn: h.on })));
    const alignments = d.align
      .map(([key, strength, justification]) => ({ projectId: project.id, priorityId: refs.priorityIds.get(key) ?? "", strength, justification }))
      .filter((a) => a.priorityId);
    if (alignments.length) await tx.insert(euProjectAlignments).values(alignments);
    if (d.partners?.length) {
      await tx.insert(euProjectPartners).values(d.partners.map(([organisation, country, role], i) => ({ projectId: project.id, organisation, country, role, sortOrder: i })));
    }
    for (const r of d.reports ?? []) {
      await tx.insert(euProjectReports).values({
        projectId: project.id,
        title: r.title,
        dueDate: daysFrom(today, r.due),
        submittedOn: r.submitted === undefined ? null : daysFrom(today, r.submitted),
      });
    }
    for (const a of d.audits ?? []) {
      await tx.insert(euProjectAudits).values({
        projectId: project.id,
        auditor: a.auditor,
        auditDate: daysFrom(today, -a.ago),
        findings: a.findings,
        followUpStatus: a.status,
        followUpDue: a.followUpDue === undefined ? null : daysFrom(today, a.followUpDue),
      });
    }
    await recordAudit(tx, { entityType: "euProject", entityId: project.id, action: "create", version: 1, actor: null, after: { externalId: d.externalId, name: d.name } });
    if (d.published) {
      const snapshot = projectSnapshot(project, alignments);
      await tx
        .update(euProjects)
        .set({ reviewState: "published", published: snapshot, publishedAt: today, publishedVersion: 1 })
        .where(eq(euProjects.id, project.id));
      await recordAudit(tx, { entityType: "euProject", entityId: project.id, action: "publish", version: 1, actor: null, after: snapshot, isPublication: true });
    }
  }
}
