"use server";

import { z } from "zod";
import { saveOwnPreferences } from "@/db/queries/admin/users";
import { contactPersonsOf, setOwnPublicContact } from "@/db/queries/public/contacts";
import { feedOf, renewFeed, revokeFeed } from "@/db/queries/reminders/feeds";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { localizedShape, toLocalized } from "@/lib/forms/zod-fields";
import { privateFeedPath } from "@/lib/reminders/tokens";

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
    const saved = await saveOwnPreferences(tx, actor, input.version, input.locale, input.frequency);
    if (!saved) throw new ActionError("not_found");
    const { before, version } = saved;
    const after = { locale: input.locale, frequency: input.frequency };
    await audit({ entityType: "user", entityId: actor.id, action: "preferences", version, before, after });
    return { version, locale: input.locale };
  },
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
});

/**
 * A contact person's own choice to be shown as the public contact of a
 * measure or network (name, the title given here and unit; e-mail only with
 * "shownWithEmail"). Only for items one is a contact person of; "hidden"
 * removes the choice. Nobody chooses for another person.
 */
export const setPublicContact = defineAction({
  name: "public.contact.set",
  input: z.object({
    entityType: z.enum(["measure", "network"]),
    entityId: z.string().uuid(),
    mode: z.enum(["hidden", "shown", "shownWithEmail"]),
    ...localizedShape("title", 200, false),
  }),
  requires: ["publicContact.own"],
  load: async (tx, input) => {
    const contacts = await contactPersonsOf(tx, input.entityType, input.entityId);
    return contacts ? { contacts } : null;
  },
  authorize: (actor, item) => item.contacts.includes(actor.id),
  run: async ({ tx, actor, input, audit }) => {
    const title = toLocalized(input, "title");
    const { before: beforeState, existed, rowId } = await setOwnPublicContact(tx, actor.id, input.entityType, input.entityId, input.mode, title);
    await audit({
      entityType: "public_contact",
      entityId: rowId ?? input.entityId,
      action: input.mode === "hidden" ? "hide" : existed ? "update" : "show",
      before: { item: `${input.entityType}:${input.entityId}`, userId: actor.id, ...beforeState },
      after: { item: `${input.entityType}:${input.entityId}`, userId: actor.id, mode: input.mode, title: input.mode === "hidden" ? null : title },
    });
    return { mode: input.mode };
  },
});
