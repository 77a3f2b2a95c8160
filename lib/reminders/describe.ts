import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { textIn, type ItemState, type ReminderItem } from "./items";
import { daysBetween } from "@/lib/dates";

/** A translator over the `reminders` namespace (next-intl's, in a page or in the job). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The words shown for one item, the same in the digest and in the inbox. */
export function describeItem({ item, state }: { item: ReminderItem; state: ItemState }, locale: Locale, today: string, t: Translate) {
  const date = item.due ? formatFlexibleDate(item.due, item.duePrecision, locale) : "";
  let when: string;
  if (state === "done") when = item.doneOn ? t("doneOn", { date: formatFlexibleDate(item.doneOn, "day", locale) }) : t("done");
  else if (item.since) {
    // "No update for a while" reads better from the last update than from an abstract due date.
    const since = { since: formatFlexibleDate(item.since.date, "day", locale), created: item.since.created ? "yes" : "no", date };
    when = state === "overdue" ? t("staleOverdue", { ...since, days: daysBetween(item.due ?? today, today) }) : t("staleDueSoon", since);
  } else if (state === "overdue") when = t("overdueBy", { date, days: daysBetween(item.due ?? today, today) });
  else if (item.due === today) when = t("dueToday", { date });
  else when = t("dueIn", { date, days: daysBetween(today, item.due ?? today) });
  return { kind: t(`kind.${item.kind}`), title: textIn(item.title, locale), context: textIn(item.context, locale) || null, when };
}
