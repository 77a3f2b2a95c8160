import { describe, expect, it } from "vitest";
import { recordAudit } from "@/db/queries/audit";
import { setupTestDatabase } from "../helpers/db";

/**
 * A write in one worker process of the production server reaches its other
 * workers at once (the workers' bus, scripts/serve.mjs): their change counters
 * are re-read for the next request instead of being trusted for the interval,
 * so the staff page cache (each person's own copy of a page until anything is
 * written) never serves a page from before someone else's save.
 */
const sent: unknown[] = [];
const listeners = new Map<string, () => void>();
(globalThis as { __workerBus?: unknown }).__workerBus = {
  send: (note: unknown) => sent.push(note),
  on: (kind: string, fn: () => void) => listeners.set(kind, fn),
  claim: async () => true,
};
const getDb = setupTestDatabase();
// Long enough that only being told can make the counters be read again.
process.env.PUBLIC_CACHE_CHECK_MS = "600000";
const { currentChangeGeneration, publicContentMayHaveChanged } = await import("@/lib/public-cache/generation");

const audit = () => ({ entityType: "measure", entityId: crypto.randomUUID(), action: "update", version: 1, actor: null, before: {}, after: { x: 1 } });

describe("writes between worker processes", () => {
  it("a write tells the other workers, and a worker told reads the counters again at once", async () => {
    const db = await getDb();
    publicContentMayHaveChanged();
    expect(sent).toContainEqual({ kind: "written" });
    const before = Number(await currentChangeGeneration());

    // Another worker's save commits: this one still trusts what it read…
    await recordAudit(db, audit());
    expect(Number(await currentChangeGeneration())).toBe(before);
    // …until it is told.
    listeners.get("written")!();
    expect(Number(await currentChangeGeneration())).toBe(before + 1);
  });
});
