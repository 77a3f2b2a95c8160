"use server";

import { advocacyItemActions } from "@/lib/advocacy/item-actions";
import { createPlanInput, updatePlanInput } from "@/lib/advocacy/schemas";

/** Fields of a plan that staff edit (and the history compares); its priority is fixed. */
const FIELDS = ["objectives", "keyMessages", "audiences", "audienceNotes", "channels", "timeline", "visibility", "publicSummary"] as const;

/** Write the advocacy plan of a priority that has none yet; edit it. */
const plan = advocacyItemActions("plan", { names: ["advocacy.createPlan", "advocacy.updatePlan"], inputs: { create: createPlanInput, update: updatePlanInput }, fields: FIELDS });

export const createPlan = plan.create;
export const updatePlan = plan.update;
