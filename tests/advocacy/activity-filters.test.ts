import { describe, expect, it } from "vitest";
import { listActivities } from "@/db/queries/advocacy/staff";
import { activityFilters } from "@/lib/advocacy/filters";
import { setupTestDatabase } from "../helpers/db";
import { newActivity, newPriority } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });
const TODAY = "2026-06-15";

describe("staff list of advocacy actions: filters by outcome and date", () => {
  it("sorts each action under the outcome a user would expect", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    const given = await newActivity(db, p.id, { deadline: "2026-05-01", date: "2026-04-28", outcome: { fi: "Huomioitiin esityksessä" } });
    const due = await newActivity(db, p.id, { deadline: "2026-06-15" }); // the deadline is today: still due
    const overdue = await newActivity(db, p.id, { deadline: "2026-06-14" });
    const declined = await newActivity(db, p.id, { deadline: "2026-06-01", declined: true });
    const meeting = await newActivity(db, p.id, { type: "meeting", deadline: null, date: "2026-03-10", outcome: { fi: "Jatkotapaaminen sovittu" } });
    const ids = async (outcome: string) =>
      (await listActivities(db, { ...activityFilters({ outcome }, TODAY), priorityId: p.id })).map((a) => a.id).sort();
    const sorted = (...rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(await ids("recorded")).toEqual(sorted(given, meeting));
    expect(await ids("none")).toEqual(sorted(due, overdue, declined));
    expect(await ids("given")).toEqual(sorted(given));
    expect(await ids("due")).toEqual(sorted(due));
    expect(await ids("overdue")).toEqual(sorted(overdue));
    expect(await ids("declined")).toEqual(sorted(declined));
    // An unknown value in a hand-edited address is ignored: everything is listed.
    expect(await ids("everything")).toEqual(sorted(given, due, overdue, declined, meeting));
  });

  it("filters by the day an action happened (or, not given yet, its deadline), newest first", async () => {
    const db = await getDb();
    const p = await newPriority(db, "KANS");
    const march = await newActivity(db, p.id, { type: "meeting", deadline: null, date: "2026-03-10" });
    const givenInApril = await newActivity(db, p.id, { deadline: "2026-05-31", date: "2026-04-20" });
    const dueInMay = await newActivity(db, p.id, { deadline: "2026-05-31" });
    const undated = await newActivity(db, p.id, { type: "proposal", deadline: null, date: null });
    const list = async (params: Record<string, string>) =>
      (await listActivities(db, { ...activityFilters(params, TODAY), priorityId: p.id })).map((a) => a.id);
    expect(await list({})).toEqual([dueInMay.id, givenInApril.id, march.id, undated.id]);
    expect(await list({ from: "2026-04-01", to: "2026-04-30" })).toEqual([givenInApril.id]);
    expect(await list({ from: "2026-04-01" })).toEqual([dueInMay.id, givenInApril.id]);
    expect(await list({ to: "2026-03-31" })).toEqual([march.id]);
    // Not a date: ignored rather than an error page.
    expect(await list({ from: "31.13.2026" })).toHaveLength(4);
  });
});
