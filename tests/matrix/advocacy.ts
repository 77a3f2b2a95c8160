import { asc } from "drizzle-orm";
import { advocacyActivities, advocacyPlans, evaluationQuestions, evaluationRespondents, evaluationRounds, goals, governmentAsks, priorities } from "@/db/schema";
import { itemVersion, managers, ownersAndManagers, staffOnly, type Expectations, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** Those who may export (executives, coordinators, admins); editors and the public may not. */
const exporters: Expectations = { public: "refused", executive: "allowed", editorOwn: "refused", editorOther: "refused", coordinator: "allowed", admin: "allowed" };

/** A priority whose advocacy the fixture's owner unit leads. */
async function priority(ctx: FixtureContext) {
  const [goal] = await ctx.db.select({ id: goals.id }).from(goals).orderBy(asc(goals.sortOrder)).limit(1);
  const [p] = await ctx.db
    .insert(priorities)
    .values({ goalId: goal!.id, title: { fi: `Painopiste ${ctx.unique}`, sv: `Prioritet ${ctx.unique}` }, responsibleUnitId: ctx.ownerUnitId })
    .returning();
  return p!;
}

async function activity(ctx: FixtureContext, values: Partial<typeof advocacyActivities.$inferInsert> = {}) {
  const p = await priority(ctx);
  const [a] = await ctx.db
    .insert(advocacyActivities)
    .values({ type: "statement", priorityId: p.id, title: { fi: `Lausunto ${ctx.unique}`, sv: `Utlåtande ${ctx.unique}` }, deadline: "2030-01-31", date: "2030-01-30", ...values })
    .returning();
  return a!;
}

async function ask(ctx: FixtureContext, values: Partial<typeof governmentAsks.$inferInsert> = {}) {
  const p = await priority(ctx);
  const [a] = await ctx.db
    .insert(governmentAsks)
    .values({ programmeYear: 2027, priorityId: p.id, wording: { fi: `Tavoite ${ctx.unique}`, sv: `Mål ${ctx.unique}` }, ...values })
    .returning();
  return a!;
}

async function round(ctx: FixtureContext, status: "draft" | "open" | "closed", respondentId?: string) {
  const p = await priority(ctx);
  const [r] = await ctx.db
    .insert(evaluationRounds)
    .values({ name: { fi: `Arviointi ${ctx.unique}` }, opensOn: "2030-01-01", closesOn: "2030-01-31", status })
    .returning();
  const [q] = await ctx.db.insert(evaluationQuestions).values({ roundId: r!.id, priorityId: p.id }).returning();
  const [resp] = respondentId ? await ctx.db.insert(evaluationRespondents).values({ roundId: r!.id, userId: respondentId }).returning() : [];
  return { round: r!, question: q!, respondent: resp, priorityId: p.id };
}

/** The advocacy area (plans, actions, asks, their review) and the internal evaluation. */
export const rows: MatrixRows = {
  actions: [
    {
      action: "advocacy.createActivity",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { type: "statement", priorityId: p.id, "titleFi": `Lausunto ${ctx.unique}`, deadline: "2030-02-01", ministry: "Valtiovarainministeriö" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.updateActivity",
      fixture: async (ctx) => {
        const a = await activity(ctx);
        return { id: a.id, version: a.version, type: "statement", priorityId: a.priorityId, "titleFi": `Muutettu ${ctx.unique}`, deadline: "2030-02-02" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.createAsk",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { programmeYear: "2027", priorityId: p.id, "wordingFi": `Tavoite ${ctx.unique}` };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.updateAsk",
      fixture: async (ctx) => {
        const a = await ask(ctx);
        return { id: a.id, version: a.version, programmeYear: "2027", priorityId: a.priorityId, "wordingFi": `Tavoite ${ctx.unique}`, outcome: "partly", "evidenceFi": "Ohjelman sanamuoto" };
      },
      expect: ownersAndManagers,
    },
    {
      // Import: a new action for the owner unit's priority (by its title) and an update of one of its actions.
      action: "advocacy.importActivities",
      fixture: async (ctx) => {
        const a = await activity(ctx);
        const p = `Painopiste ${ctx.unique}`; // the action's own priority
        return { csv: `id;type;priority;title_fi;date;deadline\n${a.id};statement;${p};Tuotu ${ctx.unique};;2030-03-01\n;meeting;${p};Tapaaminen ${ctx.unique};2030-01-15;\n` };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.importActivitiesCheck",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { csv: `type;priority;title_fi;date\nmeeting;${p.title.fi};Tarkistettu ${ctx.unique};2030-01-15\n`, check: "1" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.importAsks",
      fixture: async (ctx) => {
        const a = await ask(ctx);
        return { csv: `id;outcome;evidence_fi\n${a.id};partly;Ohjelman sanamuoto ${ctx.unique}\n` };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.importAsksCheck",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { csv: `programme_year;priority;wording_fi\n2027;${p.title.fi};Tarkistettu ${ctx.unique}\n`, check: "1" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.createPlan",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { priorityId: p.id, "objectivesFi": `Tavoitteet ${ctx.unique}`, "timeline.0.date": "2030-03-01", "timeline.0.activityFi": "Tapaaminen" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "advocacy.updatePlan",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        const [plan] = await ctx.db.insert(advocacyPlans).values({ priorityId: p.id, objectives: { fi: "Vanhat" } }).returning();
        return { id: plan!.id, version: plan!.version, "objectivesFi": `Uudet ${ctx.unique}` };
      },
      expect: ownersAndManagers,
    },
    {
      // Unpublished: its editor may archive it (a published one needs a coordinator: tests/advocacy).
      action: "advocacy.archive",
      fixture: itemVersion((ctx) => activity(ctx), () => ({ kind: "activity" })),
      expect: ownersAndManagers,
    },
    {
      action: "evaluation.createRound",
      fixture: async (ctx) => {
        const p = await priority(ctx);
        return { "nameFi": `Kierros ${ctx.unique}`, opensOn: "2030-01-01", closesOn: "2030-01-31", priorityIds: [p.id], respondentIds: [ctx.actors.executive.id] };
      },
      expect: managers,
    },
    {
      action: "evaluation.updateRound",
      fixture: async (ctx) => {
        const r = await round(ctx, "draft", ctx.actors.executive.id);
        return {
          id: r.round.id,
          version: r.round.version,
          "nameFi": `Uusi ${ctx.unique}`,
          opensOn: "2030-01-01",
          closesOn: "2030-02-28",
          priorityIds: [r.priorityId],
          respondentIds: [ctx.actors.executive.id, ctx.actors.editorOther.id],
        };
      },
      expect: managers,
    },
    {
      action: "evaluation.openRound",
      fixture: async (ctx) => {
        const r = await round(ctx, "draft");
        return { id: r.round.id, version: r.round.version };
      },
      expect: managers,
    },
    {
      action: "evaluation.closeRound",
      fixture: async (ctx) => {
        const r = await round(ctx, "open");
        return { id: r.round.id, version: r.round.version };
      },
      expect: managers,
    },
    {
      // Each caller answers their own questionnaire (someone else's is refused for everyone: tests/advocacy).
      action: "evaluation.answer",
      fixture: async (ctx) => {
        const r = await round(ctx, "open", (ctx.caller ?? ctx.actors.executive).id);
        return { respondentId: r.respondent!.id, version: 1, intent: "submit", [`answers.${r.question.id}.score`]: "4", [`answers.${r.question.id}.needs`]: "Lisää resursseja" };
      },
      expect: staffOnly,
    },
  ],
  routes: [
    {
      route: "POST /api/advocacy/actions/import",
      request: async (ctx) => {
        const p = await priority(ctx);
        return { request: new Request("http://localhost/api/advocacy/actions/import", { method: "POST", headers: { "content-type": "text/csv" }, body: `type;priority;title_fi;date\nmeeting;${p.title.fi};Reitti ${ctx.unique};2030-01-15\n` }) };
      },
      expect: ownersAndManagers,
    },
    {
      route: "POST /api/advocacy/asks/import",
      request: async (ctx) => {
        const p = await priority(ctx);
        return { request: new Request("http://localhost/api/advocacy/asks/import", { method: "POST", headers: { "content-type": "text/csv" }, body: `programme_year;priority;wording_fi\n2027;${p.title.fi};Reitti ${ctx.unique}\n` }) };
      },
      expect: ownersAndManagers,
    },
    {
      // A closed round's results as CSV: reads only.
      route: "GET /[locale]/staff/evaluations/[roundId]/results.csv",
      request: async (ctx) => {
        const r = await round(ctx, "closed", ctx.actors.executive.id);
        return { request: new Request(`http://localhost/fi/staff/evaluations/${r.round.id}/results.csv`), params: { locale: "fi", roundId: r.round.id } };
      },
      expect: exporters,
    },
  ],
};
