import "server-only";
import type { Db } from "../../client";
import { relationTo, type Person } from "@/lib/reminders/assign";
import type { ReminderItem } from "@/lib/reminders/items";
import { advocacyItems } from "@/db/queries/advocacy/reminders";
import { evaluationItems } from "@/db/queries/evaluation/reminders";
import { fundingItems } from "@/db/queries/funding/reminders";
import { strategyItems } from "@/db/queries/strategy/reminders";
import { roundItems } from "@/db/queries/strategy/rounds-reminders";
import { indicatorItems } from "@/db/queries/strategy/indicator-reminders";

/**
 * `person`: only the items that are this person's (named on them, or their unit's when nobody is
 * named — `relationTo` in lib/reminders/assign.ts), filtered in SQL; the start page's inbox reads
 * these, never the whole city's. Without it: every item (the digest job, calendars).
 * `notOverdueOnly`: the strategy reads only measures that can have an item due soon or just done
 * (their overdue items are counted in SQL, db/queries/reminders/overview.ts); overdue items of
 * those measures still come along and are the caller's to drop.
 */
export type SourceOptions = { today: string; staleAfterDays: number; lookahead: number; person?: ReminderPerson; notOverdueOnly?: boolean };
export type ReminderPerson = Pick<Person, "id" | "unitId" | "role">;

/** Each area's deadlines, as reminder items. An area adds its source here when its tables land. */
const sources: ((db: Db, options: SourceOptions) => Promise<ReminderItem[]>)[] = [strategyItems, advocacyItems, evaluationItems, fundingItems, roundItems, indicatorItems];

/** Every reminder item in the city (or, with `person`, that person's), derived afresh from the areas' rows. */
export async function allReminderItems(db: Db, options: SourceOptions): Promise<ReminderItem[]> {
  const parts = await Promise.all(sources.map((source) => source(db, options)));
  const items = parts.flat();
  // The large sources filter by person in SQL; the rest (statements) here, by the same rule.
  const person = options.person;
  return person ? items.filter((item) => relationTo(item, person as Person) !== null) : items;
}
