import { beforeAll, describe, expect, it } from "vitest";
import * as advocacyActions from "@/app/[locale]/staff/advocacy/actions";
import * as reviewActions from "@/app/[locale]/staff/review/actions";
import * as activityActions from "@/app/[locale]/staff/advocacy/activities/actions";
import * as askActions from "@/app/[locale]/staff/advocacy/asks/actions";
import * as planActions from "@/app/[locale]/staff/advocacy/plans/actions";
import * as roundActions from "@/app/[locale]/staff/evaluations/actions";
import * as answerActions from "@/app/[locale]/staff/evaluations/[roundId]/answer/actions";
import type { Db } from "@/db/client";
import type { Priority } from "@/db/schema";
import type { ServerAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { fingerprint, newActivity, newAsk, newPlan, newPriority, newRound } from "./fixtures";

/**
 * The advocacy and evaluation area's actions × every kind of caller, with
 * the variants the repo-wide matrix (tests/matrix/advocacy.ts, one row per
 * action) cannot express: publishing at once, archiving a published item,
 * someone else's questionnaire, review decisions on advocacy items.
 * Each cell starts from its own fresh item (a priority led by the editor's
 * unit KANS) and checks the outcome; a refused call must leave the database
 * exactly as it was.
 */
const getDb = setupTestDatabase({ demo: true });

const callers = ["public", "executive", "editorOwnUnit", "editorOtherUnit", "coordinator", "admin"] as const;
type Caller = (typeof callers)[number];

type Case = {
  name: string;
  action: ServerAction<unknown>;
  allowed: Caller[];
  /** Build the input for this caller, on fresh rows; `p` is a fresh priority led by the editor's unit KANS. */
  prepare: (db: Db, p: Priority, actor: Actor | null) => Promise<Record<string, unknown>>;
};

const editors: Caller[] = ["editorOwnUnit", "coordinator", "admin"];
const publishers: Caller[] = ["coordinator", "admin"];

const cases: Case[] = [
  {
    name: "record an advocacy action",
    action: activityActions.createActivity as ServerAction<unknown>,
    allowed: editors,
    prepare: async (_db, p) => ({ type: "statement", priorityId: p.id, "titleFi": "Lausunto", deadline: "2030-03-01" }),
  },
  {
    name: "record and publish at once",
    action: activityActions.createActivity as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (_db, p) => ({ type: "meeting", priorityId: p.id, "titleFi": "Tapaaminen", "titleSv": "Möte", date: "2026-03-01", publishNow: "on" }),
  },
  {
    name: "edit an advocacy action",
    action: activityActions.updateActivity as ServerAction<unknown>,
    allowed: editors,
    prepare: async (db, p) => {
      const a = await newActivity(db, p.id);
      return { id: a.id, version: a.version, type: "statement", priorityId: p.id, "titleFi": "Muutettu", deadline: "2030-03-02" };
    },
  },
  {
    name: "add a government-programme ask",
    action: askActions.createAsk as ServerAction<unknown>,
    allowed: editors,
    prepare: async (_db, p) => ({ programmeYear: "2027", priorityId: p.id, "wordingFi": "Tavoite" }),
  },
  {
    name: "edit an ask and mark its outcome",
    action: askActions.updateAsk as ServerAction<unknown>,
    allowed: editors,
    prepare: async (db, p) => {
      const a = await newAsk(db, p.id);
      return { id: a.id, version: a.version, programmeYear: "2027", priorityId: p.id, "wordingFi": "Tavoite", outcome: "adopted", "evidenceFi": "Ohjelman teksti" };
    },
  },
  {
    name: "write a priority's advocacy plan",
    action: planActions.createPlan as ServerAction<unknown>,
    allowed: editors,
    prepare: async (_db, p) => ({ priorityId: p.id, "objectivesFi": "Tavoitteet" }),
  },
  {
    name: "edit an advocacy plan",
    action: planActions.updatePlan as ServerAction<unknown>,
    allowed: editors,
    prepare: async (db, p) => {
      const plan = await newPlan(db, p.id);
      return { id: plan.id, version: plan.version, "objectivesFi": "Uudet tavoitteet" };
    },
  },
  {
    name: "publish an item waiting for review",
    action: reviewActions.publishItem as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const a = await newActivity(db, p.id, { reviewState: "pending", date: "2026-01-10" });
      return { type: "advocacy_activity", id: a.id, version: a.version };
    },
  },
  {
    name: "return an item to its editor",
    action: reviewActions.returnItem as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const a = await newAsk(db, p.id, { reviewState: "pending" });
      return { type: "government_ask", id: a.id, version: a.version, comment: "Tarkenna perustelua" };
    },
  },
  {
    name: "archive an unpublished item",
    action: advocacyActions.archiveAdvocacyItem as ServerAction<unknown>,
    allowed: editors,
    prepare: async (db, p) => {
      const a = await newActivity(db, p.id);
      return { kind: "activity", id: a.id, version: a.version };
    },
  },
  {
    name: "archive a published item (takes it off the public site)",
    action: advocacyActions.archiveAdvocacyItem as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const a = await newAsk(db, p.id, { reviewState: "published", published: { programmeYear: 2027 }, publishedAt: new Date() });
      return { kind: "ask", id: a.id, version: a.version };
    },
  },
  {
    name: "open an evaluation round (create)",
    action: roundActions.createRound as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const exec = await actorByEmail(db, "executive@example.com");
      return { "nameFi": "Kierros", opensOn: "2026-01-01", closesOn: "2026-02-01", priorityIds: [p.id], respondentIds: [exec.id] };
    },
  },
  {
    name: "edit an evaluation round",
    action: roundActions.updateRound as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const exec = await actorByEmail(db, "executive@example.com");
      const { round } = await newRound(db, { status: "draft", priorityIds: [p.id], respondentIds: [exec.id] });
      return { id: round.id, version: round.version, "nameFi": "Uusi nimi", opensOn: "2026-01-01", closesOn: "2026-02-01", priorityIds: [p.id], respondentIds: [exec.id] };
    },
  },
  // A round's steps: each from the state before it, by publishers only.
  ...(
    [
      ["start a prepared round", roundActions.openRound, "draft"],
      ["close a round", roundActions.closeRound, "open"],
    ] as const
  ).map(([name, action, status]): Case => ({
    name,
    action: action as ServerAction<unknown>,
    allowed: publishers,
    prepare: async (db, p) => {
      const { round } = await newRound(db, { status, priorityIds: [p.id], respondentIds: [] });
      return { id: round.id, version: round.version };
    },
  })),
  {
    name: "answer one's own questionnaire",
    action: answerActions.answerRound as ServerAction<unknown>,
    allowed: ["executive", "editorOwnUnit", "editorOtherUnit", "coordinator", "admin"],
    prepare: async (db, p, actor) => {
      const owner = actor ?? (await actorByEmail(db, "executive@example.com"));
      const { questions, respondents } = await newRound(db, { priorityIds: [p.id], respondentIds: [owner.id] });
      return { respondentId: respondents[0]!.id, version: 1, intent: "submit", [`answers.${questions[0]!.id}.score`]: "4" };
    },
  },
  {
    name: "answer someone else's questionnaire",
    action: answerActions.answerRound as ServerAction<unknown>,
    allowed: [],
    prepare: async (db, p) => {
      const other = await createActor(db, "executive");
      const { questions, respondents } = await newRound(db, { priorityIds: [p.id], respondentIds: [other.id] });
      return { respondentId: respondents[0]!.id, version: 1, intent: "draft", [`answers.${questions[0]!.id}.score`]: "1" };
    },
  },
];

