import { describe, expect, it } from "vitest";
import { clearFailures, isRateLimited, LIMITS, recordFailure } from "@/lib/auth/rate-limit";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase();

describe("sign-in rate limiting", () => {
  it("refuses an email after repeated failures, and not another email", async () => {
    const db = await getDb();
    for (let i = 0; i < LIMITS.perEmail; i++) {
      expect(await isRateLimited(db, "victim@example.com", "10.0.0.1")).toBe(false);
      await recordFailure(db, "victim@example.com", "10.0.0.1");
    }
    expect(await isRateLimited(db, "victim@example.com", "10.0.0.9")).toBe(true);
    expect(await isRateLimited(db, "other@example.com", "10.0.0.9")).toBe(false);
    await clearFailures(db, "victim@example.com");
    expect(await isRateLimited(db, "victim@example.com", "10.0.0.9")).toBe(false);
  });

  it("refuses an address that tries many emails", async () => {
    const db = await getDb();
    for (let i = 0; i < LIMITS.perAddress; i++) await recordFailure(db, `spray${i}@example.com`, "10.0.0.2");
    expect(await isRateLimited(db, "fresh@example.com", "10.0.0.2")).toBe(true);
    expect(await isRateLimited(db, "fresh@example.com", "10.0.0.3")).toBe(false);
  });
});
