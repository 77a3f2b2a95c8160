import { isNotNull } from "drizzle-orm";
import { goals } from "@/db/schema";
import { everyone, type MatrixRows } from "../helpers/matrix";

/** The public site's sitemap and feeds: read-only, published content only, for everyone (tests/public/reach.test.ts checks the content). */
export const rows: MatrixRows = {
  actions: [],
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
