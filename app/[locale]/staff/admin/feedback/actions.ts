"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { feedbackMessages } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { versionField } from "@/lib/forms/zod-fields";
import { updateVersioned } from "@/lib/publishing";

/** Mark a feedback message handled (or back to open). */
export const setFeedbackHandled = defineAction({
  name: "public.feedback.setHandled",
  input: z.object({
    id: z.uuid(),
    version: versionField(),
    handled: z.enum(["true", "false"]).transform((v) => v === "true"),
  }),
  requires: ["feedback.manage"],
  load: async (tx, input) => (await tx.select().from(feedbackMessages).where(eq(feedbackMessages.id, input.id)).for("update"))[0],
  run: async ({ tx, actor, input, item, audit }) => {
    const values = input.handled ? { handledAt: new Date(), handledBy: actor.id } : { handledAt: null, handledBy: null };
    const updated = await updateVersioned(tx, feedbackMessages, item.id, input.version, values, actor);
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
  revalidate: () => ({ paths: ["/staff/admin/feedback"] }),
});
