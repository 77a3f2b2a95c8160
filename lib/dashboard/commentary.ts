import { z } from "zod";
import { optionalText, requiredInt, uuidField } from "@/lib/forms/zod-fields";

/** The briefing sections a coordinator may comment on (the ids of lib/dashboard/load.ts's sections). */
export const commentarySections = ["watch", "changes", "strategy", "funding", "networks", "advocacy", "evaluation"] as const;
export type CommentarySection = (typeof commentarySections)[number];

/** At most this many characters: a short note for the board, not a report. */
export const COMMENTARY_MAX = 1000;

/**
 * Saving a section's commentary: the period and goal of the briefing shown,
 * the section, the text (empty clears it) and the version the form was
 * opened at (0 when there was no commentary yet).
 */
export const commentaryInput = z.strictObject({
  periodId: uuidField(),
  goalId: z.union([z.literal(""), uuidField()]).optional(),
  section: z.enum(commentarySections),
  body: optionalText(COMMENTARY_MAX),
  version: requiredInt().pipe(z.number().min(0)),
});
