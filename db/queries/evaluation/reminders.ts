import "server-only";
import { todayInHelsinki } from "@/lib/dates";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { evaluationRespondents, evaluationRounds } from "@/db/schema";
import type { ReminderItem } from "@/lib/reminders/items";
import type { SourceOptions } from "@/db/queries/reminders/items";

/**
 * Evaluation rounds waiting for a respondent's answer, due on the round's
 * closing date; done once they submitted. A round closed without their answer
 * is no longer something they can do, so it is not listed.
 */
export async function evaluationItems(db: Db, { person }: Pick<SourceOptions, "person"> = {}): Promise<ReminderItem[]> {
  const rows = await db
    .select({
      respondentId: evaluationRespondents.id,
      userId: evaluationRespondents.userId,
      status: evaluationRespondents.status,
      submittedAt: evaluationRespondents.submittedAt,
      roundId: evaluationRounds.id,
      name: evaluationRounds.name,
      roundStatus: evaluationRounds.status,
      opensOn: evaluationRounds.opensOn,
      closesOn: evaluationRounds.closesOn,
    })
    .from(evaluationRespondents)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRespondents.roundId))
    .where(and(ne(evaluationRounds.status, "draft"), person ? eq(evaluationRespondents.userId, person.id) : undefined));
  return rows
    .filter((r) => r.status === "submitted" || r.roundStatus === "open")
    .map((r) => ({
      key: `evaluation:${r.respondentId}`,
      kind: "evaluation" as const,
      title: r.name,
      context: null,
      due: r.closesOn,
      // An open round waits for the answer from the day it opens, not only in its last weeks.
      remindFrom: r.opensOn,
      duePrecision: "day" as const,
      done: r.status === "submitted",
      doneOn: r.submittedAt ? todayInHelsinki(r.submittedAt) : null,
      href: `/staff/evaluations/${r.roundId}/answer`,
      owners: { userIds: [r.userId], unitId: null },
      capability: "evaluation.answer" as const,
      // Evaluations are never public; who has not answered is the round manager's business, not the city-wide list's.
      internal: true,
      calendar: true,
    }));
}
