import { asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createIndicator, updateIndicator } from "@/app/[locale]/staff/strategy/indicators/actions";
import { euByYear, portfolioFigures } from "@/db/queries/funding/portfolio";
import { allReminderItems } from "@/db/queries/reminders/items";
import { getPublicIndicator } from "@/db/queries/strategy/public-detail";
import { getIndicatorForStaff } from "@/db/queries/strategy/staff-indicators";
import { loadPublicStrategy } from "@/db/queries/public/strategy";
import { advocacyActivities, euProjects, fundingProgrammes, indicators, networkRoles, networks, priorities, strategyPeriods, units } from "@/db/schema";
import { todayInHelsinki } from "@/lib/dates";
import { digestContent, personalItems, type Person } from "@/lib/reminders/assign";
import { addMonths } from "@/lib/strategy/indicator-due";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { makePerson, uniq } from "../reminders/fixtures";

/** Indicators: source, baseline and due day; computed values; the overdue reminder. */
const getDb = setupTestDatabase({ demo: true });

async function period() {
  const db = await getDb();
  const [p] = await db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
  return p!;
}
async function unitId(code: string) {
  const [u] = await (await getDb()).select({ id: units.id }).from(units).where(eq(units.code, code));
  return u!.id;
}
const form = async (extra: Record<string, unknown>) => ({
  periodId: (await period()).id,
  titleFi: uniq("Mittari"),
  titleSv: "Indikator",
  titleEn: "Indicator",
  unitFi: "euroa",
  unitSv: "euro",
  unitEn: "euros",
  decimals: "0",
  responsibleUnitId: await unitId("ELKE"),
  visibility: "public",
  ...extra,
});

