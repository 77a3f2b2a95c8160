import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { BCRYPT_COST, bcryptCost, dummyPasswordHash, hashPassword } from "@/lib/auth/password";
import { attemptSucceeded, LIMITS, recordAttempt } from "@/lib/auth/rate-limit";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase();

describe("sign-in rate limiting", () => {
  it("refuses an email after the limit of attempts, and not another email; a success starts afresh", async () => {
    const db = await getDb();
    for (let i = 0; i < LIMITS.perEmail; i++) {
      expect((await recordAttempt(db, "victim@example.com", `10.0.1.${i}`)).allowed).toBe(true);
    }
    expect((await recordAttempt(db, "victim@example.com", "10.0.0.9")).allowed).toBe(false);
    expect((await recordAttempt(db, "other@example.com", "10.0.0.9")).allowed).toBe(true);
    await attemptSucceeded(db, "victim@example.com", "10.0.0.9");
    expect((await recordAttempt(db, "victim@example.com", "10.0.0.9")).allowed).toBe(true);
  });

  it("refuses an address that tries many emails", async () => {
    const db = await getDb();
    for (let i = 0; i < LIMITS.perAddress; i++) {
      expect((await recordAttempt(db, `spray${i}@example.com`, "10.0.0.2")).allowed).toBe(true);
    }
    expect((await recordAttempt(db, "fresh@example.com", "10.0.0.2")).allowed).toBe(false);
    expect((await recordAttempt(db, "fresh2@example.com", "10.0.0.3")).allowed).toBe(true);
  });

  it("lets at most the limit of 50 parallel wrong passwords be compared (the attempt is counted before the comparison)", async () => {
    const db = await getDb();
    await db.insert(users).values({ email: "target@example.com", name: "Target", passwordHash: await hashPassword("the-right-password") });
    const compare = vi.spyOn(bcrypt, "compare");
    try {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => checkCredentials(db, "target@example.com", `wrong-${i}`, "10.0.0.4")),
      );
      const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
      expect(reasons.filter((r) => r === "invalid").length).toBeLessThanOrEqual(LIMITS.perEmail);
      expect(reasons.filter((r) => r === "rate_limited").length).toBeGreaterThanOrEqual(50 - LIMITS.perEmail);
      expect(reasons).not.toContain("ok");
      expect(compare.mock.calls.length).toBeLessThanOrEqual(LIMITS.perEmail);
      // The right password is refused too while the e-mail is limited.
      expect(await checkCredentials(db, "target@example.com", "the-right-password", "10.0.0.5")).toEqual({ ok: false, reason: "rate_limited" });
    } finally {
      compare.mockRestore();
    }
  });

  it("lets at most the address limit through when 50 parallel attempts spray different e-mails", async () => {
    const db = await getDb();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => checkCredentials(db, `sprayed${i}@example.com`, "guess", "10.0.0.6")),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(LIMITS.perAddress);
  });

  it("a right password signs in, and gives the address its attempt back", async () => {
    const db = await getDb();
    await db.insert(users).values({ email: "colleague@example.com", name: "Colleague", passwordHash: await hashPassword("colleague-password") });
    const result = await checkCredentials(db, "colleague@example.com", "colleague-password", "10.0.0.7");
    expect(result.ok).toBe(true);
    for (let i = 0; i < LIMITS.perAddress; i++) {
      expect((await recordAttempt(db, `office${i}@example.com`, "10.0.0.7")).allowed).toBe(true);
    }
  });

  it("compares an unknown e-mail against a hash of the same bcrypt cost as real passwords", async () => {
    const db = await getDb();
    expect(BCRYPT_COST).toBe(12);
    expect(bcryptCost(await dummyPasswordHash())).toBe(BCRYPT_COST);
    expect(bcryptCost(await hashPassword("x".repeat(12)))).toBe(BCRYPT_COST);
    // Made once: the same stand-in every time.
    expect(await dummyPasswordHash()).toBe(await dummyPasswordHash());
    const compare = vi.spyOn(bcrypt, "compare");
    try {
      expect(await checkCredentials(db, "nobody@example.com", "guess", "10.0.0.8")).toEqual({ ok: false, reason: "invalid" });
      expect(compare).toHaveBeenCalledTimes(1);
      expect(bcryptCost(String(compare.mock.calls[0]?.[1]))).toBe(BCRYPT_COST);
    } finally {
      compare.mockRestore();
    }
  });
});
