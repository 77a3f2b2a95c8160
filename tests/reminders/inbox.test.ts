import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveProfile } from "@/app/[locale]/staff/profile/actions";
import { allReminderItems } from "@/db/queries/reminders/items";
import { auditLog, measures, milestones, reminderPreferences, users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { digestContent, personalItems, type Person } from "@/lib/reminders/assign";
import { digestPeriod, isoWeek } from "@/lib/reminders/dates";
import { setupTestDatabase } from "../helpers/db";
import { daysFromToday, makeMeasure, makeMilestone, makePerson, makeUpdate, today, tri, uniq } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });
const LOOKAHEAD = 14;

async function inboxOf(person: Person) {
  const items = await allReminderItems(await getDb(), { today: today(), staleAfterDays: 90, lookahead: LOOKAHEAD });
  return personalItems(person, items, today(), LOOKAHEAD);
}
const stateOf = (list: Awaited<ReturnType<typeof inboxOf>>, key: string) => list.find((x) => x.item.key === key)?.state ?? null;
const asPerson = (u: typeof users.$inferSelect): Person => ({ id: u.id, name: u.name, email: u.email, role: u.role ?? "public", unitId: u.unitId, locale: u.locale });

describe("the inbox is derived from the things themselves", () => {
  it("a milestone moves from overdue to done when it is marked done, with no copy to update", async () => {
    const db = await getDb();
    const me = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const m = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Mitta", "Mått", "Measure"), contacts: [me.id] });
    const late = await makeMilestone(db, m.id, { title: tri(uniq(), "Myöhässä", "Försenat", "Late"), due: daysFromToday(-2) });
    const soon = await makeMilestone(db, m.id, { title: tri(uniq(), "Pian", "Snart", "Soon"), due: daysFromToday(3) });
    const far = await makeMilestone(db, m.id, { title: tri(uniq(), "Kaukana", "Långt bort", "Far"), due: daysFromToday(60) });
    let inbox = await inboxOf(me);
    expect(stateOf(inbox, `milestone:${late.id}`)).toBe("overdue");
    expect(stateOf(inbox, `milestone:${soon.id}`)).toBe("due_soon");
    expect(stateOf(inbox, `milestone:${far.id}`)).toBeNull();

    await db.update(milestones).set({ state: "done", updatedAt: new Date() }).where(eq(milestones.id, late.id));
    inbox = await inboxOf(me);
    expect(stateOf(inbox, `milestone:${late.id}`)).toBe("done");
    // Done items are the inbox's; the digest lists only what still needs doing.
    const digest = digestContent(me, await allReminderItems(db, { today: today(), staleAfterDays: 90, lookahead: LOOKAHEAD }), today(), LOOKAHEAD);
    expect(digest.mine.map((x) => x.item.key)).not.toContain(`milestone:${late.id}`);
    expect(digest.mine.map((x) => x.item.key)).toContain(`milestone:${soon.id}`);
  });

  it("a stale measure is done once a progress update is written", async () => {
    const db = await getDb();
    const me = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const m = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Vanha", "Gammal", "Old"), contacts: [me.id], createdDaysAgo: 120 });
    expect(stateOf(await inboxOf(me), `progress_update:${m.id}`)).toBe("overdue");
    await makeUpdate(db, m.id, 0);
    expect(stateOf(await inboxOf(me), `progress_update:${m.id}`)).toBe("done");
  });

  it("a completed measure's deadline is done; a cancelled milestone is not a reminder", async () => {
    const db = await getDb();
    const me = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const m = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Valmis", "Klar", "Finished"), contacts: [me.id], due: daysFromToday(-5) });
    const cancelled = await makeMilestone(db, m.id, { title: tri(uniq(), "Peruttu", "Inställt", "Cancelled"), due: daysFromToday(-1), state: "cancelled" });
    expect(stateOf(await inboxOf(me), `measure_due:${m.id}`)).toBe("overdue");
    expect(stateOf(await inboxOf(me), `milestone:${cancelled.id}`)).toBeNull();
    await db.update(measures).set({ status: "completed", updatedAt: new Date() }).where(eq(measures.id, m.id));
    const inbox = await inboxOf(me);
    expect(stateOf(inbox, `measure_due:${m.id}`)).toBe("done");
    expect(stateOf(inbox, `progress_update:${m.id}`)).toBeNull();
  });
});

