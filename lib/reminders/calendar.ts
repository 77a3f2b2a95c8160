import "server-only";
// use-intl/core (next-intl's own core) works outside React, also under the react-server condition of `npm run reminders`.
import { createTranslator } from "use-intl/core";
import type { Db } from "@/db/client";
import { allReminderItems } from "@/db/queries/reminders/items";
import type { Recipient } from "@/db/queries/reminders/recipients";
import { getPublishedStrategy } from "@/db/queries/strategy/public";
import { env } from "@/lib/env";
import { pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { effectiveEnd, formatFlexibleDate } from "@/lib/strategy/dates";
import { relationTo } from "./assign";
import { buildCalendar, type CalendarEvent } from "./ical";
import { textIn } from "./items";
import type { Translate } from "./describe";
import { appBaseUrl } from "./base-url";
import { addDays, todayInHelsinki } from "@/lib/dates";

/** Feeds reach this far back; everything ahead is included. */
const FEED_HISTORY_DAYS = 365;
const UID_DOMAIN = "advocacy.hel.fi";

async function translators(locale: Locale) {
  const messages = await loadMessages(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "reminders" }) as unknown as Translate,
    tc: createTranslator({ locale, messages, namespace: "calendar" }) as unknown as Translate,
  };
}

/**
 * A person's private feed: the dated deadlines of their own items (the same
 * ones their digest and inbox hold), done ones ticked, in their language.
 */
export async function privateCalendar(db: Db, person: Recipient, now = new Date()): Promise<string> {
  const { STALE_AFTER_DAYS: staleAfterDays, REMINDER_LOOKAHEAD_DAYS: lookahead } = env();
  const today = todayInHelsinki(now);
  const items = await allReminderItems(db, { today, staleAfterDays, lookahead });
  const { t, tc } = await translators(person.locale);
  const base = appBaseUrl();
  const from = addDays(today, -FEED_HISTORY_DAYS);
  const events: CalendarEvent[] = items
    .filter((item) => item.calendar && item.due !== null && item.due >= from && relationTo(item, person) !== null)
    .sort((a, b) => (a.due ?? "").localeCompare(b.due ?? "") || a.key.localeCompare(b.key))
    .map((item) => {
      const kind = t(`kind.${item.kind}`);
      const title = textIn(item.title, person.locale);
      const context = textIn(item.context, person.locale);
      const url = `${base}/${person.locale}${item.href}`;
      return {
        uid: `${item.key.replace(":", "-")}@${UID_DOMAIN}`,
        date: item.due as string,
        summary: `${item.done ? "✓ " : ""}${kind}: ${title}`,
        description: [context, `${tc("due")}: ${formatFlexibleDate(item.due, item.duePrecision, person.locale)}`, item.done ? tc("done") : null, url].filter(Boolean).join("\n"),
        url,
        categories: [kind],
      };
    });
  return buildCalendar({ name: tc("privateName"), description: tc("privateDescription", { name: person.name }), events, now });
}

/** The public feed: milestones of published measures, read from the published snapshots only. */
export async function publicCalendar(db: Db, locale: Locale, now = new Date()): Promise<string> {
  const { tc } = await translators(locale);
  const base = appBaseUrl();
  const events: CalendarEvent[] = [];
  for (const period of await getPublishedStrategy(db)) {
    for (const goal of period.goals) {
      for (const measure of goal.measures) {
        for (const m of measure.milestones ?? []) {
          if (!m.dueDate || m.state === "cancelled") continue;
          const url = `${base}/${locale}/measures/${measure.id}`;
          events.push({
            uid: `public-milestone-${m.id}@${UID_DOMAIN}`,
            date: effectiveEnd(m.dueDate, m.duePrecision),
            summary: `${m.state === "done" ? "✓ " : ""}${pick(m.title, locale)}`,
            description: [pick(measure.title, locale), `${tc("due")}: ${formatFlexibleDate(m.dueDate, m.duePrecision, locale)}`, m.state === "done" ? tc("done") : null, url].filter(Boolean).join("\n"),
            url,
            categories: [tc("milestone")],
          });
        }
      }
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return buildCalendar({ name: tc("publicName"), description: tc("publicDescription"), events, now });
}
