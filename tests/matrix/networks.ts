import { eq } from "drizzle-orm";
import {
  networkContacts,
  networkParticipation,
  networkReviewItems,
  networkReviewRounds,
  networkRoles,
  networks,
  networkStatusChanges,
} from "@/db/schema";
import { itemVersion, managers, ownersAndManagers, thirdUnitId, type Expectations, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** Networks: registry (owners and managers), publication and reviews (coordinators), scoring (networks.review holders). */

/** Reviewers: executives, coordinators and admins score; editors do not. */
const reviewers: Expectations = { ...managers, executive: "allowed" };

/** A network of the fixture's owner unit, with its first status change (also the parent item of the documents and links rows). */
export async function network(ctx: FixtureContext, over: Partial<typeof networks.$inferInsert> = {}) {
  const [n] = await ctx.db
    .insert(networks)
    .values({
      name: { fi: `Verkosto ${ctx.unique}`, sv: `Nätverk ${ctx.unique}` },
      type: "city_network",
      status: "member",
      statusSince: "2020-01-01",
      annualFeeCents: 100_000,
      responsibleUnitId: ctx.ownerUnitId,
      ...over,
    })
    .returning();
  await ctx.db.insert(networkStatusChanges).values({ networkId: n!.id, status: "member", changedOn: "2020-01-01" });
  return n!;
}

async function openRound(ctx: FixtureContext) {
  const [r] = await ctx.db.insert(networkReviewRounds).values({ name: { fi: `Kierros ${ctx.unique}` }, openedOn: "2024-01-01" }).returning();
  return r!;
}

async function roundItem(ctx: FixtureContext) {
  const n = await network(ctx);
  const r = await openRound(ctx);
  const [i] = await ctx.db.insert(networkReviewItems).values({ roundId: r.id, networkId: n.id, statusAtReview: "member", feeCentsAtReview: 100_000 }).returning();
  return { n, r, i: i! };
}

const fields = (ctx: FixtureContext) => ({
  name_fi: `Verkosto ${ctx.unique}`,
  name_sv: `Nätverk ${ctx.unique}`,
  type: "city_network",
  annualFee: "1 000,00",
  staffDays: "3",
  responsibleUnitId: ctx.ownerUnitId,
});

export const rows: MatrixRows = {
  actions: [
    {
      action: "networks.create",
      fixture: async (ctx) => ({ ...fields(ctx), status: "member", statusSince: "2021-01-01" }),
      expect: ownersAndManagers,
      verifyAllowed: async (ctx, _input, data) => {
        const [n] = await ctx.db.select().from(networks).where(eq(networks.id, (data as { id: string }).id));
        if (n?.annualFeeCents !== 100_000) throw new Error("fee not saved exactly");
      },
    },
    {
      action: "networks.update",
      fixture: itemVersion((ctx) => network(ctx), (ctx) => ({ ...fields(ctx), internalNotes: "changed" })),
      expect: ownersAndManagers,
    },
    {
      // Issue 14 item 7: an editor who is (or lists themselves as) a contact person may edit the
      // network, but not hand it to another unit; only coordinators and admins may.
      action: "networks.update",
      case: "hand-over to a third unit by a contact person",
      fixture: async (ctx) => {
        const n = await network(ctx);
        if (ctx.caller) await ctx.db.insert(networkContacts).values({ networkId: n.id, userId: ctx.caller.id });
        return { ...fields(ctx), id: n.id, version: n.version, responsibleUnitId: await thirdUnitId(ctx), contactIds: ctx.caller ? [ctx.caller.id] : [] };
      },
      expect: managers,
      verifyAllowed: async (ctx, input) => {
        const [n] = await ctx.db.select().from(networks).where(eq(networks.id, String(input.id)));
        if (n?.responsibleUnitId !== input.responsibleUnitId) throw new Error("the hand-over was not saved");
      },
    },
    {
      action: "networks.publish",
      fixture: itemVersion((ctx) => network(ctx)),
      expect: managers,
    },
    {
      action: "networks.return",
      fixture: itemVersion((ctx) => network(ctx, { reviewState: "pending" }), () => ({ comment: "Tarkenna maksua." })),
      expect: managers,
    },
    {
      action: "networks.archive",
      fixture: itemVersion((ctx) => network(ctx)),
      expect: managers,
    },
    {
      action: "networks.changeStatus",
      fixture: async (ctx) => {
        const n = await network(ctx);
        return { networkId: n.id, version: n.version, status: "leaving", changedOn: "2023-06-01", note: "Päätös" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "networks.addRole",
      fixture: async (ctx) => {
        const n = await network(ctx);
        return { networkId: n.id, version: n.version, title_fi: "Työryhmän puheenjohtaja", startDate: "2023-01-01" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "networks.removeRole",
      fixture: async (ctx) => {
        const n = await network(ctx);
        const [r] = await ctx.db.insert(networkRoles).values({ networkId: n.id, title: { fi: "Jäsen" } }).returning();
        return { networkId: n.id, version: n.version, roleId: r!.id };
      },
      expect: ownersAndManagers,
    },
    {
      action: "networks.addParticipation",
      fixture: async (ctx) => {
        const n = await network(ctx);
        return { networkId: n.id, occurredOn: "2024-03-01", kind: "meeting", title: "Kevätkokous", participants: "Eero", outcome: "Sovittiin jatkosta" };
      },
      expect: ownersAndManagers,
    },
    {
      action: "networks.removeParticipation",
      fixture: async (ctx) => {
        const n = await network(ctx);
        const [e] = await ctx.db.insert(networkParticipation).values({ networkId: n.id, occurredOn: "2024-03-01", kind: "meeting", title: "x" }).returning();
        return { networkId: n.id, entryId: e!.id };
      },
      expect: ownersAndManagers,
    },
    {
      action: "networks.openRound",
      fixture: async (ctx) => ({ name_fi: `Kartoitus ${ctx.unique}`, openedOn: "2024-02-01" }),
      expect: managers,
    },
    {
      action: "networks.addToRound",
      fixture: async (ctx) => {
        const n = await network(ctx, { status: "candidate" });
        const r = await openRound(ctx);
        return { roundId: r.id, networkId: n.id };
      },
      expect: managers,
    },
    {
      action: "networks.score",
      fixture: async (ctx) => {
        const { n, r } = await roundItem(ctx);
        return { roundId: r.id, networkId: n.id, strategicFit: "4", benefit: "3", costEffectiveness: "5", recommendation: "keep", justification: "Hyödyllinen." };
      },
      expect: reviewers,
    },
    {
      action: "networks.decide",
      fixture: async (ctx) => {
        const { i } = await roundItem(ctx);
        return { itemId: i.id, version: i.version, decision: "leave", decidedOn: "2024-02-01", decisionNote: "Erotaan." };
      },
      expect: managers,
      verifyAllowed: async (ctx, input) => {
        const [i] = await ctx.db.select().from(networkReviewItems).where(eq(networkReviewItems.id, input.itemId as string));
        const [n] = await ctx.db.select().from(networks).where(eq(networks.id, i!.networkId));
        if (n?.status !== "leaving") throw new Error("a decision to leave did not mark the network leaving");
      },
    },
    {
      action: "networks.import",
      fixture: async (ctx) => ({ csv: `name_fi;name_sv;type;status;status_since;annual_fee;unit\nTuotu ${ctx.unique};Importerat ${ctx.unique};city_network;member;2021-01-01;1 250,50;KANS\n` }),
      expect: managers,
    },
    {
      action: "networks.importCheck",
      fixture: async (ctx) => ({ csv: `name_fi;type;status;status_since\nTarkistettu ${ctx.unique};other;candidate;2021-01-01\n`, check: "1" }),
      expect: managers,
    },
    {
      action: "networks.closeRound",
      fixture: async (ctx) => {
        const r = await openRound(ctx);
        return { roundId: r.id, version: r.version };
      },
      expect: managers,
    },
  ],
  routes: [
    {
      // The registry with internal notes: executives, coordinators and admins (export.read).
      route: "GET /api/networks/export",
      request: async () => ({ request: new Request("http://localhost/api/networks/export?format=xlsx") }),
      expect: { ...managers, executive: "allowed" },
    },
    {
      route: "POST /api/networks/import",
      request: async (ctx) => ({
        request: new Request("http://localhost/api/networks/import", {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: `name_fi;type;status;status_since\nReitti ${ctx.unique};other;member;2022-01-01\n`,
        }),
      }),
      expect: managers,
    },
  ],
};
