import { eq } from "drizzle-orm";
import { calendarFeeds, users } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { hashFeedToken, newFeedToken } from "@/lib/reminders/tokens";
import { createActor } from "../helpers/actors";
import { everyone, staffOnly, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** Every role is refused, with this status. */
const refusedForAll = { public: "refused", executive: "refused", editorOwn: "refused", editorOther: "refused", coordinator: "refused", admin: "refused" } as const;

/** A live private calendar link of a staff member of the owner unit. */
async function feedToken(ctx: FixtureContext) {
  const owner = await createActor(ctx.db, "editor", "KANS");
  const token = newFeedToken();
  await ctx.db.insert(calendarFeeds).values({ userId: owner.id, tokenHash: hashFeedToken(token) });
  return token;
}

/** The caller's own user row version (settings are always one's own). */
async function ownVersion(ctx: FixtureContext) {
  if (!ctx.caller) return 1;
  const [u] = await ctx.db.select({ version: users.version }).from(users).where(eq(users.id, ctx.caller.id));
  return u?.version ?? 1;
}

/** Reminders: one's own settings and calendar link; the job route; the calendar feeds. */
export const rows: MatrixRows = {
  actions: [
    {
      // Every staff member edits their own settings; there is no "other person's" item to refuse.
      action: "reminders.profile.save",
      fixture: async (ctx) => ({ version: String(await ownVersion(ctx)), locale: "sv", frequency: "daily" }),
      expect: staffOnly,
    },
    {
      action: "reminders.feed.renew",
      fixture: async () => ({}),
      expect: staffOnly,
    },
    {
      action: "reminders.feed.revoke",
      fixture: async (ctx) => {
        if (ctx.caller) await ctx.db.insert(calendarFeeds).values({ userId: ctx.caller.id, tokenHash: hashFeedToken(newFeedToken()) }).onConflictDoNothing();
        return {};
      },
      expect: staffOnly,
    },
  ],
  routes: [
    {
      // A signed-in session is no substitute for the scheduler's secret: everyone without it gets 401.
      route: "POST /api/jobs/reminders",
      request: async () => {
        process.env.JOBS_SECRET = "matrix-jobs-secret-matrix-jobs-secret-0123";
        resetEnvCache();
        return { request: new Request("http://localhost/api/jobs/reminders", { method: "POST" }) };
      },
      expect: refusedForAll,
      refusedStatus: { public: 401, executive: 401, editorOwn: 401, editorOther: 401, coordinator: 401, admin: 401 },
    },
    {
      // The secret URL is the credential (calendar programs do not sign in), whoever fetches it.
      route: "GET /api/calendar/private/[file]",
      request: async (ctx) => {
        const token = await feedToken(ctx);
        return { request: new Request(`http://localhost/api/calendar/private/${token}.ics`), params: { file: `${token}.ics` } };
      },
      expect: everyone,
    },
    {
      route: "GET /api/calendar/public/[file]",
      request: async () => ({ request: new Request("http://localhost/api/calendar/public/fi.ics"), params: { file: "fi.ics" } }),
      expect: everyone,
    },
  ],
};
