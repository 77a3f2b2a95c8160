"use server";

import { advocacyItemActions } from "@/lib/advocacy/item-actions";
import { askFields } from "@/lib/advocacy/kinds";
import { createAskInput, updateAskInput } from "@/lib/advocacy/schemas";

/** Add an ask to the government-programme register; edit it, including marking its outcome once the programme is out. */
const ask = advocacyItemActions("ask", { names: ["advocacy.createAsk", "advocacy.updateAsk"], inputs: { create: createAskInput, update: updateAskInput }, fields: askFields });

export const createAsk = ask.create;
export const updateAsk = ask.update;
