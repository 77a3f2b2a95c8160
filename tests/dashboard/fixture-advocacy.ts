import type { Db } from "@/db/client";
import { advocacyActivities, evaluationAnswers, evaluationQuestions, evaluationRespondents, evaluationRounds, governmentAsks, users } from "@/db/schema";
import type { DashboardFixture } from "./fixture";

/**
 * Advocacy and evaluation data on top of fixture.ts, with the dashboard's
 * figures worked out by hand ("today" 2024-06-15).
 *
 * Asks: A1 adopted, adopted, partly, not adopted, pending (+ an archived one);
 *       A2 partly, not adopted; B1 pending; A3 (archived priority) and D1 (other period) adopted.
 *   A1 rate (2 + ½) / 4 = 62.5 % → 63 %; A2 ½ / 2 = 25 %; B1 none decided → –.
 *   All: 8 asks, 2 adopted, 2 partly, 2 not, 2 pending → (2 + 1) / 6 = 50 %.
 * Statements: given 1.5.2024 (counts); dated 20.6.2024 (not yet); no date and deadline
 *   1.6.2024 (overdue); same but declined (not overdue); deadline 1.7.2024 (not yet due);
 *   an archived given one and a meeting (neither counts) → given 1, overdue 1.
 * Evaluation: round 2023 (closed 1.12.2023) A1 4, 3 (+ a draft's 5, not counted) → 3.5; A2 2 → 2.0;
 *   B1 5, 4 → 4.5. Round 2024 (closed 1.5.2024) A1 5, 4 → 4.5; B1 3, 3 → 3.0; mean (5+4+3+3)/4 = 3.75 → 3.8.
 *   An open round's answers never count.
 */
export const EXPECTED_ADVOCACY = {
  totals: { total: 8, adopted: 2, partly: 2, notAdopted: 2, pending: 2 },
  A1: { total: 5, adopted: 2, partly: 1, notAdopted: 1, pending: 1 },
  A2: { total: 2, adopted: 0, partly: 1, notAdopted: 1, pending: 0 },
  B1: { total: 1, adopted: 0, partly: 0, notAdopted: 0, pending: 1 },
  statements: { given: 1, overdue: 1 },
};

const L = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });

export async function seedAdvocacyFixture(db: Db, f: DashboardFixture) {
  const ask = (priorityId: string, outcome: "pending" | "adopted" | "partly" | "not_adopted", archived = false) =>
    db.insert(governmentAsks).values({ programmeYear: 2023, priorityId, wording: L(`Tavoite ${outcome}`), outcome, archivedAt: archived ? new Date() : null });
  for (const o of ["adopted", "adopted", "partly", "not_adopted", "pending"] as const) await ask(f.A1, o);
  await ask(f.A1, "adopted", true);
  await ask(f.A2, "partly");
  await ask(f.A2, "not_adopted");
  await ask(f.B1, "pending");
  await ask(f.A3, "adopted");
  await ask(f.D1, "adopted");

  const statement = (priorityId: string, o: { date?: string; deadline?: string; declined?: boolean; archived?: boolean; type?: "statement" | "meeting" }) =>
    db.insert(advocacyActivities).values({
      type: o.type ?? "statement",
      priorityId,
      title: L("Lausunto"),
      date: o.date,
      deadline: o.deadline,
      declined: o.declined ?? false,
      archivedAt: o.archived ? new Date() : null,
    });
  await statement(f.A1, { date: "2024-05-01", deadline: "2024-05-15" });
  await statement(f.A2, { date: "2024-06-20" });
  await statement(f.B1, { deadline: "2024-06-01" });
  await statement(f.B1, { deadline: "2024-06-01", declined: true });
  await statement(f.A1, { deadline: "2024-07-01" });
  await statement(f.A1, { date: "2024-04-01", archived: true });
  await statement(f.A1, { date: "2024-04-01", type: "meeting" });

  const people = await db
    .insert(users)
    .values([1, 2, 3].map((i) => ({ email: `rater${i}-${Math.random().toString(36).slice(2)}@test.example`, name: `Arvioija ${i}`, role: "executive" as const })))
    .returning();
  const round = async (name: string, status: "open" | "closed", closedAt: string | null, answers: Record<string, (number | null)[]>, drafts: Record<string, number> = {}) => {
    const [r] = await db
      .insert(evaluationRounds)
      .values({ name: L(name), periodId: f.periodId, opensOn: "2023-01-01", closesOn: "2024-12-31", status, closedAt: closedAt ? new Date(`${closedAt}T10:00:00Z`) : null })
      .returning();
    const qs = new Map<string, string>();
    for (const [i, priorityId] of Object.keys(answers).entries()) {
      const [q] = await db.insert(evaluationQuestions).values({ roundId: r!.id, priorityId, sortOrder: i }).returning();
      qs.set(priorityId, q!.id);
    }
    for (const [pi, person] of people.slice(0, 2).entries()) {
      const [resp] = await db.insert(evaluationRespondents).values({ roundId: r!.id, userId: person.id, status: "submitted", submittedAt: new Date() }).returning();
      for (const [priorityId, scores] of Object.entries(answers)) {
        if (scores[pi] !== undefined) await db.insert(evaluationAnswers).values({ respondentId: resp!.id, questionId: qs.get(priorityId)!, score: scores[pi] });
      }
    }
    const [draft] = await db.insert(evaluationRespondents).values({ roundId: r!.id, userId: people[2]!.id, status: "draft" }).returning();
    for (const [priorityId, score] of Object.entries(drafts)) await db.insert(evaluationAnswers).values({ respondentId: draft!.id, questionId: qs.get(priorityId)!, score });
    return r!.id;
  };
  const r2023 = await round("Kierros 2023", "closed", "2023-12-01", { [f.A1]: [4, 3], [f.A2]: [2, null], [f.B1]: [5, 4] }, { [f.A1]: 5 });
  const r2024 = await round("Kierros 2024", "closed", "2024-05-01", { [f.A1]: [5, 4], [f.B1]: [3, 3] });
  await round("Avoin kierros", "open", null, { [f.A1]: [1, 1], [f.B1]: [1, 1] });
  return { r2023, r2024 };
}
