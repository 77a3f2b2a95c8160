"use server";

import { advocacyItemActions } from "@/lib/advocacy/item-actions";
import { activityFields } from "@/lib/advocacy/kinds";
import { createActivityInput, updateActivityInput } from "@/lib/advocacy/schemas";
import { checkResponsible } from "@/lib/advocacy/workflow";

/** Record a statement, meeting, proposal or position paper for a priority, and edit it (its responsible person must exist). */
const activity = advocacyItemActions("activity", { names: ["advocacy.createActivity", "advocacy.updateActivity"], inputs: { create: createActivityInput, update: updateActivityInput }, fields: activityFields, check: (tx, input) => checkResponsible(tx, input.responsibleUserId as string | null) });

export const createActivity = activity.create;
export const updateActivity = activity.update;
