import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/reminders/ical";
import { expectWellFormed } from "./ical-helpers";

describe("iCalendar writer (RFC 5545)", () => {
  const long = "Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025; ääkköset, pilkut ja \\ kenoviiva\nrivinvaihto";
  const ics = buildCalendar({
    name: "Määräajat – testi",
    now: new Date("2026-11-28T10:00:00Z"),
    events: [
      { uid: "milestone-1@advocacy.hel.fi", date: "2026-12-31", summary: long, description: `${long}\n${"€".repeat(60)}`, url: "https://example.test/fi/staff/strategy/measures/1#milestones-heading", categories: ["Välitavoite"] },
      { uid: "report-2@advocacy.hel.fi", date: "2027-01-15", summary: "Lyhyt" },
    ],
  });

  it("writes CRLF lines of at most 75 octets that a real parser reads back exactly", () => {
    expectWellFormed(ics);
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBeTruthy();
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Määräajat – testi");
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [first] = events;
    expect(first!.summary).toBe(long);
    expect(first!.description).toBe(`${long}\n${"€".repeat(60)}`);
    expect(first!.uid).toBe("milestone-1@advocacy.hel.fi");
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe("2026-12-31");
    expect(first!.endDate.toString()).toBe("2027-01-01");
    expect(first!.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-28T10:00:00Z");
    expect(first!.component.getFirstPropertyValue("url")).toBe("https://example.test/fi/staff/strategy/measures/1#milestones-heading");
  });

  it("escapes TEXT values and never splits a UTF-8 character when folding", () => {
    const cal = buildCalendar({ name: "x", now: new Date("2026-11-28T10:00:00Z"), events: [{ uid: "u", date: "2026-12-31", summary: "a;b,c\\d\ne", description: "ä".repeat(100) }] });
    expectWellFormed(cal);
    expect(cal).toContain("SUMMARY:a\\;b\\,c\\\\d\\ne\r\n");
    const lines = cal.split("\r\n");
    const start = lines.findIndex((l) => l.startsWith("DESCRIPTION:"));
    const folded = lines.slice(start, lines.findIndex((l, i) => i > start && !l.startsWith(" ")));
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    // Unfolded, the text is exactly what went in: no character was cut between two lines.
    expect(folded.join("\r\n").replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"ä".repeat(100)}`);
    expect(lines).toContain("UID:u");
  });

  it("an empty calendar is still valid", () => {
    const empty = buildCalendar({ name: "Tyhjä", events: [] });
    expectWellFormed(empty);
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents("vevent")).toEqual([]);
  });
});
