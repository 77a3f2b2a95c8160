import "server-only";
import type { Db } from "../../client";
import type { ReminderItem } from "@/lib/reminders/items";
import { advocacyItems } from "@/db/queries/advocacy/reminders";
import { evaluationItems } from "@/db/queries/evaluation/reminders";
import { fundingItems } from "@/db/queries/funding/reminders";
import { strategyItems } from "@/db/queries/strategy/reminders";
import { roundItems } from "@/db/queries/strategy/rounds-reminders";

export type SourceOptions = { today: string; staleAfterDays: number; lookahead: number };

/** Each area's deadlines, as reminder items. An area adds its source here when its tables land. */
const sources: ((db: Db, options: SourceOptions) => Promise<ReminderItem[]>)[] = [strategyItems, advocacyItems, evaluationItems, fundingItems, roundItems];

/** Every reminder item in the city, derived afresh from the areas' rows. */
export async function allReminderItems(db: Db, options: SourceOptions): Promise<ReminderItem[]> {
  const parts = await Promise.all(sources.map((source) => source(db, options)));
  return parts.flat();
}
