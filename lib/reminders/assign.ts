import { can, type Role } from "@/lib/permissions";
import { byUrgency, classify, type ItemState, type ReminderItem } from "./items";

/** A person who may receive reminders. */
export type Person = { id: string; name: string; email: string; role: Role; unitId: string | null; locale: "fi" | "sv" | "en" };

/** Why an item is someone's: they are named on it, or nobody is and it is their unit's. */
export type Relation = "contact" | "unit";

export type PersonalItem = { item: ReminderItem; state: ItemState; relation: Relation };
export type OverviewItem = { item: ReminderItem; state: "overdue" };

/**
 * Is the item this person's? Named contact persons get it; when nobody is
 * named, the people of the responsible unit who may edit it do. Nobody
 * else — so another unit's internal items never reach a person, unless
 * they were named on the item themselves.
 */
export function relationTo(item: ReminderItem, person: Person): Relation | null {
  if (!can(person.role, item.capability)) return null;
  if (item.owners.userIds.includes(person.id)) return "contact";
  if (item.owners.userIds.length === 0 && item.owners.unitId !== null && item.owners.unitId === person.unitId) return "unit";
  return null;
}

/** A person's own items that need attention today (or were just done), most urgent first. */
export function personalItems(person: Person, items: ReminderItem[], today: string, lookahead: number): PersonalItem[] {
  const mine: PersonalItem[] = [];
  for (const item of items) {
    const relation = relationTo(item, person);
    if (!relation) continue;
    const state = classify(item, today, lookahead);
    if (state) mine.push({ item, state, relation });
  }
  return mine.sort(byUrgency);
}

/** Coordinators (those who review and publish) follow everything that is overdue across the city. */
export function receivesOverview(person: Pick<Person, "role">): boolean {
  return can(person.role, "content.publish");
}

/**
 * Everything overdue across the city, for a coordinator: all units, internal
 * items included (they read everything). Evaluation answers are left out:
 * who has not answered a round is followed in the round itself, and some
 * rounds are anonymous.
 */
export function overviewItems(person: Person, items: ReminderItem[], today: string, lookahead: number, exclude: Set<string> = new Set()): OverviewItem[] {
  if (!receivesOverview(person)) return [];
  return items
    .filter((item) => item.kind !== "evaluation" && !exclude.has(item.key) && classify(item, today, lookahead) === "overdue")
    .map((item) => ({ item, state: "overdue" as const }))
    .sort(byUrgency);
}

/** What a digest holds: the person's open items and, for coordinators, the city-wide overdue list. Done items are the inbox's. */
export function digestContent(person: Person, items: ReminderItem[], today: string, lookahead: number) {
  const mine = personalItems(person, items, today, lookahead).filter((x) => x.state !== "done");
  const overview = overviewItems(person, items, today, lookahead, new Set(mine.map((x) => x.item.key)));
  return { mine, overview, count: mine.length + overview.length };
}
export type DigestContent = ReturnType<typeof digestContent>;
