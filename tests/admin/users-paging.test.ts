import { asc } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { pageUsersForAdmin, userSorts, type UserFilters } from "@/db/queries/admin/users";
import { units, users } from "@/db/schema";
import { setupTestDatabase } from "../helpers/db";
import { expectPagedLikeWhole } from "../helpers/paging";

const limits = vi.hoisted(() => [] as number[]);
vi.mock("@/lib/paging", async (importOriginal) => {
  const { recordingPaging } = await import("../helpers/paging");
  return recordingPaging(await importOriginal(), limits);
});

const getDb = setupTestDatabase({ demo: true });
const id = (r: { id: string }) => r.id;

describe("the admin's list of users, paged in SQL", () => {
  it("pages, filters and sorts like the whole list, ties broken the same way on every page, never a password hash", async () => {
    const db = await getDb();
    const [unit] = await db.select({ id: units.id }).from(units).orderBy(asc(units.code)).limit(1);
    // Ties: the same name, the same role, never signed in.
    for (let i = 0; i < 3; i++) await db.insert(users).values({ email: `kaima${i}@example.test`, name: "Kaima Sama", role: "editor", unitId: unit!.id });
    await db.insert(users).values({ email: "odottaja@example.test", name: "Odottava Olli", role: null });
    await db.insert(users).values({ email: "lopettanut@example.test", name: "Lopettanut Leena", role: null, active: false });
    const everyone = await db.select().from(users);
    const filterSets: [UserFilters, (u: (typeof everyone)[number]) => boolean][] = [
      [{}, () => true],
      [{ role: "editor" }, (u) => u.role === "editor"],
      [{ role: "none" }, (u) => u.role === null],
      [{ unitId: unit!.id }, (u) => u.unitId === unit!.id],
      [{ active: "no" }, (u) => !u.active],
      [{ role: "none", active: "yes" }, (u) => u.role === null && u.active],
      [{ q: "EXAMPLE.TEST" }, (u) => u.email.toLowerCase().includes("example.test") || u.name.toLowerCase().includes("example.test")],
      [{ q: "kaima sama" }, (u) => u.name.toLowerCase().includes("kaima sama")],
    ];
    for (const [filters, keep] of filterSets) {
      for (const key of userSorts)
        for (const desc of [false, true]) {
          const rows = await expectPagedLikeWhole((page, size) => pageUsersForAdmin(db, filters, { page, size, sort: { key, desc } }), id, { limits });
          expect(rows.map(id).sort()).toEqual(everyone.filter(keep).map(id).sort());
          for (const r of rows) expect(Object.keys(r)).not.toContain("passwordHash");
        }
    }
    const byName = (await pageUsersForAdmin(db, {}, { page: 1, size: 1000 })).rows.map((r) => r.name.toLowerCase());
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const page = await pageUsersForAdmin(db, { role: "editor" }, { page: 1, size: 1 });
    expect(page.waiting).toBe(everyone.filter((u) => u.role === null && u.active).length);
  });
});
