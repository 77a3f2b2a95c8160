import { asc, eq } from "drizzle-orm";
import { goals, measures, reportingRounds, roundEntries, strategyPeriods } from "@/db/schema";
import { publishedReports } from "@/db/queries/strategy/rounds";
import { everyone, itemVersion, managers, ownersAndManagers, versionedSave, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** Reporting rounds (issue 12): opening, writing, closing and publishing; the report's PDF and the staff exports. */
const firstPeriod = async (ctx: FixtureContext) => (await ctx.db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1))[0]!;

async function roundFixture(ctx: FixtureContext, state: "open" | "closed") {
  const period = await firstPeriod(ctx);
  const [round] = await ctx.db.insert(reportingRounds).values({ periodId: period.id, name: { fi: `Seuranta ${ctx.unique}` }, cutOffDate: "2030-05-31", state }).returning();
  return round!;
}

async function entryFixture(ctx: FixtureContext, state: "open" | "closed" = "open") {
  const round = await roundFixture(ctx, state);
  const [goal] = await ctx.db.select().from(goals).where(eq(goals.periodId, round.periodId)).orderBy(asc(goals.sortOrder)).limit(1);
  const [m] = await ctx.db.insert(measures).values({ goalId: goal!.id, title: { fi: `Toimenpide ${ctx.unique}` }, status: "on_schedule", progress: 10, responsibleUnitId: ctx.ownerUnitId }).returning();
  const [e] = await ctx.db.insert(roundEntries).values({ roundId: round.id, measureId: m!.id, status: "on_schedule", progress: 10 }).returning();
  return e!;
}

const entryInput = (ctx: FixtureContext, id: string, version: number) => ({ id, version, narrativeFi: `Tehty ${ctx.unique}`, narrativeSv: `Gjort ${ctx.unique}`, status: "on_schedule", progress: "40" });

export const rows: MatrixRows = {
  actions: [
    {
      action: "strategy.round.open",
      fixture: async (ctx) => ({ periodId: (await firstPeriod(ctx)).id, nameFi: `Seuranta ${ctx.unique}`, cutOffDate: "31.5.2030" }),
      expect: managers,
    },
    {
      action: "strategy.round.entry.save",
      fixture: async (ctx) => {
        const e = await entryFixture(ctx);
        return entryInput(ctx, e.id, e.version);
      },
      expect: ownersAndManagers,
    },
    {
      // Import: the owner unit's measure and its text for an open round.
      action: "strategy.measure.import",
      fixture: async (ctx) => {
        const e = await entryFixture(ctx);
        return { round: e.roundId, csv: `id;title_sv;round_narrative_fi;round_status;round_progress\n${e.measureId};Åtgärd ${ctx.unique};Tuotu ${ctx.unique};late;30\n` };
      },
      expect: ownersAndManagers,
    },
    {
      action: "strategy.measure.importCheck",
      fixture: async (ctx) => {
        const e = await entryFixture(ctx);
        return { round: e.roundId, csv: `id;round_narrative_fi;round_status;round_progress\n${e.measureId};Tarkistettu ${ctx.unique};late;30\n`, check: "1" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "strategy.round.close",
      fixture: itemVersion((ctx) => roundFixture(ctx, "open")),
      expect: managers,
    },
    {
      action: "strategy.round.reopen",
      fixture: itemVersion((ctx) => roundFixture(ctx, "closed")),
      expect: managers,
    },
    {
      action: "strategy.round.publish",
      fixture: itemVersion((ctx) => roundFixture(ctx, "closed")),
      expect: managers,
    },
  ],
  routes: [
    {
      route: "POST /api/strategy/measures/import",
      request: async (ctx) => {
        const e = await entryFixture(ctx);
        return {
          request: new Request(`http://localhost/api/strategy/measures/import?round=${e.roundId}`, {
            method: "POST",
            headers: { "content-type": "text/csv" },
            body: `id;round_narrative_fi;round_status;round_progress\n${e.measureId};Reitti ${ctx.unique};late;30\n`,
          }),
        };
      },
      expect: ownersAndManagers,
    },
    {
      // A published round's report as a PDF: public, read-only (tests/strategy/report-pdf.test.ts checks the content and the 404 of a draft).
      route: "GET /[locale]/reports/[id]/pdf",
      request: async (ctx) => {
        const id = (await publishedReports(ctx.db))[0]!.id;
        return { request: new Request(`http://localhost/fi/reports/${id}/pdf`), params: { locale: "fi", id } };
      },
      expect: everyone,
    },
    {
      // Staff exports (measures with round texts, progress updates, advocacy actions, asks): export.read, like the other exports.
      route: "GET /api/staff/export/[kind]",
      request: async () => ({ request: new Request("http://localhost/api/staff/export/measures?format=xlsx"), params: { kind: "measures" } }),
      expect: { ...managers, executive: "allowed" },
    },
  ],
  saves: [
    versionedSave({
      action: "strategy.round.entry.save",
      entityType: "round_entry",
      table: roundEntries,
      make: entryFixture,
      input: (ctx, e, marker, version) => ({ ...entryInput(ctx, e.id, version), narrativeFi: marker }),
      text: (row) => JSON.stringify(row.narrative),
    }),
  ],
};
