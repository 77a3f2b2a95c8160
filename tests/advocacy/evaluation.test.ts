import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeRound, createRound, updateRound } from "@/app/[locale]/staff/evaluations/actions";
import { answerRound } from "@/app/[locale]/staff/evaluations/[roundId]/answer/actions";
import type { Db } from "@/db/client";
import { closedRoundHistory, roundResults } from "@/db/queries/evaluation/results";
import { getQuestionnaire } from "@/db/queries/evaluation/staff";
import { evaluationRespondents, users } from "@/db/schema";
import { roundResultsCsv } from "@/lib/evaluation/export";
import type { Actor } from "@/lib/permissions";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { fingerprint, newPriority, newRound } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });

const labels = { priority: "Priority", answers: "Answers", mean: "Mean", sd: "SD", min: "Min", max: "Max", needs: "Needs", respondent: "Respondent" };

/** A respondent with a name nobody else has, so a leak would be visible. */
async function namedRespondent(db: Db, role: "executive" | "editor" = "executive"): Promise<Actor> {
  const a = await createActor(db, role);
  const name = `Vastaaja ${Math.random().toString(36).slice(2, 10)}`;
  await db.update(users).set({ name }).where(eq(users.id, a.id));
  return { ...a, name };
}

async function setup(db: Db, options: { anonymous?: boolean; status?: "draft" | "open" | "closed"; people?: number } = {}) {
  const p1 = await newPriority(db, "KANS");
  const p2 = await newPriority(db, "STRA");
  const people = await Promise.all(Array.from({ length: options.people ?? 3 }, () => namedRespondent(db)));
  // The minimum of answers is 1 here: these tests read running results (the minimum has its own tests in evaluation-privacy.test.ts).
  const r = await newRound(db, { status: options.status ?? "open", anonymous: options.anonymous, minAnswers: 1, priorityIds: [p1.id, p2.id], respondentIds: people.map((p) => p.id) });
  const respondentOf = (actor: Actor) => r.respondents.find((x) => x.userId === actor.id)!;
  const [q1, q2] = r.questions as [(typeof r.questions)[0], (typeof r.questions)[0]];
  return { ...r, people, respondentOf, q1, q2 };
}

const answer = (respondentId: string, version: number, intent: "draft" | "submit", scores: Record<string, string | number>, needs: Record<string, string> = {}) => ({
  respondentId,
  version,
  intent,
  ...Object.fromEntries(Object.entries(scores).map(([q, s]) => [`answers.${q}.score`, String(s)])),
  ...Object.fromEntries(Object.entries(needs).map(([q, t]) => [`answers.${q}.needs`, t])),
});

