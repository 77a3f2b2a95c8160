import { and, eq, isNotNull } from "drizzle-orm";
import { goals, measureContacts, measures, publicContacts } from "@/db/schema";
import { everyone, ownersAndManagers, type MatrixRows } from "../helpers/matrix";

/** The public site's sitemap and feeds: read-only, published content only, for everyone (tests/public/reach.test.ts checks the content). */
export const rows: MatrixRows = {
  actions: [
    {
      // A contact person's own choice to be shown publicly: editors, coordinators and admins who are contact persons (executives edit nothing; editorOther is not a contact person).
      action: "public.contact.set",
      fixture: async (ctx) => {
        const [goal] = await ctx.db.select({ id: goals.id }).from(goals).limit(1);
        const [m] = await ctx.db.insert(measures).values({ goalId: goal!.id, title: { fi: `Yhteys ${ctx.unique}` }, responsibleUnitId: ctx.ownerUnitId, sortOrder: 990 }).returning();
        await ctx.db.insert(measureContacts).values([ctx.actors.editorOwn, ctx.actors.coordinator, ctx.actors.admin, ctx.actors.executive].map((a) => ({ measureId: m!.id, userId: a.id })));
        return { entityType: "measure", entityId: m!.id, mode: "shown", titleFi: "Asiantuntija" };
      },
      expect: ownersAndManagers,
      verifyAllowed: async (ctx, input) => {
        const rows = await ctx.db.select().from(publicContacts).where(and(eq(publicContacts.entityId, String(input.entityId)), eq(publicContacts.userId, ctx.caller!.id)));
        if (rows.length !== 1) throw new Error("the choice was not stored");
      },
    },
  ],
  routes: [
    { route: "GET /sitemap.xml", request: async () => ({ request: new Request("http://localhost/sitemap.xml") }), expect: everyone },
    { route: "GET /api/public/feeds/[file]", request: async () => ({ request: new Request("http://localhost/api/public/feeds/fi.atom"), params: { file: "fi.atom" } }), expect: everyone },
    {
      route: "GET /api/public/feeds/goals/[goalId]/[file]",
      request: async (ctx) => {
        const [goal] = await ctx.db.select({ id: goals.id }).from(goals).where(isNotNull(goals.published)).limit(1);
        return { request: new Request(`http://localhost/api/public/feeds/goals/${goal!.id}/en.atom`), params: { goalId: goal!.id, file: "en.atom" } };
      },
      expect: everyone,
    },
  ],
};
