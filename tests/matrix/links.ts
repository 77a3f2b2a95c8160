import { asc } from "drizzle-orm";
import { euProjects, fundingProgrammes, goals, measureLinks, measures } from "@/db/schema";
import { managers, ownersAndManagers, staffOnly, type FixtureContext, type MatrixRows } from "../helpers/matrix";
import { network } from "./networks";

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

/**
 * A link's input: a fresh measure and a fresh item, with the version of the
 * side whose page the form is on (`from`); `linked` stores the link first.
 */
function linkInput(kind: "euProject" | "network", item: (ctx: FixtureContext) => Promise<{ id: string; version: number }>, from: "measure" | "target", linked = false) {
  return async (ctx: FixtureContext) => {
    const [m, target] = await Promise.all([measure(ctx), item(ctx)]);
    if (linked) await ctx.db.insert(measureLinks).values({ measureId: m.id, kind, ...(kind === "euProject" ? { euProjectId: target.id } : { networkId: target.id }) });
    return { measureId: m.id, kind, targetId: target.id, from, version: (from === "measure" ? m : target).version };
  };
}

export const rows: MatrixRows = {
  actions: [
    { action: "links.add", fixture: linkInput("euProject", project, "measure"), expect: ownersAndManagers },
    { action: "links.add", case: "from the network's page", fixture: linkInput("network", (ctx) => network(ctx), "target"), expect: ownersAndManagers },
    // A link joins two items: the editor of the measure's unit may not tie it to another unit's project.
    { action: "links.add", case: "an item of another unit", fixture: linkInput("euProject", (ctx) => project(ctx, ctx.otherUnitId), "measure"), expect: managers },
    { action: "links.remove", fixture: linkInput("euProject", project, "target", true), expect: ownersAndManagers },
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
