"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { feedOf, renewFeed, revokeFeed } from "@/db/queries/reminders/feeds";
import { reminderPreferences, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { updateVersioned } from "@/lib/publishing";
import { privateFeedPath } from "@/lib/reminders/tokens";

const PATHS = ["/staff/profile", "/staff"];

/** The signed-in person's own language and reminder frequency. Nobody edits another's settings here. */
export const saveProfile = defineAction({
  name: "reminders.profile.save",
  input: z.object({
    version: z.coerce.number().int().min(1),
    locale: z.enum(["fi", "sv", "en"]),
    frequency: z.enum(["weekly", "daily", "none"]),
  }),
  requires: ["profile.edit"],
  run: async ({ tx, actor, input, audit }) => {
    const [me] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.id, actor.id)).for("update");
    if (!me) throw new ActionError("not_found");
    const [pref] = await tx.select({ frequency: reminderPreferences.frequency }).from(reminderPreferences).where(eq(reminderPreferences.userId, actor.id));
    const updated = await updateVersioned(tx, users, actor.id, input.version, { locale: input.locale }, actor);
    await tx
      .insert(reminderPreferences)
      .values({ userId: actor.id, frequency: input.frequency })
      .onConflictDoUpdate({ target: reminderPreferences.userId, set: { frequency: input.frequency, updatedAt: new Date() } });
    const before = { locale: me.locale, frequency: pref?.frequency ?? "weekly" };
    const after = { locale: input.locale, frequency: input.frequency };
    await audit({ entityType: "user", entityId: actor.id, action: "preferences", version: updated.version, before, after });
    return { version: updated.version, locale: input.locale };
  },
  revalidate: () => ({ paths: PATHS }),
});

/**
 * Make a new private calendar link (replacing any earlier one, which stops
 * working). The link is returned once; only its hash is kept.
 */
export const renewCalendarFeed = defineAction({
  name: "reminders.feed.renew",
  input: z.object({}),
  requires: ["profile.edit"],
  run: async ({ tx, actor, audit }) => {
    const { token, replaced } = await renewFeed(tx, actor.id);
    await audit({ entityType: "calendar_feed", entityId: actor.id, action: replaced ? "renew" : "create" });
    return { path: privateFeedPath(token) };
  },
  revalidate: () => ({ paths: ["/staff/profile"] }),
});

/** Revoke the private calendar link: calendars using it get 404 from now on. */
export const revokeCalendarFeed = defineAction({
  name: "reminders.feed.revoke",
  input: z.object({}),
  requires: ["profile.edit"],
  run: async ({ tx, actor, audit }) => {
    if (!(await feedOf(tx, actor.id))) throw new ActionError("not_found");
    await revokeFeed(tx, actor.id);
    await audit({ entityType: "calendar_feed", entityId: actor.id, action: "revoke" });
    return { revoked: true };
  },
  revalidate: () => ({ paths: ["/staff/profile"] }),
});
