import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { searchPublic, searchStaff } from "@/db/queries/public/search";
import { goals, measures, networks } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { renderHtml, renderLocale } from "../helpers/render";

const signedIn = vi.hoisted(() => ({ current: null as Actor | null }));
vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => signedIn.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

/**
 * The staff search (db/queries/public/search.ts `searchStaff`, page
 * app/[locale]/staff/search): the public search's engine over the working
 * copies. It finds drafts, internal items and internal notes, which the
 * public search never finds; archived items neither finds.
 */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
let internalMeasure: string;
let draftGoal: string;
let notedNetwork: string;
let archivedMeasure: string;

beforeAll(async () => {
  db = await getDb();
  const [goal] = await db.select().from(goals).where(and(isNotNull(goals.published), isNull(goals.archivedAt))).limit(1);
  draftGoal = goal!.id;
  // A published goal's working copy changed but not published: only staff find the new word.
  await db.update(goals).set({ title: { ...goal!.title, fi: `${goal!.title.fi} Luonnossana` }, reviewState: "draft" }).where(eq(goals.id, goal!.id));
  const [m] = await db
    .insert(measures)
    .values({ goalId: goal!.id, title: { fi: "Sisäinen Salasanaprojekti" }, visibility: "internal", reviewState: "draft", sortOrder: 998 })
    .returning({ id: measures.id });
  internalMeasure = m!.id;
  const [a] = await db
    .insert(measures)
    .values({ goalId: goal!.id, title: { fi: "Arkistoitu Salasanaprojekti" }, visibility: "public", sortOrder: 997, archivedAt: new Date() })
    .returning({ id: measures.id });
  archivedMeasure = a!.id;
  const [n] = await db.select({ id: networks.id }).from(networks).where(and(isNotNull(networks.published), isNull(networks.archivedAt))).limit(1);
  notedNetwork = n!.id;
  await db.update(networks).set({ internalNotes: "Jäsenmaksuneuvottelu kesken" }).where(eq(networks.id, n!.id));
});

describe("the staff search", () => {
  it("finds drafts, internal items and internal notes, which the public search never finds", async () => {
    const staff = await searchStaff(db, { q: "salasanaprojekti" });
    expect(staff.hits.map((h) => h.id)).toContain(internalMeasure);
    expect(staff.hits.find((h) => h.id === internalMeasure)).toMatchObject({ type: "measure", internal: true, reviewState: "draft" });
    expect((await searchPublic(db, { q: "salasanaprojekti" })).total).toBe(0);

    expect((await searchStaff(db, { q: "luonnossana" })).hits.map((h) => h.id)).toEqual([draftGoal]);
    expect((await searchPublic(db, { q: "luonnossana" })).total).toBe(0);

    const noted = await searchStaff(db, { q: "jäsenmaksuneuvottelu" });
    expect(noted.hits.map((h) => h.id)).toEqual([notedNetwork]);
    expect(noted.hits[0]).toMatchObject({ internal: false });
    expect((await searchPublic(db, { q: "jasenmaksuneuvottelu" })).total).toBe(0);
    // The public hit carries nothing of the working copy.
    const [publicHit] = (await searchPublic(db, { q: "", type: "network" })).hits;
    expect(publicHit).not.toHaveProperty("reviewState");
    expect(publicHit).not.toHaveProperty("internal");
  });

  it("leaves archived items out", async () => {
    const ids = (await searchStaff(db, { q: "salasanaprojekti", perPage: 1000 })).hits.map((h) => h.id);
    expect(ids).not.toContain(archivedMeasure);
  });

  it("filters by area and pages in SQL: page 2 differs from page 1, the total is the whole", async () => {
    const all = await searchStaff(db, { q: "", perPage: 100_000 });
    const strategy = await searchStaff(db, { q: "", types: ["goal", "priority", "measure", "update", "indicator"], perPage: 100_000 });
    expect(strategy.total).toBeGreaterThan(0);
    expect(strategy.total).toBeLessThan(all.total);
    expect(new Set(strategy.hits.map((h) => h.type))).not.toContain("network");
    const networksOnly = await searchStaff(db, { q: "", types: ["network"], perPage: 100_000 });
    expect(networksOnly.hits.every((h) => h.type === "network")).toBe(true);
    expect(networksOnly.total + strategy.total).toBeLessThanOrEqual(all.total);
    const one = await searchStaff(db, { q: "", types: ["measure"], perPage: 5, page: 1 });
    const two = await searchStaff(db, { q: "", types: ["measure"], perPage: 5, page: 2 });
    expect(one.hits).toHaveLength(5);
    expect(two.total).toBe(one.total);
    expect(two.hits.some((h) => one.hits.some((o) => o.id === h.id))).toBe(false);
    // Internal measures are counted for staff, never for the public.
    const publicMeasures = await searchPublic(db, { q: "", type: "measure", perPage: 100_000 });
    expect(publicMeasures.hits.map((h) => h.id)).not.toContain(internalMeasure);
    expect(one.total).toBeGreaterThan(publicMeasures.total);
  });
});

describe("the staff search page", () => {
  const render = async (sp: Record<string, string>) => {
    const { default: StaffSearchPage } = await import("@/app/[locale]/staff/search/page");
    return StaffSearchPage({ params: Promise.resolve({ locale: "en" }), searchParams: Promise.resolve(sp) });
  };

  it("shows every staff role what it may read (editors and executives included), links to the staff pages, and keeps the public out", async () => {
    renderLocale.current = "en";
    for (const email of ["editor@example.com", "executive@example.com", "coordinator@example.com"]) {
      signedIn.current = await actorByEmail(db, email);
      const html = await renderHtml(await render({ q: "salasanaprojekti" }));
      expect(html).toContain(`/en/staff/strategy/measures/${internalMeasure}`);
      expect(html).toContain("Internal");
      expect(html).toContain("1–1 of 1");
      expect(html).not.toContain(archivedMeasure);
    }
    const filtered = await renderHtml(await render({ q: "salasanaprojekti", area: "networks" }));
    expect(filtered).not.toContain(internalMeasure);
    expect(filtered).toContain("No results");

    signedIn.current = { ...signedIn.current!, role: "public" };
    await expect(render({ q: "salasanaprojekti" })).rejects.toThrow(/NEXT_REDIRECT/);
    signedIn.current = null;
    await expect(render({ q: "salasanaprojekti" })).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
