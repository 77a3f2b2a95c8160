import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseDownFor, forgetDatabaseProbe, isDatabaseMarkedDown, probeFailure, registerDatabaseProbe, suspectDatabaseDown } from "@/lib/db-health";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { answerFromCache } from "@/lib/public-cache/serve";
import { unavailableResponse } from "@/lib/security/unavailable";

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};

afterEach(() => {
  forgetDatabaseProbe();
  vi.unstubAllEnvs();
});

describe("the database health state", () => {
  it("goes down when the probe is refused, keeps probing, and comes back when it answers", async () => {
    let answers = false;
    let probes = 0;
    registerDatabaseProbe(async () => {
      probes++;
      return answers;
    });
    expect(isDatabaseMarkedDown()).toBe(false);
    suspectDatabaseDown();
    expect(await until(isDatabaseMarkedDown)).toBe(true);
    expect(databaseDownFor()).not.toBeNull();
    const before = probes;
    expect(await until(() => probes > before + 1)).toBe(true); // retried by itself
    answers = true;
    expect(await until(() => !isDatabaseMarkedDown())).toBe(true);
    expect(databaseDownFor()).toBeNull();
  });

  it("while the database is known to be down, nobody's staff page comes from the page cache (the 503 instead)", async () => {
    const h = new Headers({ cookie: "authjs.session-token=x" });
    const request = { method: "GET", pathname: "/fi/staff/strategy", search: "", header: (n: string) => h.get(n) };
    vi.stubEnv("NODE_ENV", "production"); // the page cache works in the production server only
    let asked = 0;
    const staff = { cacheable: () => true, order: async () => (asked++, null) };
    registerDatabaseProbe(async () => false);
    suspectDatabaseDown();
    expect(await until(isDatabaseMarkedDown)).toBe(true);
    expect(await answerFromCache(request, staff)).toBeNull();
    expect(asked).toBe(0); // not even looked up
  });

  it("a slow probe (no answer in time) does not mark a working database down", async () => {
    registerDatabaseProbe(async () => null);
    suspectDatabaseDown();
    await new Promise((r) => setTimeout(r, 100));
    expect(isDatabaseMarkedDown()).toBe(false);
  });

  it("a stopped server's missing Unix socket is the database unavailable; a missing file elsewhere is not", () => {
    const enoent = (syscall: string) => Object.assign(new Error(`${syscall} ENOENT /tmp/pg/.s.PGSQL.5432`), { code: "ENOENT", syscall });
    expect(isDatabaseUnavailable(enoent("connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("failed", { cause: enoent("connect") }))).toBe(true);
    expect(isDatabaseUnavailable(enoent("open"))).toBe(false);
  });

  it("a probe whose connection did not open in time is slow, not down; a refused one is down", () => {
    expect(probeFailure(Object.assign(new Error("write CONNECT_TIMEOUT 127.0.0.1:5432"), { code: "CONNECT_TIMEOUT" }))).toBeNull();
    expect(probeFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(probeFailure(Object.assign(new Error("the database system is shutting down"), { code: "57P03" }))).toBe(false);
    expect(probeFailure(undefined)).toBe(false);
  });

  it("tells the server's other workers when it finds the database down, and probes at once when one of them does", async () => {
    const sent: string[] = [];
    const heard: Record<string, () => void> = {};
    (globalThis as { __workerBus?: unknown }).__workerBus = { send: (note: { kind: string }) => sent.push(note.kind), on: (kind: string, fn: () => void) => (heard[kind] = fn) };
    try {
      let answers: boolean | null = true;
      let probes = 0;
      registerDatabaseProbe(async () => {
        probes++;
        return answers;
      });
      heard["database-down"]!(); // another worker's note: this one checks for itself, and the database answers
      expect(await until(() => probes === 1)).toBe(true);
      await new Promise((r) => setTimeout(r, 20)); // that probe has ended
      expect(isDatabaseMarkedDown()).toBe(false);
      answers = false;
      heard["database-down"]!();
      expect(await until(isDatabaseMarkedDown)).toBe(true);
      expect(sent).toEqual(["database-down"]);
    } finally {
      delete (globalThis as { __workerBus?: unknown }).__workerBus;
    }
  });

  it("runs one probe at a time however many failures report it", async () => {
    let running = 0;
    let most = 0;
    registerDatabaseProbe(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 50));
      running--;
      return true;
    });
    for (let i = 0; i < 50; i++) suspectDatabaseDown();
    await new Promise((r) => setTimeout(r, 150));
    expect(most).toBe(1);
  });
});

describe("the outage page", () => {
  it("is a 503 in the page's language, with Retry-After and no details", async () => {
    const r = unavailableResponse("/sv/staff/strategy", "default-src 'self'");
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("10");
    expect(r.headers.get("cache-control")).toBe("no-store");
    const html = await r.text();
    expect(html).toContain('lang="sv"');
    expect(html).toContain("Tjänsten är tillfälligt ur bruk");
    expect(html).not.toMatch(/<script|Error|ECONN/);
    expect(await unavailableResponse("/").text()).toContain("Palvelu on hetkellisesti poissa käytöstä");
  });
});
