import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, localized, timestamps, versioned, versionedWithAuthors } from "./common";
import { priorities, strategyPeriods } from "./strategy";
import { users } from "./users";

export const roundStatus = pgEnum("evaluation_round_status", ["draft", "open", "closed"]);
export type RoundStatus = (typeof roundStatus.enumValues)[number];
export const respondentStatus = pgEnum("evaluation_respondent_status", ["invited", "draft", "submitted"]);

/**
 * An internal evaluation round: chosen respondents rate each chosen priority
 * (score 1–5 and development needs). Never public.
 */
export const evaluationRounds = pgTable(
  "evaluation_rounds",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: localized("name").notNull(),
    periodId: uuid().references(() => strategyPeriods.id),
    /** The answering period; `closesOn` is the deadline shown to respondents and in reminders. */
    opensOn: date({ mode: "string" }).notNull(),
    closesOn: date({ mode: "string" }).notNull(),
    anonymous: boolean().notNull().default(false),
    /**
     * Results and who has answered stay hidden until the round closes or at
     * least this many have submitted (null: EVALUATION_MIN_ANSWERS, default 5).
     * Fixed when the round opens, like `anonymous`.
     */
    minAnswers: integer(),
    status: roundStatus().notNull().default("draft"),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    ...versionedWithAuthors(),
  },
  (t) => [index("evaluation_rounds_status").on(t.status, t.closesOn)],
);
export type EvaluationRound = typeof evaluationRounds.$inferSelect;

/** One question per priority in a round: "how well did it succeed" (1–5) and "what should develop". */
export const evaluationQuestions = pgTable(
  "evaluation_questions",
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: belongsTo(() => evaluationRounds.id),
    priorityId: belongsTo(() => priorities.id),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("evaluation_questions_round_priority").on(t.roundId, t.priorityId)],
);

/** A person asked to answer a round: their questionnaire. Answers once; drafts until submitted. */
export const evaluationRespondents = pgTable(
  "evaluation_respondents",
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: belongsTo(() => evaluationRounds.id),
    userId: belongsTo(() => users.id),
    status: respondentStatus().notNull().default("invited"),
    submittedAt: timestamp({ withTimezone: true }),
    /** Guards a draft saved from two tabs. */
    ...versioned(),
  },
  (t) => [uniqueIndex("evaluation_respondents_round_user").on(t.roundId, t.userId), index("evaluation_respondents_user").on(t.userId, t.status)],
);

export const evaluationAnswers = pgTable(
  "evaluation_answers",
  {
    id: uuid().primaryKey().defaultRandom(),
    respondentId: belongsTo(() => evaluationRespondents.id),
    questionId: belongsTo(() => evaluationQuestions.id),
    /** Null only in a draft. */
    score: integer(),
    developmentNeeds: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("evaluation_answers_respondent_question").on(t.respondentId, t.questionId),
    check("evaluation_answers_score_range", sql`${t.score} is null or (${t.score} between 1 and 5)`),
  ],
);
