import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { updateMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { recordAudit, STAFF_ONLY_ENTITY_TYPES } from "@/db/queries/audit";
import { measurePriorities, measures } from "@/db/schema";
import { currentChangeGeneration, currentGeneration, publicContentMayHaveChanged } from "@/lib/public-cache/generation";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { kansMeasure, measureForm } from "../strategy/fixtures";

/**
 * Issue 17 item 3: the public change counter (which makes the public page
 * cache render its pages again) moves only for writes that can change a
 * public page; the change counter of every write (the staff summaries' key)
 * moves for all of them.
 */
const getDb = setupTestDatabase({ demo: true });
process.env.PUBLIC_CACHE_CHECK_MS = "0";

async function counters() {
  publicContentMayHaveChanged();
  return { public: Number(await currentGeneration()), any: Number(await currentChangeGeneration()) };
}

const audit = (publicEffect?: boolean) => ({ entityType: "measure", entityId: crypto.randomUUID(), action: "update", version: 1, actor: null, before: {}, after: { x: 1 }, publicEffect });

describe("which writes move the public change counter", () => {
  it("a history record marked without public effect moves only the change counter; an unmarked one both", async () => {
    const db = await getDb();
    const c0 = await counters();
    await recordAudit(db, audit(false));
    const c1 = await counters();
    expect(c1).toEqual({ public: c0.public, any: c0.any + 1 });
    await recordAudit(db, audit());
    expect(await counters()).toEqual({ public: c0.public + 1, any: c0.any + 2 });
  });

  it("a history record of a kind no public page shows (evaluations, the briefing's commentary, calendar feeds) moves only the change counter", async () => {
    const db = await getDb();
    const c0 = await counters();
    for (const entityType of ["evaluation_round", "evaluation_response", "briefing_commentary", "calendar_feed", "sso_sign_in"]) {
      expect(STAFF_ONLY_ENTITY_TYPES.has(entityType)).toBe(true);
      await db.transaction(async (tx) => recordAudit(tx, { ...audit(), entityType }));
    }
    expect(await counters()).toEqual({ public: c0.public, any: c0.any + 5 });
    // Public kinds keep moving it.
    await db.transaction(async (tx) => recordAudit(tx, { ...audit(), entityType: "network" }));
    expect(await counters()).toEqual({ public: c0.public + 1, any: c0.any + 6 });
  });

  it("saving a measure that was never published leaves the public counter; saving a published one moves it", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const published = await kansMeasure(db);
    expect(published.published).not.toBeNull();
    const [draft] = await db
      .insert(measures)
      .values({ goalId: published.goalId, title: { fi: "Sisäinen luonnos", sv: "Internt utkast", en: "Internal draft" }, responsibleUnitId: published.responsibleUnitId, visibility: "internal" })
      .returning();
    const links = await db.select().from(measurePriorities).where(eq(measurePriorities.measureId, published.id));
    await db.insert(measurePriorities).values(links.slice(0, 1).map((l) => ({ measureId: draft!.id, priorityId: l.priorityId })));

    const c0 = await counters();
    const internalSave = await updateMeasure.execute(coordinator, await measureForm(db, draft!.id, { internalNotes: "vain sisäinen" }));
    expect(internalSave.ok).toBe(true);
    const c1 = await counters();
    expect(c1.public).toBe(c0.public);
    expect(c1.any).toBe(c0.any + 1);

    const publicSave = await updateMeasure.execute(coordinator, await measureForm(db, published.id, { internalNotes: "julkisen toimen muistiinpano" }));
    expect(publicSave.ok).toBe(true);
    const c2 = await counters();
    expect(c2.public).toBe(c1.public + 1);
    expect(c2.any).toBe(c1.any + 1);
  });
});
