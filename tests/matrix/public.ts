import { eq, isNotNull } from "drizzle-orm";
import { feedbackMessages, goals } from "@/db/schema";
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
  routes: [
    // Open data: read-only, published content only, for everyone (tests/public/open-data.test.ts checks the content).
    { route: "GET /api/public/v1", request: async () => ({ request: new Request("http://localhost/api/public/v1") }), expect: everyone },
    { route: "GET /api/public/v1/openapi.json", request: async () => ({ request: new Request("http://localhost/api/public/v1/openapi.json") }), expect: everyone },
    {
      route: "GET /api/public/v1/[resource]",
      request: async () => ({ request: new Request("http://localhost/api/public/v1/measures.csv"), params: { resource: "measures.csv" } }),
      expect: everyone,
    },
    {
      route: "GET /api/public/v1/[resource]/[id]",
      request: async (ctx) => {
        const [goal] = await ctx.db.select({ id: goals.id }).from(goals).where(isNotNull(goals.published)).limit(1);
        return { request: new Request(`http://localhost/api/public/v1/goals/${goal!.id}`), params: { resource: "goals", id: goal!.id } };
      },
      expect: everyone,
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
