import { eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { publicAreaCounts } from "@/db/queries/public/areas";
import { euProjects, networks, units } from "@/db/schema";
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
