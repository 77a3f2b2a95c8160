import { asc } from "drizzle-orm";
import { euProjects, fundingProgrammes, goals, measureLinks, measures, networks } from "@/db/schema";
import { managers, ownersAndManagers, staffOnly, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** Links from measures to what carries them out: whoever may edit both the measure and the item. */

async function measure(ctx: FixtureContext) {
  const [goal] = await ctx.db.select({ id: goals.id }).from(goals).orderBy(asc(goals.sortOrder)).limit(1);
  const [m] = await ctx.db
    .insert(measures)
    .values({ goalId: goal!.id, title: { fi: `Linkattava ${ctx.unique}`, sv: `Länkad ${ctx.unique}` }, responsibleUnitId: ctx.ownerUnitId })
    .returning();
  return m!;
}

async function project(ctx: FixtureContext, unitId = ctx.ownerUnitId) {
  const [programme] = await ctx.db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder)).limit(1);
  const [p] = await ctx.db
    .insert(euProjects)
    .values({ externalId: `LX-${ctx.unique}`, name: { fi: `Linkkihanke ${ctx.unique}`, sv: `Länkprojekt ${ctx.unique}` }, programmeId: programme!.id, responsibleUnitId: unitId })
    .returning();
  return p!;
}

async function network(ctx: FixtureContext) {
  const [n] = await ctx.db
    .insert(networks)
    .values({ name: { fi: `Linkkiverkosto ${ctx.unique}`, sv: `Länknätverk ${ctx.unique}` }, type: "city_network", status: "member", statusSince: "2020-01-01", responsibleUnitId: ctx.ownerUnitId })
    .returning();
  return n!;
}

export const rows: MatrixRows = {
  actions: [
    {
      action: "links.add",
      fixture: async (ctx) => {
        const [m, p] = await Promise.all([measure(ctx), project(ctx)]);
        return { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: m.version };
      },
      expect: ownersAndManagers,
    },
    {
      action: "links.add",
      case: "from the network's page",
      fixture: async (ctx) => {
        const [m, n] = await Promise.all([measure(ctx), network(ctx)]);
        return { measureId: m.id, kind: "network", targetId: n.id, from: "target", version: n.version };
      },
      expect: ownersAndManagers,
    },
    {
      // A link joins two items: the editor of the measure's unit may not tie it to another unit's project.
      action: "links.add",
      case: "an item of another unit",
      fixture: async (ctx) => {
        const [m, p] = await Promise.all([measure(ctx), project(ctx, ctx.otherUnitId)]);
        return { measureId: m.id, kind: "euProject", targetId: p.id, from: "measure", version: m.version };
      },
      expect: managers,
    },
    {
      action: "links.remove",
      fixture: async (ctx) => {
        const [m, p] = await Promise.all([measure(ctx), project(ctx)]);
        await ctx.db.insert(measureLinks).values({ measureId: m.id, kind: "euProject", euProjectId: p.id });
        return { measureId: m.id, kind: "euProject", targetId: p.id, from: "target", version: p.version };
      },
      expect: ownersAndManagers,
    },
  ],
  routes: [
    {
      // The "link to…" search of the link forms: names of items and measures, for staff only.
      route: "GET /api/staff/links/options",
      request: async () => ({ request: new Request("http://localhost/api/staff/links/options?kind=measure&q=a&locale=fi"), params: {} }),
      expect: staffOnly,
    },
  ],
};
