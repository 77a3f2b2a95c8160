import { and, asc, eq } from "drizzle-orm";
import { briefingCommentaries, goals, strategyPeriods } from "@/db/schema";
import { managers, versionedSave, type Expectations, type MatrixRows } from "../helpers/matrix";

/** Executives, coordinators and admins read the dashboard and its briefing; editors and the public do not. */
const dashboardReaders: Expectations = { public: "refused", executive: "allowed", editorOwn: "refused", editorOther: "refused", coordinator: "allowed", admin: "allowed" };

export const rows: MatrixRows = {
  actions: [
    {
      // A coordinator's commentary on a briefing section, saved over the current version.
      action: "dashboard.commentary.save",
      fixture: async (ctx) => {
        const [period] = await ctx.db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
        const [row] = await ctx.db.select().from(briefingCommentaries).where(and(eq(briefingCommentaries.periodId, period!.id), eq(briefingCommentaries.goalKey, ""), eq(briefingCommentaries.section, "watch")));
        return { periodId: period!.id, goalId: "", section: "watch", body: `Huomio ${ctx.unique}`, version: row?.version ?? 0 };
      },
      expect: managers,
    },
  ],
  saves: [
    versionedSave({
      action: "dashboard.commentary.save",
      entityType: "briefing_commentary",
      table: briefingCommentaries,
      make: async (ctx) => {
        const [period] = await ctx.db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
        const [goal] = await ctx.db.insert(goals).values({ periodId: period!.id, title: { fi: `Tavoite ${ctx.unique}` }, scope: "eu" }).returning();
        const [row] = await ctx.db.insert(briefingCommentaries).values({ periodId: period!.id, goalKey: goal!.id, section: "strategy", body: "Alku" }).returning();
        return { id: row!.id, periodId: period!.id, goalId: goal!.id };
      },
      input: (_ctx, c, marker, version) => ({ periodId: c.periodId, goalId: c.goalId, section: "strategy", body: marker, version }),
      text: (row) => row.body,
    }),
  ],
  routes: [
    {
      // The PDF briefing: reads only (a refused call is also checked to write nothing).
      route: "GET /[locale]/staff/dashboard/briefing.pdf",
      request: async () => ({ request: new Request("http://localhost/fi/staff/dashboard/briefing.pdf"), params: { locale: "fi" } }),
      expect: dashboardReaders,
    },
    {
      // A chart of the dashboard as an image (and its numbers as JSON, the same handler): reads only.
      route: "GET /[locale]/staff/dashboard/charts/[chart]",
      request: async () => ({ request: new Request("http://localhost/fi/staff/dashboard/charts/progress-by-goal.json"), params: { locale: "fi", chart: "progress-by-goal.json" } }),
      expect: dashboardReaders,
    },
  ],
};
