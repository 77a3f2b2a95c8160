import { z } from "zod";
import { activityTypes, askOutcomes, planAudiences, planChannels } from "@/lib/advocacy/vocabulary";
import { checkbox, dayDate, idList, localizedShape, optionalDayDate, optionalText, optionalUuid, uuidField, versionField } from "@/lib/forms/zod-fields";
import { choiceList, finnishFirst, gatherLocalized, linksInput, nested } from "./input";

/** Input of the advocacy and evaluation forms (also what tests send). */
const visibilityInput = z.enum(["public", "internal"]);

const activityShape = {
  type: z.enum(activityTypes),
  priorityId: uuidField(),
  ...localizedShape("title", 300, true),
  ...localizedShape("summary", 4000, false),
  date: optionalDayDate("errors.dateDay"),
  deadline: optionalDayDate("errors.dateDay"),
  audience: optionalText(500),
  consultation: optionalText(500),
  ministry: optionalText(300),
  declined: checkbox(),
  responsibleUserId: optionalUuid(),
  links: linksInput(),
  ...localizedShape("outcome", 4000, false),
  internalNotes: optionalText(4000),
  visibility: visibilityInput.default("public"),
  publishNow: checkbox(),
};

type ActivityCore = { type: string; date: string | null; deadline: string | null; declined: boolean; consultation: string | null; ministry: string | null };

/** Statements need their consultation's deadline; the others need the date they happened. */
function activityRules(a: ActivityCore, ctx: z.RefinementCtx) {
  if (a.type === "statement" && !a.deadline) ctx.addIssue({ code: "custom", path: ["deadline"], message: "errors.required" });
  if (a.type !== "statement" && !a.date) ctx.addIssue({ code: "custom", path: ["date"], message: "errors.required" });
}

/** Fields that mean nothing for the type are cleared; a given statement is not declined. */
function activityNormalize<T extends ActivityCore>(a: T): T {
  if (a.type !== "statement") return { ...a, consultation: null, ministry: null, deadline: null, declined: false };
  return a.date ? { ...a, declined: false } : a;
}

const activityTexts = gatherLocalized(["title"], ["summary", "outcome"]);
const activityOptional = finnishFirst(["summary", "outcome"]);
export const createActivityInput = z.preprocess(
  nested,
  z.object(activityShape).superRefine(activityRules).superRefine(activityOptional).transform(activityTexts).transform(activityNormalize),
);
export const updateActivityInput = z.preprocess(
  nested,
  z
    .object({ ...activityShape, id: uuidField(), version: versionField() })
    .superRefine(activityRules)
    .superRefine(activityOptional)
    .transform(activityTexts)
    .transform(activityNormalize),
);

const askShape = {
  programmeYear: z.coerce.number({ message: "errors.number" }).int().min(2000).max(2100),
  priorityId: uuidField(),
  ...localizedShape("wording", 2000, true),
  ...localizedShape("justification", 4000, false),
  ...localizedShape("target", 1000, false),
  outcome: z.enum(askOutcomes).default("pending"),
  ...localizedShape("evidence", 4000, false),
  evidenceRef: optionalText(300),
  internalNotes: optionalText(4000),
  visibility: visibilityInput.default("public"),
  publishNow: checkbox(),
};
/** An adopted or partly adopted ask quotes the programme's wording as evidence. */
function askRules(a: { outcome: string; evidenceFi: string | null }, ctx: z.RefinementCtx) {
  if ((a.outcome === "adopted" || a.outcome === "partly") && !a.evidenceFi) {
    ctx.addIssue({ code: "custom", path: ["evidenceFi"], message: "errors.evidenceRequired" });
  }
}
const askTexts = gatherLocalized(["wording"], ["justification", "target", "evidence"]);
const askOptional = finnishFirst(["justification", "target", "evidence"]);
export const createAskInput = z.preprocess(nested, z.object(askShape).superRefine(askRules).superRefine(askOptional).transform(askTexts));
export const updateAskInput = z.preprocess(
  nested,
  z.object({ ...askShape, id: uuidField(), version: versionField() }).superRefine(askRules).superRefine(askOptional).transform(askTexts),
);

const timelineStep = z
  .object({
    date: dayDate("errors.dateDay"),
    ...localizedShape("activity", 500, true),
    channel: z.preprocess((v) => (v === "" ? null : v), z.enum(planChannels).nullable().default(null)),
  })
  .transform(gatherLocalized(["activity"], []));

