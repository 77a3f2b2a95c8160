"use server";

import { advocacyItemActions } from "@/lib/advocacy/item-actions";
import { createActivityInput, updateActivityInput } from "@/lib/advocacy/schemas";
import { checkResponsible } from "@/lib/advocacy/workflow";

/** Fields of an advocacy action that staff edit (and the history compares). */
const FIELDS = [
  "type",
  "priorityId",
  "title",
  "summary",
  "date",
  "audience",
  "consultation",
  "ministry",
  "deadline",
  "declined",
  "responsibleUserId",
  "links",
  "outcome",
  "internalNotes",
  "visibility",
] as const;

/** Record a statement, meeting, proposal or position paper for a priority, and edit it (its responsible person must exist). */
const activity = advocacyItemActions("activity", { names: ["advocacy.createActivity", "advocacy.updateActivity"], inputs: { create: createActivityInput, update: updateActivityInput }, fields: FIELDS, check: (tx, input) => checkResponsible(tx, input.responsibleUserId as string | null) });

export const createActivity = activity.create;
export const updateActivity = activity.update;