describe("evaluation integrity", () => {
  it("a respondent saves a draft, comes back to it and submits once; a second submission is refused and changes nothing", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2, round } = await setup(db);
    const me = people[0]!;
    const resp = respondentOf(me);
    const draft = await answerRound.execute(me, answer(resp.id, 1, "draft", { [q1.id]: 4 }, { [q1.id]: "Lisää yhteistyötä" }));
    expect(draft).toMatchObject({ ok: true, data: { status: "draft", version: 2 } });

    const back = await getQuestionnaire(db, round.id, me.id);
    expect(back?.respondent.status).toBe("draft");
    expect(back?.answers.get(q1.id)).toMatchObject({ score: 4, needs: "Lisää yhteistyötä" });

    const submitted = await answerRound.execute(me, answer(resp.id, 2, "submit", { [q1.id]: 4, [q2.id]: 2 }));
    expect(submitted).toMatchObject({ ok: true, data: { status: "submitted" } });

    const before = await fingerprint(db);
    const again = await answerRound.execute(me, answer(resp.id, 3, "submit", { [q1.id]: 1, [q2.id]: 1 }));
    expect(again).toMatchObject({ ok: false, code: "invalid", message: { key: "errors.alreadySubmitted" } });
    const draftAfter = await answerRound.execute(me, answer(resp.id, 3, "draft", { [q1.id]: 1 }));
    expect(draftAfter).toMatchObject({ ok: false, message: { key: "errors.alreadySubmitted" } });
    expect(await fingerprint(db)).toBe(before);
    expect((await getQuestionnaire(db, round.id, me.id))?.answers.get(q1.id)?.score).toBe(4);
  });

  it("two submissions sent at once: exactly one counts", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2, round } = await setup(db);
    const me = people[0]!;
    const resp = respondentOf(me);
    const results = await Promise.all([
      answerRound.execute(me, answer(resp.id, 1, "submit", { [q1.id]: 5, [q2.id]: 5 })),
      answerRound.execute(me, answer(resp.id, 1, "submit", { [q1.id]: 1, [q2.id]: 1 })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const res = await roundResults(db, round.id, { freeTexts: false });
    expect(res[0]!.summary.count).toBe(1);
  });

  it("a closed round refuses answers and nothing is written", async () => {
    const db = await getDb();
    const { people, respondentOf, q1 } = await setup(db, { status: "closed" });
    const me = people[0]!;
    const before = await fingerprint(db);
    const r = await answerRound.execute(me, answer(respondentOf(me).id, 1, "draft", { [q1.id]: 3 }));
    expect(r).toMatchObject({ ok: false, message: { key: "errors.roundClosed" } });
    expect(await fingerprint(db)).toBe(before);
  });

  it("a round not yet opened refuses answers", async () => {
    const db = await getDb();
    const { people, respondentOf, q1 } = await setup(db, { status: "draft" });
    const me = people[0]!;
    const r = await answerRound.execute(me, answer(respondentOf(me).id, 1, "draft", { [q1.id]: 3 }));
    expect(r).toMatchObject({ ok: false, message: { key: "errors.roundNotOpen" } });
  });

  it("closing a round: later answers are refused", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, round } = await setup(db);
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    expect(await closeRound.execute(coordinator, { id: round.id, version: round.version })).toMatchObject({ ok: true });
    const me = people[0]!;
    expect(await answerRound.execute(me, answer(respondentOf(me).id, 1, "draft", { [q1.id]: 3 }))).toMatchObject({ ok: false, message: { key: "errors.roundClosed" } });
    expect(await closeRound.execute(coordinator, { id: round.id, version: round.version + 1 })).toMatchObject({ ok: false, message: { key: "errors.roundClosed" } });
  });

  it("scores outside 1–5, missing scores on submit and unknown questions are refused next to the field", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2 } = await setup(db);
    const me = people[0]!;
    const id = respondentOf(me).id;
    const before = await fingerprint(db);
    for (const bad of ["0", "6", "3.5", "abc", "-1"]) {
      const r = await answerRound.execute(me, answer(id, 1, "draft", { [q1.id]: bad }));
      expect(r).toMatchObject({ ok: false, code: "invalid", fields: { [`answers.${q1.id}.score`]: [{ key: "errors.score" }] } });
    }
    const missing = await answerRound.execute(me, answer(id, 1, "submit", { [q1.id]: 3 }));
    expect(missing).toMatchObject({ ok: false, fields: { [`answers.${q2.id}.score`]: [{ key: "errors.score" }] } });
    const other = await newPriority(db, "KANS");
    const foreign = await answerRound.execute(me, answer(id, 1, "draft", { [other.id]: 3 }));
    expect(foreign).toMatchObject({ ok: false, code: "invalid" });
    expect(await fingerprint(db)).toBe(before);
  });

  it("two tabs saving the same draft: the later one is told, not silently lost", async () => {
    const db = await getDb();
    const { people, respondentOf, q1 } = await setup(db);
    const me = people[0]!;
    const id = respondentOf(me).id;
    expect(await answerRound.execute(me, answer(id, 1, "draft", { [q1.id]: 2 }))).toMatchObject({ ok: true });
    expect(await answerRound.execute(me, answer(id, 1, "draft", { [q1.id]: 5 }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("results count only submitted questionnaires: mean, spread and number of answers", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2, round } = await setup(db, { people: 4 });
    const [a, b, c, d] = people as [Actor, Actor, Actor, Actor];
    await answerRound.execute(a, answer(respondentOf(a).id, 1, "submit", { [q1.id]: 5, [q2.id]: 2 }));
    await answerRound.execute(b, answer(respondentOf(b).id, 1, "submit", { [q1.id]: 3, [q2.id]: 2 }));
    await answerRound.execute(c, answer(respondentOf(c).id, 1, "submit", { [q1.id]: 4, [q2.id]: 2 }));
    await answerRound.execute(d, answer(respondentOf(d).id, 1, "draft", { [q1.id]: 1, [q2.id]: 1 })); // never submitted
    const [r1, r2] = await roundResults(db, round.id, { freeTexts: false });
    expect(r1!.summary).toEqual({ count: 3, mean: 4, sd: 1, min: 3, max: 5 });
    expect(r2!.summary).toMatchObject({ count: 3, mean: 2, sd: 0 });
  });

  it("an anonymous round keeps names out of results and exports; free texts stay readable", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2, round } = await setup(db, { anonymous: true });
    for (const [i, p] of people.entries()) {
      await answerRound.execute(p, answer(respondentOf(p).id, 1, "submit", { [q1.id]: 3 + (i % 2), [q2.id]: 4 }, { [q1.id]: `Kehitystarve ${i}` }));
    }
    const results = await roundResults(db, round.id, { freeTexts: true });
    const json = JSON.stringify(results);
    for (const p of people) {
      expect(json).not.toContain(p.name);
      expect(json).not.toContain(p.id);
    }
    expect(results[0]!.freeTexts.map((t) => t.text)).toEqual(["Kehitystarve 0", "Kehitystarve 1", "Kehitystarve 2"]);
    expect(results[0]!.freeTexts.every((t) => t.name === null)).toBe(true);
    const csv = await roundResultsCsv(db, round.id, { freeTexts: true, locale: "fi", labels });
    for (const p of people) expect(csv!.body).not.toContain(p.name);
    expect(csv!.body).toContain("Kehitystarve 1");
    expect(csv!.body).not.toContain("Respondent");
  });

  it("a named round shows who wrote each free text to coordinators", async () => {
    const db = await getDb();
    const { people, respondentOf, q1, q2, round } = await setup(db, { anonymous: false, people: 1 });
    const me = people[0]!;
    await answerRound.execute(me, answer(respondentOf(me).id, 1, "submit", { [q1.id]: 3, [q2.id]: 4 }, { [q2.id]: "Enemmän resursseja" }));
    const results = await roundResults(db, round.id, { freeTexts: true });
    expect(results[1]!.freeTexts).toEqual([{ text: "Enemmän resursseja", name: me.name }]);
    const csv = await roundResultsCsv(db, round.id, { freeTexts: true, locale: "fi", labels });
    expect(csv!.body).toContain(me.name);
    // Without free texts (executives' export) there are no texts and no names.
    const figures = await roundResultsCsv(db, round.id, { freeTexts: false, locale: "fi", labels });
    expect(figures!.body).not.toContain(me.name);
    expect(figures!.body).not.toContain("Enemmän resursseja");
  });

  it("results compare with earlier closed rounds", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    const exec = await namedRespondent(db);
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const first = await newRound(db, { priorityIds: [p.id], respondentIds: [exec.id] });
    await answerRound.execute(exec, answer(first.respondents[0]!.id, 1, "submit", { [first.questions[0]!.id]: 2 }));
    await closeRound.execute(coordinator, { id: first.round.id, version: 1 });
    const second = await newRound(db, { priorityIds: [p.id], respondentIds: [exec.id] });
    await answerRound.execute(exec, answer(second.respondents[0]!.id, 1, "submit", { [second.questions[0]!.id]: 4 }));
    await closeRound.execute(coordinator, { id: second.round.id, version: 1 });
    const history = (await closedRoundHistory(db, [p.id])).get(p.id)!;
    expect(history.map((h) => [h.roundId, h.summary.mean])).toEqual([
      [first.round.id, 2],
      [second.round.id, 4],
    ]);
  });

  it("a coordinator creates a round for executives and experts; respondents who started cannot be removed, a closed round cannot be edited", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const exec = await namedRespondent(db);
    const expert = await namedRespondent(db, "editor");
    const p = await newPriority(db, "STRA");
    const base = { "nameFi": "Arviointi", opensOn: "2026-01-01", closesOn: "2026-01-31", priorityIds: [p.id] };
    const created = await createRound.execute(coordinator, { ...base, respondentIds: [exec.id, expert.id] });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const id = created.data.id;
    // Open it directly in the database and let the expert start.
    const { evaluationRounds } = await import("@/db/schema");
    await db.update(evaluationRounds).set({ status: "open" }).where(eq(evaluationRounds.id, id));
    const [resp] = await db.select().from(evaluationRespondents).where(eq(evaluationRespondents.userId, expert.id));
    const { evaluationQuestions } = await import("@/db/schema");
    const [q] = await db.select().from(evaluationQuestions).where(eq(evaluationQuestions.roundId, id));
    expect(await answerRound.execute(expert, answer(resp!.id, 1, "draft", { [q!.id]: 3 }))).toMatchObject({ ok: true });
    const removal = await updateRound.execute(coordinator, { ...base, id, version: 1, respondentIds: [exec.id] });
    expect(removal).toMatchObject({ ok: false, fields: { respondentIds: [{ key: "errors.respondentStarted" }] } });
    const other = await newPriority(db, "STRA");
    const questions = await updateRound.execute(coordinator, { ...base, id, version: 1, priorityIds: [other.id], respondentIds: [exec.id, expert.id] });
    expect(questions).toMatchObject({ ok: false, fields: { priorityIds: [{ key: "errors.questionsLocked" }] } });
    await closeRound.execute(coordinator, { id, version: 1 });
    const before = await fingerprint(db);
    const edit = await updateRound.execute(coordinator, { ...base, id, version: 2, respondentIds: [exec.id, expert.id] });
    expect(edit).toMatchObject({ ok: false, message: { key: "errors.roundClosed" } });
    expect(await fingerprint(db)).toBe(before);
  });

  it("a round's dates and choices are validated", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const p = await newPriority(db, "STRA");
    const exec = await actorByEmail(db, "executive@example.com");
    const before = await fingerprint(db);
    const r = await createRound.execute(coordinator, { "nameFi": "", opensOn: "31.2.2026", closesOn: "huomenna", priorityIds: [], respondentIds: [] });
    expect(r).toMatchObject({
      ok: false,
      fields: {
        "nameFi": [{ key: "errors.required" }],
        opensOn: [{ key: "errors.dateDay" }],
        closesOn: [{ key: "errors.dateDay" }],
        priorityIds: [{ key: "errors.chooseAtLeast" }],
        respondentIds: [{ key: "errors.chooseAtLeast" }],
      },
    });
    const backwards = await createRound.execute(coordinator, { "nameFi": "X", opensOn: "2026-02-01", closesOn: "2026-01-01", priorityIds: [p.id], respondentIds: [exec.id] });
    expect(backwards).toMatchObject({ ok: false, fields: { closesOn: [{ key: "errors.endBeforeStart" }] } });
    const noRole = await db.insert(users).values({ email: `norole-${Date.now()}@x.example`, name: "Ei roolia" }).returning();
    const refused = await createRound.execute(coordinator, { "nameFi": "X", opensOn: "2026-01-01", closesOn: "2026-01-02", priorityIds: [p.id], respondentIds: [noRole[0]!.id] });
    expect(refused).toMatchObject({ ok: false, fields: { respondentIds: [{ key: "errors.unknownItem" }] } });
    expect(await fingerprint(db)).toBe(before);
  });
});
