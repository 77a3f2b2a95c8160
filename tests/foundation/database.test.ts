import bcrypt from "bcryptjs";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { getPublishedStrategy } from "@/db/queries/strategy/public";
import { goals, measures, priorities, users } from "@/db/schema";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("database start-up with demo data", () => {
  it("holds the source page: the period, both goals, nine priorities and the measures", async () => {
    const db = await getDb();
    const tree = await getPublishedStrategy(db);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.name.fi).toBe("Valtuustokausi 2021–2025");
    expect(tree[0]?.goals.map((g) => g.title.fi)).toEqual([
      "Helsingin kaupunki on aktiivinen kansainvälinen toimija",
      "Helsinki on aktiivinen valtakunnallinen vaikuttaja",
    ]);
    expect(tree[0]?.goals.map((g) => g.priorities.length)).toEqual([5, 4]);
    const allMeasures = tree[0]!.goals.flatMap((g) => g.measures);
    const guidelines = allMeasures.find((m) => m.title.fi.startsWith("Kansainvälisen toiminnan linjausten"));
    expect(guidelines).toMatchObject({ dueDate: "2022-06-01", duePrecision: "month" });
    expect(allMeasures.find((m) => m.title.fi === "EU-edunvalvonnan painopisteiden päivitys")).toMatchObject({ dueDate: "2022-05-01" });
    expect(allMeasures.some((m) => m.title.fi.includes("verkostojen kartoitus"))).toBe(true);
    expect(allMeasures.some((m) => m.title.fi.includes("2023 eduskuntavaaleja"))).toBe(true);
    expect(allMeasures.some((m) => m.title.fi.startsWith("Sisäinen arviointi"))).toBe(true);
    // Every published text exists in Finnish and Swedish, and in English.
    for (const m of allMeasures) expect(m.title.sv && m.title.en).toBeTruthy();
  });

  it("creates the four demo accounts with the demo password and their roles", async () => {
    const db = await getDb();
    const rows = await db.select({ email: users.email, role: users.role, hash: users.passwordHash }).from(users);
    expect(rows.map((r) => [r.email, r.role]).sort()).toEqual([
      ["admin@example.com", "admin"],
      ["coordinator@example.com", "coordinator"],
      ["editor@example.com", "editor"],
      ["executive@example.com", "executive"],
    ]);
    for (const r of rows) expect(await bcrypt.compare("helsinki-demo", r.hash ?? "")).toBe(true);
  });

  it("re-opening the database migrates and seeds nothing twice", async () => {
    const db1 = await getDb();
    const [before] = await db1.select({ n: count() }).from(measures);
    await closeDb();
    if (process.env.TEST_DB !== "postgres") {
      // memory:// does not survive a close; the server database does.
      return;
    }
    const db2 = await getDb();
    const [after] = await db2.select({ n: count() }).from(measures);
    expect(after?.n).toBe(before?.n);
    const [g] = await db2.select({ n: count() }).from(goals);
    expect(g?.n).toBe(2);
  });

  it("the public tree never carries internal notes", async () => {
    const db = await getDb();
    await db.update(measures).set({ internalNotes: "SECRET-INTERNAL-NOTE" });
    const tree = await getPublishedStrategy(db);
    expect(JSON.stringify(tree)).not.toContain("SECRET-INTERNAL-NOTE");
    const [p] = await db.select({ n: count() }).from(priorities).where(eq(priorities.reviewState, "published"));
    expect(p?.n).toBe(9);
  });
});
