import { eq } from "drizzle-orm";
import { feedbackMessages } from "@/db/schema";
import { adminOnly, everyone, type MatrixRows } from "../helpers/matrix";

/** The public site's actions and open-data routes. */
export const rows: MatrixRows = {
  actions: [
    {
      // Anyone may send feedback, signed in or not (within the sending limits).
      action: "public.feedback.submit",
      fixture: async (ctx) => ({ kind: "accessibility", message: `Palaute ${ctx.unique}: linkki ei erotu tekstistä.`, locale: "fi", pagePath: "/fi" }),
      expect: everyone,
      verifyAllowed: async (ctx, input) => {
        const rows = await ctx.db.select({ id: feedbackMessages.id }).from(feedbackMessages).where(eq(feedbackMessages.message, String(input.message)));
        if (rows.length !== 1) throw new Error("the feedback was not stored");
      },
    },
    {
      action: "public.feedback.setHandled",
      fixture: async (ctx) => {
        const [m] = await ctx.db
          .insert(feedbackMessages)
          .values({ kind: "content", message: `Palaute ${ctx.unique}`, locale: "fi", senderKey: "matrix" })
          .returning();
        return { id: m!.id, version: m!.version, handled: "true" };
      },
      expect: adminOnly,
      verifyAllowed: async (ctx, input) => {
        const [m] = await ctx.db.select().from(feedbackMessages).where(eq(feedbackMessages.id, String(input.id)));
        if (!m?.handledAt) throw new Error("the feedback was not marked handled");
      },
    },
  ],
  exempt: [
    {
      key: "app/[locale]/feedback/actions.ts#sendFeedback",
      reason: "The feedback form's entry point: it only calls public.feedback.submit (which has its own row) and, when that refuses, returns the person's own input to the form.",
      coveredBy: [{ file: "e2e/public.spec.ts", marker: "a too short message is answered next to the field and the text is kept" }],
    },
  ],
};
