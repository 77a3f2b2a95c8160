import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { renewCalendarFeed, revokeCalendarFeed } from "@/app/[locale]/staff/profile/actions";
import { GET as privateFeed } from "@/app/api/calendar/private/[file]/route";
import { GET as publicFeed } from "@/app/api/calendar/public/[file]/route";
import { calendarFeeds, measures, milestones, users } from "@/db/schema";
import { measureSnapshot } from "@/db/queries/strategy/snapshots";
import { resetEnvCache } from "@/lib/env";
import type { Actor } from "@/lib/permissions";
import { setupTestDatabase } from "../helpers/db";
import { expectWellFormed } from "./ical-helpers";
import { daysFromToday, makeMeasure, makeMilestone, makePerson, tri, uniq } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });
const APP_URL = "https://advocacy.example.test";

beforeAll(() => {
  process.env.APP_URL = APP_URL;
  resetEnvCache();
});

const asActor = (u: { id: string; name: string; email: string; role: string | null; unitId: string | null; locale: "fi" | "sv" | "en" }): Actor => ({ ...u, role: (u.role ?? "public") as Actor["role"] });

async function fetchFeed(path: string) {
  const file = path.split("/").pop()!;
  const handler = path.includes("/private/") ? privateFeed : publicFeed;
  return handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ file }) });
}

