import type { LocalizedText } from "@/db/schema/common";
import type { Capability } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/routing";
import { pick } from "@/lib/i18n/localized";
import { addDays } from "@/lib/dates";

/**
 * A reminder item: a deadline that needs a person. Items are derived from the
 * areas' own rows on every read (the digest, the inbox, the calendar), never
 * copied, so "done" is always the underlying thing's own state.
 */
export const itemKinds = ["progress_update", "measure_due", "milestone", "report", "audit", "statement", "evaluation", "round_entry", "indicator_value"] as const;
export type ItemKind = (typeof itemKinds)[number];

/** A translatable text, or a plain one where the area stores plain text. */
export type ItemText = LocalizedText | string;

export type ReminderItem = {
  /** `<kind>:<id of the underlying row>`, unique. */
  key: string;
  kind: ItemKind;
  title: ItemText;
  /** What the item belongs to (the measure of a milestone, the project of a report). */
  context: ItemText | null;
  /** The last day it is due on (a month date "06/2022" lasts to the month's end). */
  due: string | null;
  /** Listed as coming up from this day on, however far the deadline (e.g. an evaluation round once it opens); else `lookahead` days before. */
  remindFrom?: string | null;
  /** How to show the due date: month precision shows "06/2022". */
  duePrecision: "day" | "month" | "year";
  done: boolean;
  /** For a progress update: the day of the latest one, or when the measure was created (`sinceCreated`). */
  since?: { date: string; created: boolean } | null;
  /** When it was done, where the area records it. */
  doneOn: string | null;
  /** The form that deals with it, without the locale prefix. */
  href: string;
  /** Who it belongs to: named persons; or, when nobody is named, the responsible unit. */
  owners: { userIds: string[]; unitId: string | null };
  /** The capability one needs to act on it (e.g. strategy.editOwn). */
  capability: Capability;
  /** Internal items never leave the staff side nor go to another unit's people. */
  internal: boolean;
  /** A dated deadline that belongs in calendar feeds (a "no update for a while" nudge does not). */
  calendar: boolean;
};

export type ItemState = "overdue" | "due_soon" | "done";

/** How far back a done item stays visible, and how old a deadline may be for it to count. */
const DONE_SHOWN_DAYS = 14;
const DONE_DUE_WITHIN_DAYS = 365;

/**
 * Where an item stands today: overdue, due within `lookahead` days, or
 * recently done (shown ticked in the inbox). Null: nothing to remind of.
 */
export function classify(item: ReminderItem, today: string, lookahead: number): ItemState | null {
  if (item.done) {
    const recentlyDone = item.doneOn !== null && item.doneOn >= addDays(today, -DONE_SHOWN_DAYS) && (item.due === null || item.due >= addDays(today, -DONE_DUE_WITHIN_DAYS));
    const dueNear = item.due !== null && item.due >= addDays(today, -DONE_SHOWN_DAYS) && item.due <= addDays(today, lookahead);
    return recentlyDone || dueNear ? "done" : null;
  }
  if (!item.due) return null;
  if (item.due < today) return "overdue";
  if (item.due <= addDays(today, lookahead) || (item.remindFrom && item.remindFrom <= today)) return "due_soon";
  return null;
}

export function textIn(text: ItemText | null | undefined, locale: Locale): string {
  if (text === null || text === undefined) return "";
  return typeof text === "string" ? text : pick(text, locale);
}

const stateOrder: Record<ItemState, number> = { overdue: 0, due_soon: 1, done: 2 };

/** Overdue first (oldest first), then coming up (soonest first), then done. */
export function byUrgency<T extends { state: ItemState; item: ReminderItem }>(a: T, b: T): number {
  return stateOrder[a.state] - stateOrder[b.state] || (a.item.due ?? "9999").localeCompare(b.item.due ?? "9999") || a.item.key.localeCompare(b.item.key);
}