describe("indicator source, baseline and due day", () => {
  it("are saved, versioned and audited; a missing baseline stays null (not 0); wrong combinations are refused by field", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const created = await createIndicator.execute(coordinator, await form({ source: "external", sourceName: "Tilastokeskus", sourceUrl: "https://stat.fi/x", direction: "up", nextDueDate: "28.2.2027" }));
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    const [row] = await db.select().from(indicators).where(eq(indicators.id, id));
    expect(row).toMatchObject({ source: "external", sourceName: "Tilastokeskus", sourceUrl: "https://stat.fi/x", direction: "up", nextDueDate: "2027-02-28", baselineValue: null, baselineDate: null, cadence: null });

    const bad = async (extra: Record<string, unknown>) => createIndicator.execute(coordinator, await form(extra));
    expect(await bad({ source: "computed" })).toMatchObject({ ok: false, fields: { computation: [{ key: "errors.required" }] } });
    expect(await bad({ source: "computed", computation: "noSuchThing" })).toMatchObject({ ok: false, fields: { computation: [{ key: "errors.required" }] } });
    expect(await bad({ source: "external" })).toMatchObject({ ok: false, fields: { sourceName: [{ key: "errors.required" }] } });
    expect(await bad({ baselineValue: "12" })).toMatchObject({ ok: false, fields: { baselineDate: [{ key: "errors.required" }] } });
    expect(await bad({ nextDueDate: "1.3.2027", cadence: "yearly" })).toMatchObject({ ok: false, fields: { cadence: [{ key: "errors.dueDayOrCadence" }] } });
    expect(await bad({ direction: "sideways" })).toMatchObject({ ok: false, fields: { direction: expect.anything() } });

    // A baseline of 0 is a real zero, kept as such; an edit with an old version is a conflict.
    const base = { id, version: String(row!.version), ...(await form({})), source: "manual", baselineValue: "0", baselineDate: "31.12.2020", cadence: "yearly" };
    delete (base as Record<string, unknown>).periodId;
    const saved = await updateIndicator.execute(coordinator, base);
    expect(saved.ok).toBe(true);
    const [after] = await db.select().from(indicators).where(eq(indicators.id, id));
    expect(after).toMatchObject({ baselineValue: "0.0000", baselineDate: "2020-12-31", cadence: "yearly", sourceName: null, sourceUrl: null });
    expect(await updateIndicator.execute(coordinator, { ...base, titleFi: uniq("Toinen") })).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("computed indicators", () => {
  it("EU money secured per year equals the portfolio's own per-year figure; unknown money is counted apart; the public counts only published projects", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const p = await period();
    const created = await createIndicator.execute(coordinator, await form({ source: "computed", computation: "euSecuredPerYear", intent: "publish" }));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;

    // A secured project with its EU share not known, starting in the period's first year (a working copy, not published).
    const [programme] = await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).limit(1);
    await db.insert(euProjects).values({ externalId: uniq("X"), name: { fi: uniq("Hanke") }, programmeId: programme!.id, status: "granted", startDate: `${p.startYear}-03-01`, euContributionCents: null });

    const staff = await getIndicatorForStaff(db, id);
    const figures = await portfolioFigures(db, todayInHelsinki());
    expect(staff!.computedValues!.length).toBeGreaterThan(0);
    for (const v of staff!.computedValues!) {
      const bucket = figures.byYear.find((b) => b.key === v.date.slice(0, 4));
      expect(v.value).toBe(((bucket?.euCents ?? 0) / 100).toFixed(2));
      expect(v.unknown).toBe(bucket?.unknown ?? 0);
    }
    const first = staff!.computedValues!.find((v) => v.date === `${p.startYear}-12-31`)!;
    expect(first.unknown).toBeGreaterThanOrEqual(1);

    // Public: the same query over published snapshots only; the draft project is not in it.
    const pub = await getPublicIndicator(db, id);
    const publicBuckets = await euByYear(db, "public");
    const pubFirst = pub!.indicator.values.find((v) => v.date === `${p.startYear}-12-31`) as { value: string; unknown?: number };
    const pubBucket = publicBuckets.find((b) => b.key === String(p.startYear));
    expect(pubFirst.value).toBe(((pubBucket?.euCents ?? 0) / 100).toFixed(2));
    expect(pubFirst.unknown).toBe(pubBucket?.unknown ?? 0);
    expect(pubFirst.unknown).toBe(first.unknown - 1);
    // The open data reads the same list.
    const strategy = await loadPublicStrategy(db);
    expect(strategy.indicators.find((i) => i.id === id)?.values).toEqual(pub!.indicator.values);
  });

  it("statements given per year and networks where Helsinki holds a role count the app's rows; public: published ones only", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const p = await period();
    const year = p.startYear + 1;
    const mk = async (computation: string) => (await createIndicator.execute(coordinator, await form({ source: "computed", computation, unitFi: "kpl", intent: "publish" }))) as { ok: true; data: { id: string } };
    const st = await mk("statementsPerYear");
    const nw = await mk("networksWithRole");
    const valueIn = async (id: string, scope: "staff" | "public") => {
      const values = scope === "staff" ? (await getIndicatorForStaff(db, id))!.computedValues! : ((await getPublicIndicator(db, id))!.indicator.values as { date: string; value: string; unknown?: number }[]);
      return values.find((v) => v.date === `${year}-12-31`)!;
    };
    const before = { st: await valueIn(st.data.id, "staff"), stPub: await valueIn(st.data.id, "public"), nw: await valueIn(nw.data.id, "staff"), nwPub: await valueIn(nw.data.id, "public") };

    const [priority] = await db.select({ id: priorities.id }).from(priorities).limit(1);
    await db.insert(advocacyActivities).values({ type: "statement", priorityId: priority!.id, title: { fi: uniq("Lausunto") }, date: `${year}-05-05` });
    await db.insert(advocacyActivities).values({ type: "statement", priorityId: priority!.id, title: { fi: uniq("Ei annettu") }, date: null, deadline: `${year}-05-05` });
    const [net] = await db.insert(networks).values({ name: { fi: uniq("Verkosto") }, type: "city_network", status: "member", statusSince: "2001-01-01" }).returning();
    await db.insert(networkRoles).values({ networkId: net!.id, title: { fi: "Puheenjohtaja" }, startDate: `${year - 3}-01-01`, endDate: `${year}-02-01` });
    const [net2] = await db.insert(networks).values({ name: { fi: uniq("Verkosto") }, type: "city_network", status: "member", statusSince: "2001-01-01" }).returning();
    await db.insert(networkRoles).values({ networkId: net2!.id, title: { fi: "Jäsen" }, startDate: null });

    expect(Number((await valueIn(st.data.id, "staff")).value)).toBe(Number(before.st.value) + 1);
    expect(await valueIn(st.data.id, "public")).toEqual(before.stPub);
    const nwAfter = await valueIn(nw.data.id, "staff");
    expect(Number(nwAfter.value)).toBe(Number(before.nw.value) + 1);
    // The role whose start is not known is counted apart, not as a role held.
    expect(nwAfter.unknown).toBe((before.nw.unknown ?? 0) + 1);
    expect(await valueIn(nw.data.id, "public")).toEqual(before.nwPub);
  });
});

