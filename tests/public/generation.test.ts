import postgres from "postgres";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordAudit } from "@/db/queries/audit";
import { currentGeneration, publicContentMayHaveChanged } from "@/lib/public-cache/generation";
import { byGeneration } from "@/lib/public/memo";
import { setupTestDatabase } from "../helpers/db";

/**
 * Issue 14 item 2: the public change counter is exact in commit order, and
 * everything memoised by it has a time limit.
 */
const getDb = setupTestDatabase();
process.env.PUBLIC_CACHE_CHECK_MS = "0";

async function generation() {
  publicContentMayHaveChanged();
  return currentGeneration();
}

const audit = (entityType = "measure") => ({ entityType, entityId: crypto.randomUUID(), action: "update", version: 1, actor: null, before: {}, after: { x: 1 } });

describe("the public change counter", () => {
  it("rises once per committed writing transaction, not for a rolled-back one or for feedback", async () => {
    const db = await getDb();
    const g0 = Number(await generation());
    await db.transaction(async (tx) => {
      await recordAudit(tx as never, audit());
      await recordAudit(tx as never, audit());
      await recordAudit(tx as never, audit());
    });
    expect(Number(await generation())).toBe(g0 + 1);
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx as never, audit());
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(Number(await generation())).toBe(g0 + 1);
    await recordAudit(db, audit("feedback"));
    expect(Number(await generation())).toBe(g0 + 1);
    await recordAudit(db, audit());
    expect(Number(await generation())).toBe(g0 + 2);
  });

  // PGlite is one connection: two transactions cannot be open at once there,
  // so commit order always equals insert order and the case cannot arise.
  it.skipIf(process.env.TEST_DB !== "postgres")("two transactions committing out of order: the later commit is seen (PostgreSQL only: PGlite has one connection)", async () => {
    await getDb();
    const url = process.env.DATABASE_URL!;
    const a = postgres(url, { max: 1, onnotice: () => {} });
    const b = postgres(url, { max: 1, onnotice: () => {} });
    const reserved: postgres.ReservedSql[] = [];
    try {
      const insert = (c: postgres.ReservedSql) => c`insert into audit_log (entity_type, entity_id, action, after) values ('measure', ${crypto.randomUUID()}, 'archive', '{}'::jsonb) returning id`;
      const first = await a.reserve();
      const second = await b.reserve();
      reserved.push(first, second);
      await first`begin`;
      const [low] = await insert(first);
      await second`begin`;
      const [high] = await insert(second);
      expect(Number(high!.id)).toBeGreaterThan(Number(low!.id));
      // The transaction with the higher history id commits first ...
      await second`commit`;
      const seenBetween = await generation();
      // ... and the one with the lower id (e.g. an archived measure) after it.
      await first`commit`;
      const seenAfter = await generation();
      // With max(audit_log.id) both reads were the same number: the second commit was never noticed.
      expect(seenAfter).not.toBe(seenBetween);
      expect(Number(seenAfter)).toBeGreaterThan(Number(seenBetween));
    } finally {
      for (const r of reserved) r.release();
      await a.end();
      await b.end();
    }
  });
});

describe("memoised public data", () => {
  const env = process.env as Record<string, string | undefined>;
  const before = { NODE_ENV: env.NODE_ENV, TTL: env.PUBLIC_CACHE_TTL_SECONDS };
  afterEach(() => {
    vi.useRealTimers();
    env.NODE_ENV = before.NODE_ENV;
    env.PUBLIC_CACHE_TTL_SECONDS = before.TTL;
  });

  it("is read again after PUBLIC_CACHE_TTL_SECONDS even when nothing was written", async () => {
    await getDb();
    env.NODE_ENV = "production";
    env.PUBLIC_CACHE_TTL_SECONDS = "300";
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    let loads = 0;
    const load = async () => ++loads;
    const name = `ttl-${start}`;
    expect(await byGeneration(name, load)).toBe(1);
    vi.setSystemTime(start + 299_000);
    expect(await byGeneration(name, load)).toBe(1);
    vi.setSystemTime(start + 301_000);
    expect(await byGeneration(name, load)).toBe(2);
    // A write starts a new generation at once.
    await recordAudit(await getDb(), audit());
    publicContentMayHaveChanged();
    expect(await byGeneration(name, load)).toBe(3);
  });
});
