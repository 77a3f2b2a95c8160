import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";

/**
 * iCalendar (RFC 5545) deadline feeds through ical-generator: all-day events
 * (DATE values, so no time zone is needed); the library escapes TEXT values,
 * folds lines at 75 octets and ends them with CRLF.
 */

export type CalendarEvent = {
  /** Globally unique and stable across refreshes, so calendars update the event instead of duplicating it. */
  uid: string;
  /** The all-day date, ISO ("2026-06-30"). */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
  /** When the underlying item last changed (LAST-MODIFIED); optional. */
  lastModified?: Date;
};

export type Calendar = { name: string; description?: string; events: CalendarEvent[]; now?: Date };

/** Control characters other than line breaks cannot appear in a TEXT value. */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");

/** A calendar day as a Date at UTC midnight, which ical-generator writes as that DATE. */
const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

export function buildCalendar({ name, description, events, now = new Date() }: Calendar): string {
  const calendar = ical({
    prodId: { company: "City of Helsinki", product: "Advocacy and international cooperation workspace", language: "FI" },
    name: clean(name),
    description: description ? clean(description) : null,
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
    // Ask calendar programs to refresh a few times a day (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    ttl: 6 * 60 * 60,
  });
  for (const ev of events) {
    const start = day(ev.date);
    calendar.createEvent({
      id: ev.uid,
      stamp: now,
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      summary: clean(ev.summary),
      description: ev.description ? clean(ev.description) : null,
      url: ev.url ? ev.url.replace(/[\r\n]/g, "") : null,
      categories: (ev.categories ?? []).map((c) => ({ name: clean(c) })),
      lastModified: ev.lastModified ?? null,
      // A deadline does not make anyone busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
