/**
 * A minimal iCalendar (RFC 5545) writer for deadline feeds: all-day events
 * (DATE values, so no time zone is needed), TEXT escaping, lines folded at
 * 75 octets, CRLF line ends.
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

const PRODID = "-//City of Helsinki//Advocacy and international cooperation workspace//FI";

export function buildCalendar({ name, description, events, now = new Date() }: Calendar): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...(description ? [`X-WR-CALDESC:${escapeText(description)}`] : []),
    // Ask calendar programs to refresh a few times a day.
    "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
    "X-PUBLISHED-TTL:PT6H",
  ];
  for (const ev of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(ev.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(ev.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(ev.date))}`,
      `SUMMARY:${escapeText(ev.summary)}`,
      ...(ev.description ? [`DESCRIPTION:${escapeText(ev.description)}`] : []),
      ...(ev.url ? [`URL:${uriValue(ev.url)}`] : []),
      ...(ev.categories?.length ? [`CATEGORIES:${ev.categories.map(escapeText).join(",")}`] : []),
      ...(ev.lastModified ? [`LAST-MODIFIED:${utcStamp(ev.lastModified)}`] : []),
      // A deadline does not make anyone busy.
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}

/** A URI value is not escaped, but it must not break the line. */
function uriValue(url: string): string {
  return url.replace(/[\r\n]/g, "");
}

/**
 * Fold a content line to at most 75 octets per physical line (RFC 5545 §3.1):
 * continuation lines start with one space; a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function dateValue(iso: string): string {
  return iso.replaceAll("-", "");
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
