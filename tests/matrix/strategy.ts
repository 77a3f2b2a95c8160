import { asc, eq } from "drizzle-orm";
import { goals, indicatorPoints, indicators, measurePriorities, measures, milestones, priorities, progressUpdates, strategyPeriods } from "@/db/schema";
import { itemVersion, versionedSave, managers, ownersAndManagers, type ActionRow, type FixtureContext, type MatrixRows } from "../helpers/matrix";

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

async function milestoneFixture(ctx: FixtureContext) {
  const { measure } = await measureFixture(ctx);
  const [ms] = await ctx.db.insert(milestones).values({ measureId: measure.id, title: { fi: `Välitavoite ${ctx.unique}` }, dueDate: "2030-06-01", duePrecision: "month" }).returning();
  return { measure, milestone: ms! };
}

async function updateFixture(ctx: FixtureContext) {
  const { measure } = await measureFixture(ctx);
  const [u] = await ctx.db.insert(progressUpdates).values({ measureId: measure.id, date: "2024-05-02", body: { fi: `Raportti ${ctx.unique}` } }).returning();
  return { measure, update: u! };
}

const firstPeriod = async (ctx: FixtureContext) => (await ctx.db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1))[0]!;
const firstGoal = async (ctx: FixtureContext) => (await ctx.db.select().from(goals).orderBy(asc(goals.sortOrder)).limit(1))[0]!;
const newGoal = async (ctx: FixtureContext) => {
  const period = await firstPeriod(ctx);
  const [g] = await ctx.db.insert(goals).values({ periodId: period.id, title: { fi: `Tavoite ${ctx.unique}` }, scope: "eu", sortOrder: 50 }).returning();
  return g!;
};
const goalForm = (ctx: FixtureContext) => ({ titleFi: `Tavoite ${ctx.unique}`, titleSv: `Mål ${ctx.unique}`, descriptionFi: "Kuvaus", scope: "eu" });
const priorityForm = (ctx: FixtureContext) => ({ titleFi: `Painopiste ${ctx.unique}`, titleSv: `Prioritering ${ctx.unique}`, responsibleUnitId: ctx.ownerUnitId });
const periodForm = (ctx: FixtureContext) => ({ nameFi: `Kausi ${ctx.unique}`, nameSv: `Period ${ctx.unique}`, startYear: "2030", endYear: "2033" });
const milestoneForm = (ctx: FixtureContext) => ({ titleFi: `Välitavoite ${ctx.unique} muutettu`, dueDate: "09/2030", state: "in_progress" });
const updateForm = (ctx: FixtureContext) => ({ date: "3.5.2024", bodyFi: `Raportti ${ctx.unique} muutettu`, visibility: "public" });

/**
 * A part of a measure (a milestone, a progress update): created under a
 * measure, saved and archived by whoever may edit the measure.
 */
function measurePartRows(part: "milestone" | "update", make: (ctx: FixtureContext) => Promise<{ id: string; version: number }>, form: (ctx: FixtureContext) => Record<string, unknown>): ActionRow[] {
  return [
    { action: `strategy.${part}.create`, fixture: async (ctx) => ({ ...form(ctx), measureId: (await measureFixture(ctx)).measure.id }), expect: ownersAndManagers },
    { action: `strategy.${part}.update`, fixture: itemVersion(make, form), expect: ownersAndManagers },
    { action: `strategy.${part}.archive`, fixture: itemVersion(make), expect: ownersAndManagers },
  ];
}