function events(ics: string) {
  expectWellFormed(ics);
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

async function newLink(actor: Actor) {
  const result = await renewCalendarFeed.execute(actor, {});
  if (!result.ok) throw new Error(`renew failed: ${result.code}`);
  return result.data.path;
}

describe("private calendar feed", () => {
  it("holds the person's own deadlines, in their language, and opens in a calendar parser", async () => {
    const db = await getDb();
    const mark = uniq("cal");
    const me = await makePerson(db, { role: "editor", unit: "KANS", locale: "en" });
    const mine = await makeMeasure(db, { unit: "KANS", title: tri(mark, "Oma toimenpide", "Egen åtgärd", "My measure"), contacts: [me.id], due: "2027-03-31" });
    const ms = await makeMilestone(db, mine.id, { title: tri(mark, "Luonnos", "Utkast", "Draft"), due: daysFromToday(20) });
    await makeMilestone(db, mine.id, { title: tri(mark, "Kesäkuu", "Juni", "June"), due: "2027-06-01", precision: "month", state: "done" });
    const other = await makeMeasure(db, { unit: "ELKE", title: tri(mark, "Toisen yksikön", "Annan enhets", "Other unit's"), visibility: "internal" });
    await makeMilestone(db, other.id, { title: tri(mark, "Salainen", "Hemlig", "Secret"), due: daysFromToday(10) });

    const path = await newLink(asActor(me));
    expect(path).toMatch(/^\/api\/calendar\/private\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetchFeed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    const list = events(await response.text());
    const byUid = new Map(list.map((e) => [e.uid, e]));

    const milestone = byUid.get(`milestone-${ms.id}@advocacy.hel.fi`);
    expect(milestone?.summary).toBe(`Milestone: Draft ${mark}`);
    expect(milestone?.startDate.isDate).toBe(true);
    expect(milestone?.startDate.toString()).toBe(daysFromToday(20));
    expect(milestone?.component.getFirstPropertyValue("url")).toBe(`${APP_URL}/en/staff/strategy/measures/${mine.id}#milestones-heading`);
    expect(milestone?.description).toContain(`My measure ${mark}`);

    // A month-precision date is due at the end of its month; done items stay in the calendar, ticked.
    const june = list.find((e) => e.summary.includes(`June ${mark}`));
    expect(june?.summary).toBe(`✓ Milestone: June ${mark}`);
    expect(june?.startDate.toString()).toBe("2027-06-30");
    const measureDue = byUid.get(`measure_due-${mine.id}@advocacy.hel.fi`);
    expect(measureDue?.startDate.toString()).toBe("2027-03-31");

    expect(list.some((e) => e.summary.includes(`Secret ${mark}`))).toBe(false);
    // "No update for a while" is a nudge for the digest, not a calendar date.
    expect(list.some((e) => e.uid.startsWith("progress_update-"))).toBe(false);
  });

  it("a revoked link answers 404; a renewed link replaces the old one", async () => {
    const db = await getDb();
    const me = asActor(await makePerson(db, { role: "editor", unit: "KANS" }));
    const first = await newLink(me);
    expect((await fetchFeed(first)).status).toBe(200);

    const second = await newLink(me);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await revokeCalendarFeed.execute(me, {});
    expect(revoked.ok).toBe(true);
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("BEGIN:VCALENDAR");
    expect(await revokeCalendarFeed.execute(me, {})).toMatchObject({ ok: false, code: "not_found" });
  });

  it("only a hash of the token is stored, and unknown or malformed links answer 404", async () => {
    const db = await getDb();
    const me = asActor(await makePerson(db, { role: "editor", unit: "KANS" }));
    const path = await newLink(me);
    const token = path.split("/").pop()!.replace(".ics", "");
    const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, me.id));
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of [`${"A".repeat(43)}.ics`, `${token}.txt`, token, "..%2F..%2Fetc.ics", `${token.slice(0, 42)}.ics`]) {
      expect((await fetchFeed(`/api/calendar/private/${bad}`)).status, bad).toBe(404);
    }
  });

  it("a person who may no longer sign in loses their feed", async () => {
    const db = await getDb();
    const me = asActor(await makePerson(db, { role: "editor", unit: "KANS" }));
    const path = await newLink(me);
    await db.update(users).set({ active: false }).where(eq(users.id, me.id));
    expect((await fetchFeed(path)).status).toBe(404);
  });

  it("signed out, one cannot make or revoke a link", async () => {
    expect(await renewCalendarFeed.execute(null, {})).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await revokeCalendarFeed.execute(null, {})).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("public calendar feed", () => {
  it("lists the milestones of published measures from their snapshots only, in the chosen language", async () => {
    const db = await getDb();
    const mark = uniq("pub");
    const published = await makeMeasure(db, { unit: "KANS", title: tri(mark, "Julkinen", "Offentlig", "Public") });
    const shown = await makeMilestone(db, published.id, { title: tri(mark, "Julkaistu välitavoite", "Publicerat delmål", "Published milestone"), due: "2027-02-15" });
    await db.update(measures).set({ published: measureSnapshot(published, [], [shown]), reviewState: "published" }).where(eq(measures.id, published.id));
    // Added after publishing: a draft until a coordinator publishes it again.
    await makeMilestone(db, published.id, { title: tri(mark, "Luonnos", "Utkast", "Unpublished draft"), due: "2027-03-01" });
    const internal = await makeMeasure(db, { unit: "KANS", title: tri(mark, "Sisäinen", "Intern", "Internal"), visibility: "internal" });
    await makeMilestone(db, internal.id, { title: tri(mark, "Sisäinen välitavoite", "Internt delmål", "Internal milestone"), due: "2027-02-20" });

    for (const [locale, title] of [["fi", "Julkaistu välitavoite"], ["sv", "Publicerat delmål"], ["en", "Published milestone"]] as const) {
      const response = await fetchFeed(`/api/calendar/public/${locale}.ics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      const list = events(text);
      const e = list.find((x) => x.uid === `public-milestone-${shown.id}@advocacy.hel.fi`);
      expect(e?.summary).toBe(`${title} ${mark}`);
      expect(e?.startDate.toString()).toBe("2027-02-15");
      expect(e?.component.getFirstPropertyValue("url")).toBe(`${APP_URL}/${locale}/measures/${published.id}`);
      expect(text).not.toContain(`Unpublished draft ${mark}`);
      expect(text).not.toMatch(new RegExp(`(Sisäinen|Internt|Internal milestone|Luonnos|Utkast) `.concat(mark)));
      expect(text).not.toContain("/staff/");
    }
    // Changing the working copy does not change the public feed until it is published again.
    await db.update(milestones).set({ title: tri(mark, "Muutettu", "Ändrad", "Changed") }).where(eq(milestones.id, shown.id));
    const after = await (await fetchFeed("/api/calendar/public/en.ics")).text();
    expect(after).toContain(`Published milestone ${mark}`);
    expect(after).not.toContain(`Changed ${mark}`);
  });

  it("answers 404 for a language it does not have", async () => {
    expect((await fetchFeed("/api/calendar/public/de.ics")).status).toBe(404);
    expect((await fetchFeed("/api/calendar/public/fi.json")).status).toBe(404);
  });
});
