import { asc, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renewCalendarFeed } from "@/app/[locale]/staff/profile/actions";
import { GET as privateFeed } from "@/app/api/calendar/private/[file]/route";
import { allReminderItems } from "@/db/queries/reminders/items";
import { advocacyActivities, euProjectAudits, euProjectReports, euProjects, evaluationRespondents, evaluationRounds, fundingProgrammes, priorities, units, users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { digestContent, personalItems, type Person } from "@/lib/reminders/assign";
import { setupTestDatabase } from "../helpers/db";
import { daysFromToday, makePerson, today, tri, uniq } from "./fixtures";

/** The other areas' deadlines reach the same inbox, digest and calendar: statements and evaluation rounds. */
const getDb = setupTestDatabase({ demo: true });
const LOOKAHEAD = 14;
const asPerson = (u: typeof users.$inferSelect): Person & Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role ?? "public", unitId: u.unitId, locale: u.locale });

async function items() {
  return allReminderItems(await getDb(), { today: today(), staleAfterDays: 90, lookahead: LOOKAHEAD });
}
const stateOf = async (p: Person, key: string) => personalItems(p, await items(), today(), LOOKAHEAD).find((x) => x.item.key === key)?.state ?? null;

/** A priority led by the unit (statements belong to priorities). */
async function priorityOf(unitCode: string) {
  const db = await getDb();
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
  const [p] = await db.select({ id: priorities.id }).from(priorities).where(eq(priorities.responsibleUnitId, u!.id)).orderBy(asc(priorities.sortOrder)).limit(1);
  return p!.id;
}

async function statement(values: { unit: string; deadline: string; responsibleUserId?: string | null; title: ReturnType<typeof tri>; visibility?: "public" | "internal" }) {
  const db = await getDb();
  const [row] = await db
    .insert(advocacyActivities)
    .values({ type: "statement", priorityId: await priorityOf(values.unit), title: values.title, deadline: values.deadline, ministry: "Valtiovarainministeriö", responsibleUserId: values.responsibleUserId ?? null, visibility: values.visibility ?? "public" })
    .returning();
  return row!;
}

describe("consultation deadlines of statements", () => {
  it("go to the responsible person, and are done once the statement is given or declined", async () => {
    const db = await getDb();
    const me = asPerson(await makePerson(db, { role: "editor", unit: "STRA" }));
    const soon = await statement({ unit: "KANS", deadline: daysFromToday(4), responsibleUserId: me.id, title: tri(uniq(), "Lausunto", "Utlåtande", "Statement") });
    const late = await statement({ unit: "KANS", deadline: daysFromToday(-2), responsibleUserId: me.id, title: tri(uniq(), "Myöhässä", "Försenat", "Late") });
    expect(await stateOf(me, `statement:${soon.id}`)).toBe("due_soon");
    expect(await stateOf(me, `statement:${late.id}`)).toBe("overdue");
    const item = (await items()).find((i) => i.key === `statement:${soon.id}`);
    expect(item).toMatchObject({ href: `/staff/advocacy/activities/${soon.id}`, context: "Valtiovarainministeriö" });

    await db.update(advocacyActivities).set({ date: today() }).where(eq(advocacyActivities.id, soon.id));
    await db.update(advocacyActivities).set({ declined: true }).where(eq(advocacyActivities.id, late.id));
    expect(await stateOf(me, `statement:${soon.id}`)).toBe("done");
    expect(["done", null]).toContain(await stateOf(me, `statement:${late.id}`));
    const digest = digestContent(me, await items(), today(), LOOKAHEAD);
    expect(digest.mine.map((x) => x.item.key)).not.toContain(`statement:${late.id}`);
  });

  it("with nobody responsible they go to the unit that leads the priority, never to another unit", async () => {
    const db = await getDb();
    const kans = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const elke = asPerson(await makePerson(db, { role: "editor", unit: "ELKE" }));
    const s = await statement({ unit: "KANS", deadline: daysFromToday(5), title: tri(uniq(), "Sisäinen lausunto", "Internt utlåtande", "Internal statement"), visibility: "internal" });
    expect(await stateOf(kans, `statement:${s.id}`)).toBe("due_soon");
    expect(await stateOf(elke, `statement:${s.id}`)).toBeNull();
  });
});