async function indicatorFixture(ctx: FixtureContext) {
  const period = await firstPeriod(ctx);
  const [i] = await ctx.db
    .insert(indicators)
    .values({ periodId: period.id, title: { fi: `Mittari ${ctx.unique}`, sv: `Indikator ${ctx.unique}` }, unit: { fi: "kpl", sv: "st." }, responsibleUnitId: ctx.ownerUnitId })
    .returning();
  const form = { titleFi: `Mittari ${ctx.unique}`, titleSv: `Indikator ${ctx.unique}`, unitFi: "kpl", unitSv: "st.", decimals: "0", responsibleUnitId: ctx.ownerUnitId, visibility: "public", measureIds: [], priorityIds: [] };
  return { indicator: i!, period, form };
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
      fixture: itemVersion((ctx) => measureFixture(ctx).then((f) => f.measure)),
      expect: managers,
    },
    {
      action: "review.publish",
      fixture: itemVersion((ctx) => measureFixture(ctx, { reviewState: "pending" }).then((f) => f.measure), () => ({ type: "measure" })),
      expect: managers,
    },
    {
      action: "review.return",
      fixture: itemVersion((ctx) => measureFixture(ctx, { reviewState: "pending" }).then((f) => f.measure), (ctx) => ({ type: "measure", comment: `Korjaa ${ctx.unique}` })),
      expect: managers,
    },
    ...measurePartRows("milestone", (ctx) => milestoneFixture(ctx).then((f) => f.milestone), milestoneForm),
    ...measurePartRows("update", (ctx) => updateFixture(ctx).then((f) => f.update), updateForm),
    { action: "strategy.goal.create", fixture: async (ctx) => ({ ...goalForm(ctx), periodId: (await firstPeriod(ctx)).id }), expect: managers },
    {
      action: "strategy.goal.update",
      fixture: itemVersion((ctx) => newGoal(ctx), (ctx) => ({ ...goalForm(ctx), titleFi: `Muutettu ${ctx.unique}` })),
      expect: managers,
    },
    {
      action: "strategy.goal.archive",
      fixture: itemVersion((ctx) => newGoal(ctx)),
      expect: managers,
    },
    { action: "strategy.priority.create", fixture: async (ctx) => ({ ...priorityForm(ctx), goalId: (await firstGoal(ctx)).id }), expect: managers },
    {
      action: "strategy.priority.update",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(priorities).values({ goalId: (await firstGoal(ctx)).id, title: { fi: `P ${ctx.unique}` } }).returning();
        return { ...priorityForm(ctx), id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    {
      action: "strategy.priority.archive",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(priorities).values({ goalId: (await firstGoal(ctx)).id, title: { fi: `P ${ctx.unique}` } }).returning();
        return { id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    { action: "strategy.period.create", fixture: async (ctx) => periodForm(ctx), expect: managers },
    {
      action: "strategy.period.update",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(strategyPeriods).values({ name: { fi: `K ${ctx.unique}` }, startYear: 2030, endYear: 2033 }).returning();
        return { ...periodForm(ctx), id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    {
      action: "strategy.period.archive",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(strategyPeriods).values({ name: { fi: `K ${ctx.unique}` }, startYear: 2030, endYear: 2033 }).returning();
        return { id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    {
      action: "strategy.measure.restore",
      fixture: itemVersion((ctx) => measureFixture(ctx, { archivedAt: new Date() }).then((f) => f.measure)),
      expect: managers,
    },
    {
      action: "strategy.goal.restore",
      fixture: async (ctx) => {
        const [g] = await ctx.db.insert(goals).values({ periodId: (await firstPeriod(ctx)).id, title: { fi: `Tavoite ${ctx.unique}` }, scope: "eu", sortOrder: 50, archivedAt: new Date() }).returning();
        return { id: g!.id, version: g!.version };
      },
      expect: managers,
    },
    {
      action: "strategy.priority.restore",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(priorities).values({ goalId: (await firstGoal(ctx)).id, title: { fi: `P ${ctx.unique}` }, archivedAt: new Date() }).returning();
        return { id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    {
      action: "strategy.period.restore",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(strategyPeriods).values({ name: { fi: `K ${ctx.unique}` }, startYear: 2030, endYear: 2033, archivedAt: new Date() }).returning();
        return { id: p!.id, version: p!.version };
      },
      expect: managers,
    },
    { action: "strategy.period.copy", fixture: async (ctx) => ({ ...periodForm(ctx), sourceId: (await firstPeriod(ctx)).id }), expect: managers },
    {
      action: "strategy.reorder",
      fixture: async (ctx) => {
        const g = await newGoal(ctx);
        return { type: "goal", id: g.id, direction: "up" };
      },
      expect: managers,
    },
    { action: "strategy.indicator.create", fixture: async (ctx) => { const { form, period } = await indicatorFixture(ctx); return { ...form, titleFi: `Uusi ${ctx.unique}`, periodId: period.id }; }, expect: managers },
    {
      action: "strategy.indicator.update",
      fixture: async (ctx) => {
        const { indicator, form } = await indicatorFixture(ctx);
        return { ...form, descriptionFi: "Kuvaus", id: indicator.id, version: indicator.version };
      },
      expect: ownersAndManagers,
    },
    {
      action: "strategy.indicator.archive",
      fixture: itemVersion((ctx) => indicatorFixture(ctx).then((f) => f.indicator)),
      expect: managers,
    },
    {
      action: "strategy.indicator.point.save",
      fixture: async (ctx) => ({ indicatorId: (await indicatorFixture(ctx)).indicator.id, kind: "actual", date: "31.12.2024", value: "1 250 000,50" }),
      expect: ownersAndManagers,
    },
    {
      action: "strategy.indicator.point.delete",
      fixture: async (ctx) => {
        const { indicator } = await indicatorFixture(ctx);
        const [p] = await ctx.db.insert(indicatorPoints).values({ indicatorId: indicator.id, kind: "target", date: "2025-12-31", value: "10" }).returning();
        return { id: p!.id };
      },
      expect: ownersAndManagers,
    },
    {
      // Import: a new value and a changed target of the owner unit's indicator.
      action: "strategy.indicator.importValues",
      fixture: async (ctx) => {
        const { indicator } = await indicatorFixture(ctx);
        await ctx.db.insert(indicatorPoints).values({ indicatorId: indicator.id, kind: "target", date: "2025-12-31", value: "10" });
        return { csv: `indicator_id;kind;date;value\n${indicator.id};actual;2024-12-31;1250000,50\n${indicator.id};target;2025-12-31;12\n` };
      },
      expect: ownersAndManagers,
    },
    {
      action: "strategy.indicator.importValuesCheck",
      fixture: async (ctx) => ({ csv: `indicator_id;kind;date;value\n${(await indicatorFixture(ctx)).indicator.id};actual;2024-12-31;7\n`, check: "1" }),
      expect: ownersAndManagers,
    },
  ],
  routes: [
    {
      route: "POST /api/strategy/indicator-values/import",
      request: async (ctx) => {
        const { indicator } = await indicatorFixture(ctx);
        return { request: new Request("http://localhost/api/strategy/indicator-values/import", { method: "POST", headers: { "content-type": "text/csv" }, body: `indicator_id;kind;date;value\n${indicator.id};actual;2024-12-31;3\n` }) };
      },
      expect: ownersAndManagers,
    },
  ],
  saves: [
    versionedSave({
      action: "strategy.measure.update",
      entityType: "measure",
      table: measures,
      make: async (ctx) => {
        const { measure, form } = await measureFixture(ctx);
        return { id: measure.id, form };
      },
      input: (_ctx, m, marker, version) => ({ ...m.form, id: m.id, version, internalNotes: marker }),
      text: (row) => row.internalNotes,
    }),
  ],
};