describe("advocacy and evaluation: permission matrix", () => {
  const actors = {} as Record<Caller, Actor | null>;
  beforeAll(async () => {
    const db = await getDb();
    actors.public = null;
    actors.executive = await actorByEmail(db, "executive@example.com");
    actors.editorOwnUnit = await actorByEmail(db, "editor@example.com");
    actors.editorOtherUnit = await createActor(db, "editor", "ELKE");
    actors.coordinator = await actorByEmail(db, "coordinator@example.com");
    actors.admin = await actorByEmail(db, "admin@example.com");
  });

  for (const c of cases) {
    describe(c.name, () => {
      for (const caller of callers) {
        const allowed = c.allowed.includes(caller);
        it(`${caller} ${allowed ? "may" : "may not"}`, async () => {
          const db = await getDb();
          const actor = actors[caller];
          const input = await c.prepare(db, await newPriority(db, "KANS"), actor);
          const before = await fingerprint(db);
          const result = await c.action.execute(actor, input);
          if (allowed) {
            expect(result).toMatchObject({ ok: true });
            expect(await fingerprint(db)).not.toBe(before);
          } else {
            expect(result).toMatchObject({ ok: false, code: actor ? "forbidden" : "unauthenticated" });
            expect(await fingerprint(db)).toBe(before);
          }
        });
      }
    });
  }
});
