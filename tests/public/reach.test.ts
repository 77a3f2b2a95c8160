import { eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/public/v1/[resource]/route";
import { GET as feed } from "@/app/api/public/feeds/[file]/route";
import { recordAudit } from "@/db/queries/audit";
import { publicAreaCounts } from "@/db/queries/public/areas";
import { lastPublishedAt } from "@/db/queries/public/feed";
import { searchPublic } from "@/db/queries/public/search";
import { euProjects, measures, networks, units } from "@/db/schema";
import { atomFeed } from "@/lib/public/feed";
import { sitemapXml } from "@/lib/public/sitemap";
import { setupTestDatabase } from "../helpers/db";
import { seedInternalMarkers } from "./markers";

const getDb = setupTestDatabase({ demo: true });
const draftNetwork = async (name: string) => {
  const db = await getDb();
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  const [n] = await db.insert(networks).values({ name: { fi: name }, type: "city_network", status: "member", statusSince: "2024-01-01", responsibleUnitId: unit!.id }).returning();
  return n!;
};
let seeded: Awaited<ReturnType<typeof seedInternalMarkers>>;

beforeAll(async () => {
  seeded = await seedInternalMarkers(await getDb(), "reach");
});

describe("every area is public and findable", () => {
  it("counts the published EU projects, networks, advocacy actions and asks for the home page", async () => {
    const db = await getDb();
    const before = await publicAreaCounts(db);
    expect(before.euProjects).toBeGreaterThan(0);
    expect(before.networks).toBeGreaterThan(0);
    expect(before.actions + before.asks).toBeGreaterThan(0);
    // An archived project and a never-published network do not count.
    const [p] = await db.select({ id: euProjects.id }).from(euProjects).where(isNotNull(euProjects.published)).limit(1);
    await db.update(euProjects).set({ archivedAt: new Date() }).where(eq(euProjects.id, p!.id));
    await draftNetwork("Luonnosverkosto");
    const after = await publicAreaCounts(db);
    expect(after.euProjects).toBe(before.euProjects - 1);
    expect(after.networks).toBe(before.networks);
    await db.update(euProjects).set({ archivedAt: null }).where(eq(euProjects.id, p!.id));
  });

  it("lists every public page in the sitemap in fi, sv and en, and nothing unpublished", async () => {
    const db = await getDb();
    const xml = await sitemapXml("https://example.test");
    const [project] = await db.select({ id: euProjects.id }).from(euProjects).where(isNotNull(euProjects.published)).limit(1);
    const [network] = await db.select({ id: networks.id }).from(networks).where(isNotNull(networks.published)).limit(1);
    for (const locale of ["fi", "sv", "en"]) {
      for (const path of ["", "/search", "/eu-projects", "/networks", "/advocacy", "/open-data", `/eu-projects/${project!.id}`, `/networks/${network!.id}`, `/measures/${seeded.visible.measureId}`, `/goals/${seeded.visible.goalId}`]) {
        expect(xml).toContain(`<loc>https://example.test/${locale}${path}</loc>`);
      }
    }
    for (const id of seeded.hiddenIds) expect(xml).not.toContain(id);
    const draft = await draftNetwork("Julkaisematon");
    expect(await sitemapXml("https://example.test")).not.toContain(draft.id);
  });
});

describe("open data for every area", () => {
  const get = async (resource: string, query = "") => list(new Request(`http://localhost/api/public/v1/${resource}${query}`), { params: Promise.resolve({ resource }) });
  const data = async <T>(resource: string, query = "") => ((await (await get(resource, query)).json()) as { data: T[] }).data;

  it("serves EU projects with priorities and strength, networks with roles, advocacy actions and asks with outcomes — the same published items the search finds", async () => {
    const db = await getDb();
    // A draft on a published network's working copy is neither served nor found.
    const [n] = await db.select({ id: networks.id }).from(networks).where(isNotNull(networks.published)).limit(1);
    await db.update(networks).set({ name: { fi: "INTERNAL-MARKER-reach-network-draft" }, internalNotes: "INTERNAL-MARKER-reach-notes" }).where(eq(networks.id, n!.id));
    const projects = await data<{ id: string; euContribution: string; priorities: { priorityId: string; strength: number; aligned: boolean }[] }>("eu-projects");
    expect(projects.some((p) => p.priorities.length > 0)).toBe(true);
    for (const p of projects) {
      expect(p.euContribution).toMatch(/^\d+\.\d{2}$/);
      for (const a of p.priorities) expect(a.aligned).toBe(a.strength >= 2);
    }
    const nets = await data<{ id: string; roles: unknown[] }>("networks");
    expect(nets.some((x) => x.roles.length > 0)).toBe(true);
    const actions = await data<{ id: string; type: string }>("advocacy-actions");
    const asks = await data<{ id: string; outcome: string }>("advocacy-asks");
    expect(asks.length).toBeGreaterThan(0);
    // Every outcome is served, not only the adopted ones.
    expect(new Set(asks.map((a) => a.outcome)).size).toBeGreaterThan(1);
    for (const [resource, rows, type] of [["eu-projects", projects, "euProject"], ["networks", nets, "network"], ["advocacy-actions", actions, "action"], ["advocacy-asks", asks, "ask"]] as const) {
      const found = await searchPublic(db, { q: "", type, perPage: 100_000 });
      expect(found.hits.map((h) => h.id).sort(), resource).toEqual(rows.map((r) => r.id).sort());
      const csv = await (await get(`${resource}.csv`)).text();
      expect(csv.split("\n")[0]).toContain("id");
      expect(csv).not.toContain("INTERNAL-MARKER");
    }
    expect(JSON.stringify(nets)).not.toContain("INTERNAL-MARKER");
    // Filters: by status and by outcome.
    const adopted = await data<{ outcome: string }>("advocacy-asks", "?outcome=adopted");
    expect(adopted.every((a) => a.outcome === "adopted")).toBe(true);
    expect((await get("networks", "?fee=1")).status).toBe(400);
  });
});

describe("feeds of what was published", () => {
  it("lists publications of public items newest first, site-wide and per goal, never of hidden items", async () => {
    const db = await getDb();
    const [row] = await db.select({ published: measures.published }).from(measures).where(eq(measures.id, seeded.visible.measureId));
    await recordAudit(db, { entityType: "measure", entityId: seeded.visible.measureId, action: "publish", version: 2, actor: null, after: row!.published, isPublication: true });
    for (const id of seeded.hiddenIds) await recordAudit(db, { entityType: "measure", entityId: id, action: "publish", version: 2, actor: null, after: { title: { fi: "INTERNAL-MARKER-reach-feed" } }, isPublication: true });
    const site = (await atomFeed({ origin: "https://example.test", locale: "en" }))!;
    expect(site).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(site).toContain("Public reach");
    expect(site).toContain(`href="https://example.test/en/measures/${seeded.visible.measureId}"`);
    expect(site).not.toContain("INTERNAL-MARKER");
    for (const id of seeded.hiddenIds) expect(site).not.toContain(id);
    // Newest first: the measure published just now leads.
    expect(site.indexOf("<entry>")).toBe(site.indexOf(`<entry><id>tag:example.test,2021:publication:`));
    const firstEntry = site.slice(site.indexOf("<entry>"), site.indexOf("</entry>"));
    expect(firstEntry).toContain("Public reach");
    const goalFeed = (await atomFeed({ origin: "https://example.test", locale: "sv", goalId: seeded.visible.goalId }))!;
    expect(goalFeed).toContain(`/sv/measures/${seeded.visible.measureId}`);
    expect(await atomFeed({ origin: "https://example.test", locale: "fi", goalId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    const route = await feed(new Request("http://localhost/api/public/feeds/de.atom"), { params: Promise.resolve({ file: "de.atom" }) });
    expect(route.status).toBe(404);
    const ok = await feed(new Request("http://localhost/api/public/feeds/fi.atom"), { params: Promise.resolve({ file: "fi.atom" }) });
    expect(ok.headers.get("content-type")).toContain("application/atom+xml");
  });

  it("knows when each public item was last published", async () => {
    const db = await getDb();
    const [n] = await db.select({ id: networks.id, at: networks.publishedAt }).from(networks).where(isNotNull(networks.published)).limit(1);
    expect((await lastPublishedAt(db, "network", n!.id))?.getTime()).toBe(n!.at?.getTime());
    const draft = await draftNetwork("Ei julkaistu");
    expect(await lastPublishedAt(db, "network", draft.id)).toBeNull();
  });
});
