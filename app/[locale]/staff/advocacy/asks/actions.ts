"use server";

import { advocacyItemActions } from "@/lib/advocacy/item-actions";
import { createAskInput, updateAskInput } from "@/lib/advocacy/schemas";

/** Fields of an ask that staff edit (and the history compares). */
const FIELDS = [
  "programmeYear",
  "priorityId",
  "wording",
  "justification",
  "target",
  "outcome",
  "evidence",
  "evidenceRef",
  "internalNotes",
  "visibility",
] as const;

/** Add an ask to the government-programme register; edit it, including marking its outcome once the programme is out. */
const ask = advocacyItemActions("ask", { names: ["advocacy.createAsk", "advocacy.updateAsk"], inputs: { create: createAskInput, update: updateAskInput }, fields: FIELDS });

export const createAsk = ask.create;
export const updateAsk = ask.update;
