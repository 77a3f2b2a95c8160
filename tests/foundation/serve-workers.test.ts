import { afterEach, describe, expect, it, vi } from "vitest";
import { createNoteRelay, readYourWrites, workerCount } from "../../scripts/workers.mjs";

describe("the production server's worker count", () => {
  const url = "postgres://db/app";
  it("is one per core on PostgreSQL unless WEB_CONCURRENCY says otherwise", () => {
    expect(workerCount({ webConcurrency: undefined, databaseUrl: url, cores: 4 })).toBe(4);
    expect(workerCount({ webConcurrency: "auto", databaseUrl: url, cores: 2 })).toBe(2);
    expect(workerCount({ webConcurrency: "3", databaseUrl: url, cores: 2 })).toBe(3);
    expect(workerCount({ webConcurrency: "1", databaseUrl: url, cores: 8 })).toBe(1);
  });
  it("is one on the embedded database, and on nonsense", () => {
    expect(workerCount({ webConcurrency: "4", databaseUrl: undefined, cores: 4 })).toBe(1);
    expect(workerCount({ webConcurrency: undefined, databaseUrl: "", cores: 4 })).toBe(1);
    expect(workerCount({ webConcurrency: "0", databaseUrl: url, cores: 4 })).toBe(1);
    expect(workerCount({ webConcurrency: "many", databaseUrl: url, cores: 4 })).toBe(1);
  });
});

describe("the primary's relay of the workers' notes", () => {
  type Sent = { workerBus: Record<string, unknown> };
  const worker = () => {
    const got: Sent[] = [];
    return { got, send: (m: Sent) => got.push(m), isConnected: () => true };
  };

  it("passes a note to every other worker, not back to its sender, and ignores other messages", () => {
    const [a, b, c] = [worker(), worker(), worker()];
    const relay = createNoteRelay({ workers: () => [a, b, c] });
    relay(a, { workerBus: { kind: "import-job", gone: "x" } });
    relay(a, { somethingElse: true });
    relay(a, null);
    expect(a.got).toEqual([]);
    expect(b.got).toEqual([{ workerBus: { kind: "import-job", gone: "x" } }]);
    expect(c.got).toEqual(b.got);
  });

  it("grants the first claim of an id only, answering the asker alone, and forgets old claims", () => {
    let now = 0;
    const [a, b] = [worker(), worker()];
    const relay = createNoteRelay({ workers: () => [a, b], now: () => now, keepMs: 1000 });
    relay(a, { workerBus: { kind: "claim", id: "job-1", ask: 1 } });
    relay(b, { workerBus: { kind: "claim", id: "job-1", ask: 7 } });
    relay(b, { workerBus: { kind: "claim", id: "job-2", ask: 8 } });
    expect(a.got).toEqual([{ workerBus: { kind: "claimed", ask: 1, granted: true } }]);
    expect(b.got).toEqual([
      { workerBus: { kind: "claimed", ask: 7, granted: false } },
      { workerBus: { kind: "claimed", ask: 8, granted: true } },
    ]);
    now = 5000;
    relay(a, { workerBus: { kind: "claim", id: "job-1", ask: 2 } });
    expect(a.got.at(-1)).toEqual({ workerBus: { kind: "claimed", ask: 2, granted: true } });
  });
});

describe("read-your-writes across workers and servers", () => {
  const session = "authjs.session-token=abc";
  const forget = vi.fn();
  (globalThis as { __forgetChangeCounters?: () => void }).__forgetChangeCounters = forget;
  afterEach(() => forget.mockReset());
  const response = () => {
    const res = { headers: [] as string[], head: 0, appendHeader: (_: string, v: string) => res.headers.push(v), writeHead: () => res.head++ };
    return res;
  };

  it("marks a signed-in person's write with the time it ended, and nobody else's, nor a read", () => {
    const write = response();
    readYourWrites({ method: "POST", headers: { cookie: session } }, write);
    write.writeHead();
    expect(write.head).toBe(1);
    expect(write.headers).toHaveLength(1);
    const [, at] = /^helsinki-wrote=(\d+); Path=\/; Max-Age=60; HttpOnly; SameSite=Lax$/.exec(write.headers[0]!)!;
    expect(Math.abs(Number(at) - Date.now())).toBeLessThan(1000);
    for (const req of [{ method: "POST", headers: {} }, { method: "GET", headers: { cookie: session } }]) {
      const res = response();
      readYourWrites(req, res);
      res.writeHead();
      expect(res.headers).toEqual([]);
    }
    expect(forget).not.toHaveBeenCalled();
  });

  it("makes the counters be read again for the writer's requests shortly after the write, not later, not for others", () => {
    const now = 1_800_000_000_000;
    const get = (cookie: string, at: number) => readYourWrites({ method: "GET", headers: { cookie } }, response(), at);
    // The answer (the writer's own request) also keeps staff copies rendered before the write from them.
    expect(get(`${session}; helsinki-wrote=${now}`, now + 500)).toBe(true);
    expect(forget).toHaveBeenCalledTimes(1);
    expect(get(`${session}; helsinki-wrote=${now}`, now + 60_000)).toBe(false);
    expect(get(`helsinki-wrote=${now}`, now + 500)).toBe(false);
    expect(get(`${session}; helsinki-wrote=junk`, now + 500)).toBe(false);
    expect(forget).toHaveBeenCalledTimes(1);
  });

  it("holds the writer's window longer than a staff copy may lag (STAFF_CACHE_LAG_MS) and the counters' interval", () => {
    const now = 1_800_000_000_000;
    const get = (at: number) => readYourWrites({ method: "GET", headers: { cookie: `${session}; helsinki-wrote=${now}` } }, response(), at);
    const before = process.env.STAFF_CACHE_LAG_MS;
    const checkBefore = process.env.PUBLIC_CACHE_CHECK_MS;
    try {
      process.env.STAFF_CACHE_LAG_MS = "5000";
      expect(get(now + 6_500)).toBe(true);
      expect(get(now + 7_500)).toBe(false);
      delete process.env.STAFF_CACHE_LAG_MS;
      expect(get(now + 2_500)).toBe(true);
      expect(get(now + 3_500)).toBe(false);
      // The same reading of the settings as the app's (lib/public-cache/timing.mjs): a setting that is no
      // number counts as the default, never as "no window at all".
      process.env.PUBLIC_CACHE_CHECK_MS = "junk";
      process.env.STAFF_CACHE_LAG_MS = "-5";
      expect(get(now + 2_500)).toBe(true);
      expect(get(now + 3_500)).toBe(false);
      process.env.PUBLIC_CACHE_CHECK_MS = "4000";
      expect(get(now + 5_500)).toBe(true);
      expect(get(now + 6_500)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.STAFF_CACHE_LAG_MS;
      else process.env.STAFF_CACHE_LAG_MS = before;
      if (checkBefore === undefined) delete process.env.PUBLIC_CACHE_CHECK_MS;
      else process.env.PUBLIC_CACHE_CHECK_MS = checkBefore;
    }
  });
});
