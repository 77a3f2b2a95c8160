import { describe, expect, it } from "vitest";
import { allReminderItems } from "@/db/queries/reminders/items";
import { overdueOverview } from "@/db/queries/reminders/overview";
import { overviewItems, personalItems, relationTo, type Person } from "@/lib/reminders/assign";
import { setupTestDatabase } from "../helpers/db";
import { daysFromToday, makeMeasure, makeMilestone, makePerson, today, tri, uniq } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });
const OPTIONS = { today: today(), staleAfterDays: 90, lookahead: 14 };
const asPerson = (u: { id: string; name: string; email: string; role: string | null; unitId: string | null }): Person => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: (u.role ?? "public") as Person["role"],
  unitId: u.unitId,
  locale: "fi",
});
const keys = (list: { item: { key: string } }[]) => list.map((x) => x.item.key);

describe("the start page reads only what it shows (issue 17)", () => {
  it("a person's items, filtered in SQL, are exactly their items among the whole city's", async () => {
    const db = await getDb();
    const editor = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const named = await makeMeasure(db, { unit: "STRA", title: tri(uniq(), "Nimetty", "Namngiven", "Named"), contacts: [editor.id], due: daysFromToday(-3) });
    const unitOnly = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Yksikön", "Enhetens", "Unit's"), due: daysFromToday(4) });
    await makeMilestone(db, unitOnly.id, { title: tri(uniq(), "Virstanpylväs", "Milstolpe", "Milestone"), due: daysFromToday(-1) });
    const all = await allReminderItems(db, OPTIONS);
    const scoped = await allReminderItems(db, { ...OPTIONS, person: editor });
    const expected = all.filter((item) => relationTo(item, editor) !== null);
    expect(scoped.map((x) => x.key).sort()).toEqual(expected.map((x) => x.key).sort());
    expect(scoped.length).toBeLessThan(all.length);
    expect(keys(personalItems(editor, scoped, OPTIONS.today, OPTIONS.lookahead))).toEqual(keys(personalItems(editor, all, OPTIONS.today, OPTIONS.lookahead)));
    expect(scoped.map((x) => x.key)).toEqual(expect.arrayContaining([`measure_due:${named.id}`, `measure_due:${unitOnly.id}`]));
    // A role that may not edit measures gets none of them.
    const executive = asPerson(await makePerson(db, { role: "executive", unit: "KANS" }));
    expect((await allReminderItems(db, { ...OPTIONS, person: executive })).filter((x) => x.kind === "measure_due")).toEqual([]);
  });

  it("the city-wide overdue list is counted in SQL and its oldest items are those the whole list starts with", async () => {
    const db = await getDb();
    const coordinator = asPerson(await makePerson(db, { role: "coordinator", unit: "KANS" }));
    const monthly = await makeMeasure(db, { unit: "STRA", title: tri(uniq(), "Kuukausi", "Månad", "Month"), due: daysFromToday(-400) });
    await makeMilestone(db, monthly.id, { title: tri(uniq(), "Vanha", "Gammal", "Old"), due: daysFromToday(-500) });
    const mine = await makeMeasure(db, { unit: "KANS", title: tri(uniq(), "Oma", "Egen", "Own"), contacts: [coordinator.id], due: daysFromToday(-600) });
    const all = await allReminderItems(db, OPTIONS);
    const own = personalItems(coordinator, await allReminderItems(db, { ...OPTIONS, person: coordinator }), OPTIONS.today, OPTIONS.lookahead);
    const ownOverdue = own.filter((x) => x.state === "overdue" && x.item.kind !== "evaluation");
    const exclude = new Set(ownOverdue.map((x) => x.item.key));
    expect(exclude.has(`measure_due:${mine.id}`)).toBe(true);
    const whole = overviewItems(coordinator, all, OPTIONS.today, OPTIONS.lookahead, exclude);
    expect(whole.length).toBeGreaterThan(3);
    for (const limit of [3, 10, 1000]) {
      // The rest of the city (what the coordinator's own list does not show)…
      const others = await overdueOverview(db, OPTIONS, { limit, person: { person: coordinator, scope: "others" } });
      expect(others.count).toBe(whole.length);
      expect(keys(others.items)).toEqual(keys(whole.slice(0, limit)));
      // …and their own overdue items, with how each is theirs.
      const theirs = await overdueOverview(db, OPTIONS, { limit, person: { person: coordinator, scope: "mine" } });
      expect(theirs.count).toBe(ownOverdue.length);
      expect(theirs.items.map((x) => [x.item.key, x.relation])).toEqual(ownOverdue.slice(0, limit).map((x) => [x.item.key, x.relation]));
    }
    const first = (await overdueOverview(db, OPTIONS, { limit: 1000 })).items.find((x) => x.item.key === `measure_due:${monthly.id}`);
    expect(first?.item.due).toBe(whole.find((x) => x.item.key === `measure_due:${monthly.id}`)?.item.due);
    // Items due soon or just done come from the measures that can have them: the same as from all of the person's.
    const near = personalItems(coordinator, await allReminderItems(db, { ...OPTIONS, person: coordinator, notOverdueOnly: true }), OPTIONS.today, OPTIONS.lookahead);
    for (const state of ["due_soon", "done"] as const) {
      expect(keys(near.filter((x) => x.state === state))).toEqual(keys(own.filter((x) => x.state === state)));
    }
  });
});
