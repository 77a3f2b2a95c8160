"use server";

import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { feedbackMessages } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
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
  load: async (tx, input) => (await tx.select().from(feedbackMessages).where(eq(feedbackMessages.id, input.id)).for("update"))[0],
  run: async ({ tx, actor, input, item, audit }) => {
    const values = input.handled ? { handledAt: new Date(), handledBy: actor.id } : { handledAt: null, handledBy: null };
    const [updated] = await tx
      .update(feedbackMessages)
      .set({ ...values, version: sql`${feedbackMessages.version} + 1`, updatedAt: new Date() })
      .where(and(eq(feedbackMessages.id, item.id), eq(feedbackMessages.version, input.version)))
      .returning({ version: feedbackMessages.version });
    if (!updated) throw new ActionError("conflict", { key: "errors.conflictUnknown" });
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