describe("next value due → the digest", () => {
  afterEach(() => vi.useRealTimers());
  const asPerson = (u: { id: string; name: string; email: string; role: string | null; unitId: string | null; locale: "fi" | "sv" | "en" }): Person => ({ ...u, role: (u.role ?? "public") as Person["role"] });

  it("an indicator whose next value was due yesterday (Helsinki day) reaches its unit's digest, also late in the evening after the DST change", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const mine = asPerson(await makePerson(db, { role: "editor", unit: "ELKE" }));
    const other = asPerson(await makePerson(db, { role: "editor", unit: "KANS" }));
    const dueToday = ((await createIndicator.execute(coordinator, await form({ nextDueDate: "2026-10-25" }))) as { data: { id: string } }).data.id;
    const dueYesterday = ((await createIndicator.execute(coordinator, await form({ nextDueDate: "2026-10-24" }))) as { data: { id: string } }).data.id;
    const computed = ((await createIndicator.execute(coordinator, await form({ source: "computed", computation: "statementsPerYear" }))) as { data: { id: string } }).data.id;

    // 21:30 UTC on the day summer time ended is 23:30 in Helsinki (UTC+2): still 25 October.
    vi.useFakeTimers({ now: new Date("2026-10-25T21:30:00Z"), toFake: ["Date"], shouldAdvanceTime: true });
    const today = todayInHelsinki();
    expect(today).toBe("2026-10-25");
    const items = await allReminderItems(db, { today, staleAfterDays: 90, lookahead: 14 });
    const state = (p: Person, id: string) => personalItems(p, items, today, 14).find((x) => x.item.key === `indicator_value:${id}`)?.state ?? null;
    expect(state(mine, dueYesterday)).toBe("overdue");
    expect(state(mine, dueToday)).toBe("due_soon");
    expect(state(other, dueYesterday)).toBeNull();
    expect(items.some((i) => i.key === `indicator_value:${computed}`)).toBe(false);
    const digest = digestContent(mine as Person, items, today, 14);
    expect(digest.mine.map((x) => x.item.key)).toContain(`indicator_value:${dueYesterday}`);
    // The person's own read (filtered in SQL) gives the same.
    const own = await allReminderItems(db, { today, staleAfterDays: 90, lookahead: 14, person: mine });
    expect(own.map((i) => i.key)).toContain(`indicator_value:${dueYesterday}`);
    expect(own.map((i) => i.key)).not.toContain(`indicator_value:${computed}`);

    // An hour later it is 26 October in Helsinki: the one due on the 25th is overdue too.
    vi.setSystemTime(new Date("2026-10-25T22:30:00Z"));
    const later = todayInHelsinki();
    expect(later).toBe("2026-10-26");
    const items2 = await allReminderItems(db, { today: later, staleAfterDays: 90, lookahead: 14 });
    expect(personalItems(mine, items2, later, 14).find((x) => x.item.key === `indicator_value:${dueToday}`)?.state).toBe("overdue");
  });

  it("a cadence counts from the latest value's date; a newer value moves it on", async () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2025-12-31", 12)).toBe("2026-12-31");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const id = ((await createIndicator.execute(coordinator, await form({ cadence: "quarterly", baselineValue: "5", baselineDate: "2026-01-15" }))) as { data: { id: string } }).data.id;
    const item = async () => (await allReminderItems(db, { today: "2026-06-01", staleAfterDays: 90, lookahead: 14 })).find((i) => i.key === `indicator_value:${id}`);
    expect((await item())?.due).toBe("2026-04-15");
    const { savePoint } = await import("@/app/[locale]/staff/strategy/indicators/actions");
    expect((await savePoint.execute(coordinator, { indicatorId: id, kind: "actual", date: "2026-05-31", value: "7" })).ok).toBe(true);
    expect((await item())?.due).toBe("2026-08-31");

  });
});
