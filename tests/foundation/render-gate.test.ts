import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRenderGate, isPageRender } from "../../scripts/render-gate.mjs";

const request = (url: string, method = "GET") => ({ url, method });
const response = () => new EventEmitter();

describe("the production server's render gate", () => {
  afterEach(() => vi.useRealTimers());

  it("lets page renders in two at a time, the others in order of arrival once an answer is sent", () => {
    const gate = createRenderGate({ slots: 2, slotMs: 5000 });
    const handled: string[] = [];
    const handle = (req: { url: string }) => handled.push(req.url);
    const res = [response(), response(), response(), response()];
    ["/fi/a", "/fi/b", "/fi/c", "/fi/d"].forEach((url, i) => gate.run(request(url), res[i], handle));
    expect(handled).toEqual(["/fi/a", "/fi/b"]);
    expect(gate.stats()).toEqual({ rendering: 2, waiting: 2 });
    res[1]!.emit("finish");
    res[1]!.emit("close"); // both events of one answer free one slot only
    expect(handled).toEqual(["/fi/a", "/fi/b", "/fi/c"]);
    res[0]!.emit("close");
    expect(handled).toEqual(["/fi/a", "/fi/b", "/fi/c", "/fi/d"]);
  });

  it("never waits with saves, API routes, static files or the health check", () => {
    const gate = createRenderGate({ slots: 1, slotMs: 5000 });
    const handled: string[] = [];
    const handle = (req: { url: string }) => handled.push(req.url);
    gate.run(request("/fi/staff/strategy"), response(), handle);
    gate.run(request("/fi/staff/strategy/measures/new", "POST"), response(), handle);
    gate.run(request("/api/health"), response(), handle);
    gate.run(request("/api/staff/export/measures"), response(), handle);
    gate.run(request("/_next/static/chunks/a.js"), response(), handle);
    gate.run(request("/fi"), response(), handle);
    expect(handled).toEqual(["/fi/staff/strategy", "/fi/staff/strategy/measures/new", "/api/health", "/api/staff/export/measures", "/_next/static/chunks/a.js"]);
    expect(isPageRender(request("/sv/networks", "HEAD"))).toBe(true);
  });

  it("skips a request whose client left while it waited, and takes the slot back from a render that holds it too long", () => {
    vi.useFakeTimers();
    const gate = createRenderGate({ slots: 1, slotMs: 5000 });
    const handled: string[] = [];
    const handle = (req: { url: string }) => handled.push(req.url);
    const first = response();
    const gone = response();
    gate.run(request("/fi/slow"), first, handle);
    gate.run(request("/fi/gone"), gone, handle);
    gate.run(request("/fi/next"), response(), handle);
    gone.emit("close");
    expect(handled).toEqual(["/fi/slow"]);
    vi.advanceTimersByTime(5000);
    expect(handled).toEqual(["/fi/slow", "/fi/next"]);
    first.emit("close"); // late: the slot it held was already given back
    expect(gate.stats()).toEqual({ rendering: 1, waiting: 0 });
  });

  it("has no limit with 0 slots", () => {
    const gate = createRenderGate({ slots: 0, slotMs: 5000 });
    const handled: string[] = [];
    for (let i = 0; i < 5; i++) gate.run(request(`/fi/${i}`), response(), (req: { url: string }) => handled.push(req.url));
    expect(handled).toHaveLength(5);
  });
});
