import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openRound, updateRound } from "@/app/[locale]/staff/evaluations/actions";
import { answerRound } from "@/app/[locale]/staff/evaluations/[roundId]/answer/actions";
import { GET as resultsCsv } from "@/app/[locale]/staff/evaluations/[roundId]/results.csv/route";
import type { Db } from "@/db/client";
import { resultsGate, roundResults } from "@/db/queries/evaluation/results";
import { roundRespondents } from "@/db/queries/evaluation/staff";
import { evaluationRounds } from "@/db/schema";
import { roundResultsCsv } from "@/lib/evaluation/export";
import { resetEnvCache } from "@/lib/env";
import type { Actor } from "@/lib/permissions";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { fingerprint, newPriority, newRound } from "./fixtures";

/**
 * Issue 14 item 4: an evaluation round's anonymity (and its minimum of
 * answers) is fixed when it opens, and its results and who has answered stay
 * hidden until it closes or enough people have answered — in the page's
 * queries, the CSV export and the route.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

const getDb = setupTestDatabase({ demo: true });
const labels = { priority: "Priority", answers: "Answers", mean: "Mean", sd: "SD", min: "Min", max: "Max", needs: "Needs", respondent: "Respondent" };

afterEach(() => {
  delete process.env.EVALUATION_MIN_ANSWERS;
  resetEnvCache();
});

async function setup(db: Db, options: { people: number; anonymous?: boolean; minAnswers?: number | null; status?: "draft" | "open" }) {
  const p1 = await newPriority(db, "KANS");
  const people = await Promise.all(Array.from({ length: options.people }, () => createActor(db, "executive")));
  const r = await newRound(db, { status: options.status ?? "open", anonymous: options.anonymous ?? true, minAnswers: options.minAnswers, priorityIds: [p1.id], respondentIds: people.map((p) => p.id) });
  const q = r.questions[0]!;
  const submit = async (who: Actor, score: number) => {
    const resp = r.respondents.find((x) => x.userId === who.id)!;
    const res = await answerRound.execute(who, { respondentId: resp.id, version: 1, intent: "submit", [`answers.${q.id}.score`]: String(score), [`answers.${q.id}.needs`]: `Tarve ${score}` });
    expect(res).toMatchObject({ ok: true });
  };
  return { ...r, people, submit, priorityId: p1.id };
}

const form = (round: typeof evaluationRounds.$inferSelect, priorityIds: string[], respondentIds: string[], changes: Record<string, unknown> = {}) => ({
  id: round.id,
  version: round.version,
  nameFi: round.name.fi,
  opensOn: round.opensOn,
  closesOn: round.closesOn,
  ...(round.anonymous ? { anonymous: "on" } : {}),
  minAnswers: round.minAnswers === null ? "" : String(round.minAnswers),
  priorityIds,
  respondentIds,
  ...changes,
});

describe("evaluation anonymity is fixed when the round opens", () => {
  it("a draft round may change anonymity; an open one refuses it next to the field, with a translated message, and writes nothing", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const { round, people, priorityId } = await setup(db, { people: 2, status: "draft", anonymous: true });
    const ids = people.map((p) => p.id);
    const named = await updateRound.execute(coordinator, form(round, [priorityId], ids, { anonymous: undefined }));
    expect(named).toMatchObject({ ok: true });
    const [afterDraft] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, round.id));
    expect(afterDraft!.anonymous).toBe(false);
    expect(await openRound.execute(coordinator, { id: round.id, version: afterDraft!.version })).toMatchObject({ ok: true });
    const [opened] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, round.id));

    const before = await fingerprint(db);
    const flipped = await updateRound.execute(coordinator, form(opened!, [priorityId], ids, { anonymous: "on" }));
    expect(flipped).toMatchObject({ ok: false, code: "invalid", fields: { anonymous: [{ key: "errors.anonymityFixed" }] } });
    const lowered = await updateRound.execute(coordinator, form(opened!, [priorityId], ids, { minAnswers: "1" }));
    expect(lowered).toMatchObject({ ok: false, code: "invalid", fields: { minAnswers: [{ key: "errors.minAnswersFixed" }] } });
    expect(await fingerprint(db)).toEqual(before);
    // Other fields of an open round can still be edited.
    expect(await updateRound.execute(coordinator, form(opened!, [priorityId], ids, { nameFi: "Uusi nimi" }))).toMatchObject({ ok: true });
  });
});

describe("results and who has answered stay hidden until the round closes or enough have answered", () => {
  it("an open round with fewer than the default 5 answers shows no results, no statuses and exports nothing", async () => {
    const db = await getDb();
    const { round, people, submit } = await setup(db, { people: 6 });
    for (const [i, p] of people.slice(0, 4).entries()) await submit(p, i + 1);
    expect(await resultsGate(db, round.id)).toMatchObject({ visible: false, submitted: 4, minimum: 5 });
    expect(await roundResults(db, round.id, { freeTexts: true })).toEqual([]);
    const statuses = await roundRespondents(db, round.id);
    expect(statuses).toHaveLength(6);
    expect(statuses.every((r) => r.status === null && r.submittedAt === null)).toBe(true);
    expect(await roundResultsCsv(db, round.id, { freeTexts: true, locale: "fi", labels })).toBeNull();
    // The route refuses with the reason, for a coordinator too.
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    current.actor = coordinator;
    const res = await resultsCsv(new Request("http://localhost/en/staff/evaluations/x/results.csv"), { params: Promise.resolve({ locale: "en", roundId: round.id }) });
    current.actor = null;
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("at least 5");

    // The fifth answer: results and statuses are shown.
    await submit(people[4]!, 5);
    expect(await resultsGate(db, round.id)).toMatchObject({ visible: true, submitted: 5 });
    const [r1] = await roundResults(db, round.id, { freeTexts: false });
    expect(r1!.summary).toMatchObject({ count: 5, mean: 3 });
    expect((await roundRespondents(db, round.id)).filter((r) => r.status === "submitted")).toHaveLength(5);
    expect((await roundResultsCsv(db, round.id, { freeTexts: true, locale: "fi", labels }))!.body).toContain("Tarve 5");
  });

  it("a closed round shows its results whatever the number; a round's own minimum and EVALUATION_MIN_ANSWERS set the threshold", async () => {
    const db = await getDb();
    const closed = await setup(db, { people: 3 });
    await closed.submit(closed.people[0]!, 4);
    await db.update(evaluationRounds).set({ status: "closed", closedAt: new Date() }).where(eq(evaluationRounds.id, closed.round.id));
    expect((await roundResults(db, closed.round.id, { freeTexts: false }))[0]!.summary.count).toBe(1);

    const own = await setup(db, { people: 3, minAnswers: 2 });
    await own.submit(own.people[0]!, 2);
    expect(await roundResults(db, own.round.id, { freeTexts: false })).toEqual([]);
    await own.submit(own.people[1]!, 4);
    expect((await roundResults(db, own.round.id, { freeTexts: false }))[0]!.summary).toMatchObject({ count: 2, mean: 3 });

    process.env.EVALUATION_MIN_ANSWERS = "1";
    resetEnvCache();
    const byEnv = await setup(db, { people: 2 });
    await byEnv.submit(byEnv.people[0]!, 5);
    expect(await resultsGate(db, byEnv.round.id)).toMatchObject({ visible: true, minimum: 1 });
  });
});
