"use server";

import { z } from "zod";
import { lockFeedback, setFeedbackHandledRow } from "@/db/queries/public/feedback";
import { defineAction } from "@/lib/actions/define-action";
import { versionField } from "@/lib/forms/zod-fields";

/** Mark a feedback message handled (or back to open). */
export const setFeedbackHandled = defineAction({
  name: "public.feedback.setHandled",
  input: z.object({
    id: z.uuid(),
    version: versionField(),
    handled: z.enum(["true", "false"]).transform((v) => v === "true"),
  }),
  requires: ["feedback.manage"],
  load: (tx, input) => lockFeedback(tx, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    const updated = await setFeedbackHandledRow(tx, item.id, input.version, input.handled, actor);
    await audit({
      entityType: "feedback",
      entityId: item.id,
      action: input.handled ? "handle" : "reopen",
      version: updated.version,
      before: { handled: item.handledAt !== null },
      after: { handled: input.handled },
    });
    return { version: updated.version };
  },
});