describe("evaluation rounds", () => {
  it("wait for each respondent until they submit; the closing date is in their calendar", async () => {
    const db = await getDb();
    const mark = uniq("eval");
    const respondent = asPerson(await makePerson(db, { role: "executive", unit: "STRA", locale: "en" }));
    const other = asPerson(await makePerson(db, { role: "editor", unit: "STRA" }));
    const [round] = await db
      .insert(evaluationRounds)
      .values({ name: tri(mark, "Arviointi", "Utvärdering", "Evaluation"), opensOn: daysFromToday(-1), closesOn: daysFromToday(10), status: "open" })
      .returning();
    const [r] = await db.insert(evaluationRespondents).values({ roundId: round!.id, userId: respondent.id }).returning();
    const key = `evaluation:${r!.id}`;
    expect(await stateOf(respondent, key)).toBe("due_soon");
    expect(await stateOf(other, key)).toBeNull();
    expect((await items()).find((i) => i.key === key)?.href).toBe(`/staff/evaluations/${round!.id}/answer`);

    const link = await renewCalendarFeed.execute(respondent, {});
    if (!link.ok) throw new Error("no link");
    const file = link.data.path.split("/").pop()!;
    const ics = await (await privateFeed(new Request(`http://localhost${link.data.path}`), { params: Promise.resolve({ file }) })).text();
    const event = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.summary.includes(mark));
    expect(event?.summary).toBe(`Evaluation round: Evaluation ${mark}`);
    expect(event?.startDate.toString()).toBe(daysFromToday(10));

    await db.update(evaluationRespondents).set({ status: "submitted", submittedAt: new Date() }).where(eq(evaluationRespondents.id, r!.id));
    expect(await stateOf(respondent, key)).toBe("done");
  });

  it("an open round is waiting from the day it opens, even when it closes weeks later", async () => {
    const db = await getDb();
    const respondent = asPerson(await makePerson(db, { role: "executive", unit: "STRA" }));
    const [round] = await db.insert(evaluationRounds).values({ name: tri(uniq(), "Pitkä", "Lång", "Long"), opensOn: daysFromToday(-1), closesOn: daysFromToday(45), status: "open" }).returning();
    const [r] = await db.insert(evaluationRespondents).values({ roundId: round!.id, userId: respondent.id }).returning();
    expect(await stateOf(respondent, `evaluation:${r!.id}`)).toBe("due_soon");
    expect(digestContent(respondent, await items(), today(), LOOKAHEAD).mine.map((x) => x.item.key)).toContain(`evaluation:${r!.id}`);
  });

  it("a draft round reminds nobody, and who has not answered stays out of the coordinators' city-wide list", async () => {
    const db = await getDb();
    const respondent = asPerson(await makePerson(db, { role: "editor", unit: "STRA" }));
    const coordinator = asPerson(await makePerson(db, { role: "coordinator", unit: "STRA" }));
    const [draft] = await db.insert(evaluationRounds).values({ name: tri(uniq(), "Luonnos", "Utkast", "Draft"), opensOn: daysFromToday(1), closesOn: daysFromToday(5), status: "draft" }).returning();
    const [late] = await db.insert(evaluationRounds).values({ name: tri(uniq(), "Myöhässä", "Sen", "Late"), opensOn: daysFromToday(-20), closesOn: daysFromToday(-1), status: "open" }).returning();
    const [d] = await db.insert(evaluationRespondents).values({ roundId: draft!.id, userId: respondent.id }).returning();
    const [l] = await db.insert(evaluationRespondents).values({ roundId: late!.id, userId: respondent.id }).returning();
    expect(await stateOf(respondent, `evaluation:${d!.id}`)).toBeNull();
    expect(await stateOf(respondent, `evaluation:${l!.id}`)).toBe("overdue");
    expect(digestContent(coordinator, await items(), today(), LOOKAHEAD).overview.map((x) => x.item.key)).not.toContain(`evaluation:${l!.id}`);
  });
});

describe("EU project reports and audit follow-ups", () => {
  async function project(values: { unit: string; contactId?: string | null }) {
    const db = await getDb();
    const [programme] = await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).limit(1);
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, values.unit));
    const mark = uniq("eu");
    const [p] = await db
      .insert(euProjects)
      .values({ externalId: mark, name: tri(mark, "Hanke", "Projekt", "Project"), acronym: "TESTEU", programmeId: programme!.id, responsibleUnitId: u!.id, contactId: values.contactId ?? null })
      .returning();
    return p!;
  }

  it("go to the project's contact person and are done once the report is submitted or the follow-up closed", async () => {
    const db = await getDb();
    const me = asPerson(await makePerson(db, { role: "editor", unit: "STRA", locale: "sv" }));
    const p = await project({ unit: "KANS", contactId: me.id });
    const [report] = await db.insert(euProjectReports).values({ projectId: p.id, title: "Väliraportti 1", dueDate: daysFromToday(6) }).returning();
    const [audit] = await db.insert(euProjectAudits).values({ projectId: p.id, auditor: "Tilintarkastus Oy", auditDate: daysFromToday(-60), followUpDue: daysFromToday(-3) }).returning();
    expect(await stateOf(me, `report:${report!.id}`)).toBe("due_soon");
    expect(await stateOf(me, `audit:${audit!.id}`)).toBe("overdue");
    const item = (await items()).find((i) => i.key === `report:${report!.id}`);
    expect(item).toMatchObject({ href: `/staff/funding/projects/${p.id}#reports-title`, context: { sv: `TESTEU – ${p.name.sv}` } });

    await db.update(euProjectReports).set({ submittedOn: today() }).where(eq(euProjectReports.id, report!.id));
    await db.update(euProjectAudits).set({ followUpStatus: "closed", updatedAt: new Date() }).where(eq(euProjectAudits.id, audit!.id));
    expect(await stateOf(me, `report:${report!.id}`)).toBe("done");
    expect(await stateOf(me, `audit:${audit!.id}`)).toBe("done");
  });

  it("with no contact person the responsible unit's editors get them, and coordinators see the overdue ones city-wide", async () => {
    const db = await getDb();
    const kans = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const elke = asPerson(await makePerson(db, { role: "editor", unit: "ELKE" }));
    const coordinator = asPerson(await makePerson(db, { role: "coordinator", unit: "STRA" }));
    const p = await project({ unit: "KANS" });
    const [late] = await db.insert(euProjectReports).values({ projectId: p.id, title: "Loppuraportti", dueDate: daysFromToday(-10) }).returning();
    expect(await stateOf(kans, `report:${late!.id}`)).toBe("overdue");
    expect(await stateOf(elke, `report:${late!.id}`)).toBeNull();
    expect(digestContent(coordinator, await items(), today(), LOOKAHEAD).overview.map((x) => x.item.key)).toContain(`report:${late!.id}`);
  });
});