/** Empty rows of the timeline table are ignored (kept as null so errors keep their row numbers). */
function blankStepsToNull(v: unknown): unknown {
  if (!Array.isArray(v)) return v === undefined || v === null || v === "" ? [] : v;
  return v.map((step) => {
    if (typeof step !== "object" || step === null) return step;
    const s = step as Record<string, unknown>;
    const filled = ["date", "activityFi", "activitySv", "activityEn"].some((k) => typeof s[k] === "string" && (s[k] as string).trim());
    return filled ? step : null;
  });
}

const planShape = {
  ...localizedShape("objectives", 4000, true),
  ...localizedShape("keyMessages", 4000, false),
  audiences: choiceList(planAudiences),
  ...localizedShape("audienceNotes", 2000, false),
  channels: choiceList(planChannels),
  timeline: z.preprocess(blankStepsToNull, z.array(timelineStep.nullable()).max(60)).transform((list) => list.filter((x) => x !== null)),
  visibility: visibilityInput.default("internal"),
  ...localizedShape("publicSummary", 2000, false),
  publishNow: checkbox(),
};
function planRules(p: { visibility: string; publicSummaryFi: string | null }, ctx: z.RefinementCtx) {
  if (p.visibility === "public" && !p.publicSummaryFi) {
    ctx.addIssue({ code: "custom", path: ["publicSummaryFi"], message: "errors.publicSummaryRequired" });
  }
}
const sortTimeline = <T extends { timeline: { date: string }[] }>(p: T): T => ({ ...p, timeline: [...p.timeline].sort((a, b) => a.date.localeCompare(b.date)) });
const planTexts = gatherLocalized(["objectives"], ["keyMessages", "audienceNotes", "publicSummary"]);
const planOptional = finnishFirst(["keyMessages", "audienceNotes", "publicSummary"]);

export const createPlanInput = z.preprocess(
  nested,
  z.object({ ...planShape, priorityId: uuidField() }).superRefine(planRules).superRefine(planOptional).transform(planTexts).transform(sortTimeline),
);
export const updatePlanInput = z.preprocess(
  nested,
  z
    .object({ ...planShape, id: uuidField(), version: versionField() })
    .superRefine(planRules)
    .superRefine(planOptional)
    .transform(planTexts)
    .transform(sortTimeline),
);

/** Archive of any advocacy item. */
export const reviewInput = z.object({
  kind: z.enum(["plan", "activity", "ask"]),
  id: uuidField(),
  version: versionField(),
});


/** An optional whole number 1–1000 ("" = not set: the default applies). */
const optionalCount = () =>
  z.preprocess((v) => v ?? "", z.unknown()).transform((v, ctx): number | null => {
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > 1000) {
      ctx.addIssue({ code: "custom", message: "errors.minAnswers" });
      return z.NEVER;
    }
    return n;
  });

const roundShape = {
  ...localizedShape("name", 200, true),
  periodId: optionalUuid(),
  opensOn: dayDate("errors.dateDay"),
  closesOn: dayDate("errors.dateDay"),
  anonymous: checkbox(),
  minAnswers: optionalCount(),
  priorityIds: idList(200, 1),
  respondentIds: idList(200, 1),
};
function roundRules(r: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx) {
  if (r.closesOn < r.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "errors.endBeforeStart" });
}
const unique = <T extends { priorityIds: string[]; respondentIds: string[] }>(r: T): T => ({
  ...r,
  priorityIds: [...new Set(r.priorityIds)],
  respondentIds: [...new Set(r.respondentIds)],
});
const roundTexts = gatherLocalized(["name"], []);
export const createRoundInput = z.preprocess(nested, z.object(roundShape).superRefine(roundRules).transform(roundTexts).transform(unique));
export const updateRoundInput = z.preprocess(
  nested,
  z.object({ ...roundShape, id: uuidField(), version: versionField() }).superRefine(roundRules).transform(roundTexts).transform(unique),
);
export const roundStepInput = z.object({ id: uuidField(), version: versionField() });

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
    respondentId: uuidField(),
    version: versionField(),
    intent: z.enum(["draft", "submit"]).default("draft"),
    answers: z
      .record(z.string(), z.object({ score: scoreInput, needs: optionalText(4000) }))
      .default({}),
  }),
);
