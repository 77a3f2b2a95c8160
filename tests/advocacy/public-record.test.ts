import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getPublishedAdvocacy, pagePublishedAsks, pagePublishedStatements, publishedAskOutcomes } from "@/db/queries/advocacy/public";
import { listAsks } from "@/db/queries/advocacy/staff";
import { governmentAsks } from "@/db/schema";
import { adoptionByPriority } from "@/lib/advocacy/adoption";
import { ministryText, programmeReferenceText } from "@/lib/advocacy/names";
import { isFallback, pickWithLang } from "@/lib/i18n/localized";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("public advocacy as a record", () => {
  it("every published ask with its real outcome, paged and filtered by outcome in SQL", async () => {
    const db = await getDb();
    const all = await pagePublishedAsks(db, { page: 1, size: 1000 });
    const expected = (await getPublishedAdvocacy(db)).asks;
    expect(all.total).toBe(expected.length);
    expect(new Set(all.rows.map((a) => a.outcome))).toEqual(new Set(["adopted", "partly", "not_adopted", "pending"]));
    // Pages cut the same order in the database.
    const p1 = await pagePublishedAsks(db, { page: 1, size: 3 });
    const p2 = await pagePublishedAsks(db, { page: 2, size: 3 });
    expect([...p1.rows, ...p2.rows].map((a) => a.id)).toEqual(all.rows.slice(0, 6).map((a) => a.id));
    expect(p1.pages).toBe(Math.ceil(all.total / 3));
    const notAdopted = await pagePublishedAsks(db, { page: 1, outcome: "not_adopted" });
    expect(notAdopted.total).toBeGreaterThan(0);
    expect(notAdopted.rows.every((a) => a.outcome === "not_adopted")).toBe(true);
    // An ask that is not public (withdrawn to internal: no snapshot) is not in the record.
    const [one] = all.rows;
    await db.update(governmentAsks).set({ published: null }).where(eq(governmentAsks.id, one!.id));
    expect((await pagePublishedAsks(db, { page: 1, size: 1000 })).rows.map((a) => a.id)).not.toContain(one!.id);
    await db.update(governmentAsks).set({ published: { ...one, id: undefined, isDemo: undefined } }).where(eq(governmentAsks.id, one!.id));
  });

  it("the public adoption rate is the staff register's figure for the same programme (published asks)", async () => {
    const db = await getDb();
    const pub = await publishedAskOutcomes(db);
    expect(pub.year).toBe(2023);
    expect(pub.years).toEqual([2027, 2023]);
    const staff = adoptionByPriority(await listAsks(db, { programmeYear: 2023 }));
    const mine = adoptionByPriority(pub.outcomes);
    expect(mine.overall).toEqual(staff.overall);
    // 3 adopted, 2 partly, 2 not adopted: (3 + ½·2) / 7.
    expect(mine.overall.rate).toBeCloseTo(4 / 7, 10);
    expect((await publishedAskOutcomes(db, 2027)).outcomes.every((o) => o.outcome === "pending")).toBe(true);
  });

  it("statements given, newest first, with their dates, paged in SQL", async () => {
    const db = await getDb();
    const page = await pagePublishedStatements(db, { page: 1, size: 1000 });
    expect(page.total).toBe((await getPublishedAdvocacy(db)).statements.length);
    expect(page.rows.every((s) => s.type === "statement" && s.date)).toBe(true);
    const dates = page.rows.map((s) => s.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("ministries and programme references are shown in the page's language; anything unknown stays Finnish and says so", () => {
    expect(pickWithLang(ministryText("Työ- ja elinkeinoministeriö, sisäministeriö"), "sv")).toEqual({ value: "Arbets- och näringsministeriet, Inrikesministeriet", lang: "sv" });
    expect(pickWithLang(ministryText("Valtiovarainministeriö"), "en")).toEqual({ value: "Ministry of Finance", lang: "en" });
    expect(pickWithLang(ministryText("Helsingin seudun liikenne"), "en")).toEqual({ value: "Helsingin seudun liikenne", lang: "fi" });
    expect(pickWithLang(programmeReferenceText("Pääministeri Petteri Orpon hallituksen ohjelma 16.6.2023"), "en").value).toBe("Programme of Prime Minister Petteri Orpo's Government 16.6.2023");
    expect(isFallback(programmeReferenceText("Jokin muu lähde"), "sv")).toBe(true);
    expect(pickWithLang({ fi: "Teksti", sv: "  " }, "sv")).toEqual({ value: "Teksti", lang: "fi" });
    expect(pickWithLang({ fi: "Teksti", sv: "Text" }, "sv")).toEqual({ value: "Text", lang: "sv" });
    expect(pickWithLang(null, "en")).toEqual({ value: "", lang: "en" });
  });
});
