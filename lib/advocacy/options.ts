import "server-only";
import type { Db } from "@/db/client";
import { listPriorityOptions, listStaffPeople } from "@/db/queries/advocacy/staff";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can, canEditOwned, type Actor } from "@/lib/permissions";

/**
 * Choices for the advocacy forms. An editor is offered only the priorities
 * of their own unit (the server refuses the others anyway).
 */
export async function advocacyFormOptions(db: Db, actor: Actor, locale: Locale, keep?: string) {
  const [priorities, people] = await Promise.all([listPriorityOptions(db), listStaffPeople(db)]);
  const mine = priorities.filter((p) => p.id === keep || canEditOwned(actor, { unitId: p.unitId }, "advocacy.manage", "advocacy.editOwn"));
  return {
    priorities: mine.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${pick(p.goalTitle, locale)})` })),
    people: people.filter((p) => p.role !== null).map((p) => ({ value: p.id, label: p.name })),
    allPriorities: priorities,
    canPublish: can(actor.role, "content.publish"),
  };
}
