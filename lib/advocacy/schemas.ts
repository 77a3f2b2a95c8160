import { z } from "zod";
import { planAudiences, planChannels } from "@/db/schema/advocacy";
import {
  checkbox,
  choiceList,
  dayDate,
  linksInput,
  localizedInput,
  nested,
  optionalDayDate,
  optionalLocalized,
  optionalText,
  optionalUuid,
  uuidInput,
  versionInput,
} from "./input";

/** Input of the advocacy and evaluation forms (also what tests send). */
const visibilityInput = z.enum(["public", "internal"]);

const activityShape = {
  type: z.enum(["statement", "meeting", "proposal", "position_paper"]),
  priorityId: uuidInput(),
  title: localizedInput(300, { required: true }),
  summary: optionalLocalized(4000),
  date: optionalDayDate(),
  deadline: optionalDayDate(),
  audience: optionalText(500),
  consultation: optionalText(500),
  ministry: optionalText(300),
  declined: checkbox(),
  responsibleUserId: optionalUuid(),
  links: linksInput(),
  outcome: optionalLocalized(4000),
  internalNotes: optionalText(4000),
  visibility: visibilityInput.default("public"),
  publishNow: checkbox(),
};

type ActivityInput = z.output<z.ZodObject<typeof activityShape>>;

/** Statements need their consultation's deadline; the others need the date they happened. */
function activityRules(a: ActivityInput, ctx: z.RefinementCtx) {
  if (a.type === "statement" && !a.deadline) ctx.addIssue({ code: "custom", path: ["deadline"], message: "errors.required" });
  if (a.type !== "statement" && !a.date) ctx.addIssue({ code: "custom", path: ["date"], message: "errors.required" });
}

/** Fields that mean nothing for the type are cleared; a given statement is not declined. */
function activityNormalize<T extends ActivityInput>(a: T): T {
  if (a.type !== "statement") return { ...a, consultation: null, ministry: null, deadline: null, declined: false };
  return a.date ? { ...a, declined: false } : a;
}

export const createActivityInput = z.preprocess(nested, z.object(activityShape).superRefine(activityRules).transform(activityNormalize));
export const updateActivityInput = z.preprocess(
  nested,
  z.object({ ...activityShape, id: uuidInput(), version: versionInput() }).superRefine(activityRules).transform(activityNormalize),
);

const askShape = {
  programmeYear: z.coerce.number({ message: "errors.number" }).int().min(2000).max(2100),
  priorityId: uuidInput(),
  wording: localizedInput(2000, { required: true }),
  justification: optionalLocalized(4000),
  target: optionalLocalized(1000),
  outcome: z.enum(["pending", "adopted", "partly", "not_adopted"]).default("pending"),
  evidence: optionalLocalized(4000),
  evidenceRef: optionalText(300),
  internalNotes: optionalText(4000),
  visibility: visibilityInput.default("public"),
  publishNow: checkbox(),
};
type AskInput = z.output<z.ZodObject<typeof askShape>>;

/** An adopted or partly adopted ask quotes the programme's wording as evidence. */
function askRules(a: AskInput, ctx: z.RefinementCtx) {
  if ((a.outcome === "adopted" || a.outcome === "partly") && !a.evidence) {
    ctx.addIssue({ code: "custom", path: ["evidence", "fi"], message: "errors.evidenceRequired" });
  }
}
export const createAskInput = z.preprocess(nested, z.object(askShape).superRefine(askRules));
export const updateAskInput = z.preprocess(nested, z.object({ ...askShape, id: uuidInput(), version: versionInput() }).superRefine(askRules));

const timelineStep = z.object({
  date: dayDate(),
  activity: localizedInput(500, { required: true }),
  channel: z.preprocess((v) => (v === "" ? null : v), z.enum(planChannels).nullable().default(null)),
});

/** Empty rows of the timeline table are ignored. */
function dropBlankSteps(v: unknown): unknown {
  if (!Array.isArray(v)) return v === undefined || v === null || v === "" ? [] : v;
  return v.filter((step) => {
    if (typeof step !== "object" || step === null) return true;
    const s = step as { date?: unknown; activity?: Record<string, unknown> };
    const text = Object.values(s.activity ?? {}).some((x) => typeof x === "string" && x.trim());
    return text || (typeof s.date === "string" && s.date.trim() !== "");
  });
}

const planShape = {
  objectives: localizedInput(4000, { required: true }),
  keyMessages: optionalLocalized(4000),
  audiences: choiceList(planAudiences),
  audienceNotes: optionalLocalized(2000),
  channels: choiceList(planChannels),
  timeline: z.preprocess(dropBlankSteps, z.array(timelineStep).max(40)),
  visibility: visibilityInput.default("internal"),
  publicSummary: optionalLocalized(2000),
  publishNow: checkbox(),
};
type PlanInput = z.output<z.ZodObject<typeof planShape>>;

function planRules(p: PlanInput, ctx: z.RefinementCtx) {
  if (p.visibility === "public" && !p.publicSummary) {
    ctx.addIssue({ code: "custom", path: ["publicSummary", "fi"], message: "errors.publicSummaryRequired" });
  }
}
const sortTimeline = <T extends PlanInput>(p: T): T => ({ ...p, timeline: [...p.timeline].sort((a, b) => a.date.localeCompare(b.date)) });

export const createPlanInput = z.preprocess(nested, z.object({ ...planShape, priorityId: uuidInput() }).superRefine(planRules).transform(sortTimeline));
export const updatePlanInput = z.preprocess(
  nested,
  z.object({ ...planShape, id: uuidInput(), version: versionInput() }).superRefine(planRules).transform(sortTimeline),
);

/** Publish / return / archive of any advocacy item. */
export const reviewInput = z.object({
  kind: z.enum(["plan", "activity", "ask"]),
  id: uuidInput(),
  version: versionInput(),
});
export const returnInput = reviewInput.extend({ comment: z.string().trim().min(1).max(2000) });

const idList = () =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(uuidInput()).min(1).max(200));

const roundShape = {
  name: localizedInput(200, { required: true }),
  periodId: optionalUuid(),
  opensOn: dayDate(),
  closesOn: dayDate(),
  anonymous: checkbox(),
  priorityIds: idList(),
  respondentIds: idList(),
};
type RoundInput = z.output<z.ZodObject<typeof roundShape>>;
function roundRules(r: RoundInput, ctx: z.RefinementCtx) {
  if (r.closesOn < r.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "errors.endBeforeStart" });
}
const unique = <T extends RoundInput>(r: T): T => ({ ...r, priorityIds: [...new Set(r.priorityIds)], respondentIds: [...new Set(r.respondentIds)] });
export const createRoundInput = z.preprocess(nested, z.object(roundShape).superRefine(roundRules).transform(unique));
export const updateRoundInput = z.preprocess(
  nested,
  z.object({ ...roundShape, id: uuidInput(), version: versionInput() }).superRefine(roundRules).transform(unique),
);
export const roundStepInput = z.object({ id: uuidInput(), version: versionInput() });

/** A score 1–5; blank is allowed in a draft (submitting checks that every score is given). */
const scoreInput = z.unknown().transform((v, ctx): number | null => {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 5) {
    ctx.addIssue({ code: "custom", message: "errors.score" });
    return z.NEVER;
  }
  return n;
});

export const answerInput = z.preprocess(
  nested,
  z.object({
    respondentId: uuidInput(),
    version: versionInput(),
    intent: z.enum(["draft", "submit"]).default("draft"),
    answers: z
      .record(z.string(), z.object({ score: scoreInput, needs: optionalText(4000) }))
      .default({}),
  }),
);
