import { asc, eq } from "drizzle-orm";
import { goals, measurePriorities, measures, priorities } from "@/db/schema";
import { managers, ownersAndManagers, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** A measure owned by the fixture's owner unit, linked to the first priority of the first goal, with its valid form input. */
async function measureFixture(ctx: FixtureContext, values: Partial<typeof measures.$inferInsert> = {}) {
  const [goal] = await ctx.db.select().from(goals).orderBy(asc(goals.sortOrder)).limit(1);
  const [priority] = await ctx.db.select().from(priorities).where(eq(priorities.goalId, goal!.id)).orderBy(asc(priorities.sortOrder)).limit(1);
  const title = { fi: `Toimenpide ${ctx.unique}`, sv: `Åtgärd ${ctx.unique}`, en: `Measure ${ctx.unique}` };
  const [m] = await ctx.db
    .insert(measures)
    .values({ goalId: goal!.id, title, status: "on_schedule", progress: 10, responsibleUnitId: ctx.ownerUnitId, ...values })
    .returning();
  await ctx.db.insert(measurePriorities).values({ measureId: m!.id, priorityId: priority!.id });
  const form = {
    titleFi: title.fi,
    titleSv: title.sv,
    titleEn: title.en,
    status: "on_schedule",
    progress: "20",
    dueDate: "12/2030",
    goalId: goal!.id,
    responsibleUnitId: ctx.ownerUnitId,
    priorityIds: [priority!.id],
    contactIds: [],
    weight: "1",
    visibility: "public",
    internalNotes: `note ${ctx.unique}`,
  };
  return { measure: m!, form };
}

/** The strategy workspace's actions. */
export const rows: MatrixRows = {
  actions: [
    {
      action: "strategy.measure.create",
      fixture: async (ctx) => (await measureFixture(ctx)).form,
      expect: managers,
    },
    {
      action: "strategy.measure.update",
      fixture: async (ctx) => {
        const { measure, form } = await measureFixture(ctx);
        return { ...form, id: measure.id, version: measure.version };
      },
      expect: ownersAndManagers,
      verifyAllowed: async (ctx, input) => {
        const [m] = await ctx.db.select().from(measures).where(eq(measures.id, String(input.id)));
        if (m?.progress !== 20) throw new Error("the allowed save did not change the measure");
      },
    },
    {
      action: "strategy.measure.archive",
      fixture: async (ctx) => {
        const { measure } = await measureFixture(ctx);
        return { id: measure.id, version: measure.version };
      },
      expect: managers,
    },
    {
      action: "review.publish",
      fixture: async (ctx) => {
        const { measure } = await measureFixture(ctx, { reviewState: "pending" });
        return { type: "measure", id: measure.id, version: measure.version };
      },
      expect: managers,
    },
    {
      action: "review.return",
      fixture: async (ctx) => {
        const { measure } = await measureFixture(ctx, { reviewState: "pending" });
        return { type: "measure", id: measure.id, version: measure.version, comment: `Korjaa ${ctx.unique}` };
      },
      expect: managers,
    },
  ],
};
