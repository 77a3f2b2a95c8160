import { activityPublicFields, askPublicFields } from "@/lib/advocacy/kinds";
import { pickFields } from "@/lib/pick-fields";
import type { AdvocacyActivity, AdvocacyPlan, GovernmentAsk } from "../../schema";

/**
 * What the public may see of advocacy items: these pure functions pick the
 * public fields of a working copy when it is published; null means "approved,
 * nothing public". Internal notes, the responsible person, plans' internal
 * content and review comments are never copied.
 */
export function planSnapshot(p: AdvocacyPlan) {
  if (p.visibility !== "public" || !p.publicSummary?.fi) return null;
  return { priorityId: p.priorityId, publicSummary: p.publicSummary };
}

/** Statements become public only once given; other actions when public. */
export function activitySnapshot(a: AdvocacyActivity) {
  if (a.visibility !== "public") return null;
  if (a.type === "statement" && !a.date) return null;
  return pickFields(a, activityPublicFields);
}

export function askSnapshot(a: GovernmentAsk) {
  if (a.visibility !== "public") return null;
  return { ...pickFields(a, askPublicFields), sortOrder: a.sortOrder };
}

export type PlanSnapshot = NonNullable<ReturnType<typeof planSnapshot>>;
export type ActivitySnapshot = NonNullable<ReturnType<typeof activitySnapshot>>;
export type AskSnapshot = NonNullable<ReturnType<typeof askSnapshot>>;

/** The translatable texts publishing checks for Finnish and Swedish (only those that are filled in). */
export function publishTexts(kind: "plan" | "activity" | "ask", row: AdvocacyPlan | AdvocacyActivity | GovernmentAsk) {
  const texts: Record<string, { fi: string; sv?: string; en?: string } | null> =
    kind === "plan"
      ? { publicSummary: (row as AdvocacyPlan).publicSummary }
      : kind === "activity"
        ? { title: (row as AdvocacyActivity).title, summary: (row as AdvocacyActivity).summary, outcome: (row as AdvocacyActivity).outcome }
        : { wording: (row as GovernmentAsk).wording, justification: (row as GovernmentAsk).justification, evidence: (row as GovernmentAsk).evidence };
  const required = Object.entries(texts)
    .filter(([, v]) => v && v.fi)
    .map(([k]) => k);
  return { texts, required };
}