describe("whose items they are", () => {
  it("named contacts get an item; when nobody is named the unit's editors do; other units and executives do not", async () => {
    const db = await getDb();
    const contact = asPerson(await makePerson(db, { role: "editor", unit: "ELKE" }));
    const kansEditor = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const elkeEditor = asPerson(await makePerson(db, { role: "editor", unit: "ELKE" }));
    const kansExecutive = asPerson(await makePerson(db, { role: "executive", unit: "KANS" }));
    const named = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Nimetty", "Namngiven", "Named"), contacts: [contact.id], createdDaysAgo: 100, visibility: "internal" });
    const unnamed = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Nimeämätön", "Utan namn", "Unnamed"), createdDaysAgo: 100, visibility: "internal" });
    const keys = async (p: Person) => (await inboxOf(p)).map((x) => x.item.key);

    expect(await keys(contact)).toContain(`progress_update:${named.id}`);
    expect(await keys(contact)).not.toContain(`progress_update:${unnamed.id}`);
    expect(await keys(kansEditor)).toContain(`progress_update:${unnamed.id}`);
    expect(await keys(kansEditor)).not.toContain(`progress_update:${named.id}`);
    expect((await inboxOf(kansEditor)).find((x) => x.item.key === `progress_update:${unnamed.id}`)?.relation).toBe("unit");
    expect(await keys(elkeEditor)).not.toContain(`progress_update:${unnamed.id}`);
    expect(await keys(elkeEditor)).not.toContain(`progress_update:${named.id}`);
    expect(await keys(kansExecutive)).not.toContain(`progress_update:${unnamed.id}`);
  });

  it("coordinators get everything overdue across the city in their digest; editors never do", async () => {
    const db = await getDb();
    const coordinator = asPerson(await makePerson(db, { role: "coordinator", unit: "STRA" }));
    const editor = asPerson(await makePerson(db, { role: "editor", unit: "STRA" }));
    const elke = await makeMeasure(db, { unit: "ELKE", title: tri(uniq(), "ELKE", "ELKE", "ELKE"), due: daysFromToday(-1), visibility: "internal" });
    const items = await allReminderItems(db, { today: today(), staleAfterDays: 90, lookahead: LOOKAHEAD });
    expect(digestContent(coordinator, items, today(), LOOKAHEAD).overview.map((x) => x.item.key)).toContain(`measure_due:${elke.id}`);
    expect(digestContent(editor, items, today(), LOOKAHEAD).overview).toEqual([]);
  });
});

describe("digest periods", () => {
  it("are ISO weeks for weekly readers and days for daily readers", () => {
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
    expect(isoWeek("2026-11-28")).toBe("2026-W48");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(isoWeek("2026-11-30")).toBe("2026-W49");
    expect(digestPeriod("daily", "2026-11-28")).toBe("2026-11-28");
    expect(digestPeriod("weekly", "2026-11-29")).toBe(digestPeriod("weekly", "2026-11-23"));
  });
});

describe("the settings page's save", () => {
  const asActor = (u: typeof users.$inferSelect): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role ?? "public", unitId: u.unitId, locale: u.locale });

  it("stores one's language and frequency with a history record, and refuses a stale form", async () => {
    const db = await getDb();
    const u = await makePerson(db, { role: "editor", unit: "KANS" });
    const result = await saveProfile.execute(asActor(u), { version: String(u.version), locale: "en", frequency: "none" });
    expect(result).toMatchObject({ ok: true, data: { locale: "en", version: u.version + 1 } });
    const [after] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, u.id));
    const [pref] = await db.select().from(reminderPreferences).where(eq(reminderPreferences.userId, u.id));
    expect(after!.locale).toBe("en");
    expect(pref!.frequency).toBe("none");
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, u.id), eq(auditLog.action, "preferences")));
    expect(entry).toMatchObject({ before: { locale: "fi", frequency: "weekly" }, after: { locale: "en", frequency: "none" } });

    const stale = await saveProfile.execute(asActor(u), { version: String(u.version), locale: "sv", frequency: "daily" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const [still] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, u.id));
    expect(still!.locale).toBe("en");
  });

  it("refuses an unknown language or frequency next to the field, changing nothing", async () => {
    const db = await getDb();
    const u = await makePerson(db, { role: "editor", unit: "KANS" });
    const result = await saveProfile.execute(asActor(u), { version: String(u.version), locale: "de", frequency: "hourly" });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(Object.keys(result.fields ?? {}).sort()).toEqual(["frequency", "locale"]);
    expect(await db.select().from(reminderPreferences).where(eq(reminderPreferences.userId, u.id))).toEqual([]);
  });
});
