import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";
import { forgetSessionTokens } from "@/lib/auth/session-token";
import type { RequestLike } from "@/lib/public-cache/policy";
import { isStaffCacheableRequest, staffFillOrder } from "@/lib/public-cache/staff";

// The staff page cache's policy (lib/public-cache/staff.ts): which requests, and whose copy.
const name = "authjs.session-token";
const editor = "0f8fad5b-d9cb-469f-a165-70867728950e";
const executive = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const token = (uid: string, maxAge = 3600) => encode({ token: { uid }, secret: authSecret(), salt: name, maxAge });

function request(pathname: string, headers: Record<string, string> = {}, method = "GET", search = ""): RequestLike {
  const h = new Headers({ "x-forwarded-proto": "http", ...headers });
  return { method, pathname, search, header: (n) => h.get(n) };
}

describe("staff page cache: which requests", () => {
  it("keeps GETs of staff pages in every language", () => {
    for (const path of ["/fi/staff", "/sv/staff/strategy", "/en/staff/funding/projects", "/fi/staff/networks/portfolio"]) expect(isStaffCacheableRequest(request(path)), path).toBe(true);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", {}, "GET", "?page=3&late=1"))).toBe(true);
  });

  it("never a save, a client navigation, an import's progress, a public page or an odd address", () => {
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", {}, "POST"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", { rsc: "1" }))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", { "next-router-state-tree": "x" }))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", {}, "GET", "?_rsc=abc"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy/import"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/funding/import/123"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/networks"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staffing"))).toBe(false);
    expect(isStaffCacheableRequest(request("/de/staff"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/"))).toBe(false);
    expect(isStaffCacheableRequest(request("/fi/staff/strategy", {}, "GET", `?q=${"x".repeat(600)}`))).toBe(false);
  });
});

describe("staff page cache: whose copy", () => {
  beforeEach(() => forgetSessionTokens());
  // Late evening in UTC on the day daylight saving time ends: already the next day in Helsinki.
  const now = new Date("2026-10-24T22:30:00Z");

  it("is the person's in the session token, on the Helsinki day, rendered with that session cookie only", async () => {
    const t = await token(editor);
    const order = await staffFillOrder(request("/fi/staff/strategy", { cookie: `NEXT_LOCALE=sv; helsinki-wrote=1; ${name}=${t}` }, "GET", "?page=2"), "41", now);
    expect(order).toEqual({
      scope: "staff",
      key: `${editor} 2026-10-25 /fi/staff/strategy?page=2`,
      path: "/fi/staff/strategy?page=2",
      headers: { cookie: `${name}=${t}`, "x-forwarded-proto": "http" },
      generation: "41",
      lagMs: 1000,
    });
    const spring = await staffFillOrder(request("/fi/staff", { cookie: `${name}=${t}` }), "41", new Date("2026-03-28T22:30:00Z"));
    expect(spring?.key).toBe(`${editor} 2026-03-29 /fi/staff`);
  });

  it("lags others' saves by at most a second, the reader's own not at all", async () => {
    const cookie = `${name}=${await token(editor)}`;
    const reader = { ...request("/fi/staff/strategy", { cookie }) };
    expect((await staffFillOrder(reader, "41", now))?.lagMs).toBe(1000);
    expect((await staffFillOrder({ ...reader, wroteRecently: true }, "41", now))?.lagMs).toBe(0);
    const before = process.env.STAFF_CACHE_LAG_MS;
    try {
      for (const [setting, lag] of [["0", 0], ["250", 250], ["junk", 0]] as const) {
        process.env.STAFF_CACHE_LAG_MS = setting;
        expect((await staffFillOrder(reader, "41", now))?.lagMs, setting).toBe(lag);
      }
    } finally {
      if (before === undefined) delete process.env.STAFF_CACHE_LAG_MS;
      else process.env.STAFF_CACHE_LAG_MS = before;
    }
  });

  it("two people never share one: the key is each one's own id", async () => {
    const mine = await staffFillOrder(request("/fi/staff", { cookie: `${name}=${await token(editor)}` }), "1", now);
    const theirs = await staffFillOrder(request("/fi/staff", { cookie: `${name}=${await token(executive)}` }), "1", now);
    expect(mine?.key).not.toBe(theirs?.key);
    expect(theirs?.key.startsWith(`${executive} `)).toBe(true);
  });

  it("nobody's copy without a valid session: none, forged, altered, expired, of another server, or chunked", async () => {
    const t = await token(editor, 60);
    const other = await encode({ token: { uid: editor }, secret: "another-secret-another-secret-12345", salt: name });
    const cookies = ["", `${name}=forged`, `${name}=${t.slice(0, -3)}abc`, `${name}=${other}`, `${name}.0=${t.slice(0, 50)}; ${name}.1=${t.slice(50)}`];
    for (const cookie of cookies) expect(await staffFillOrder(request("/fi/staff", { cookie }), "1", now), cookie).toBeNull();
    // Valid now; not once it has expired.
    expect(await staffFillOrder(request("/fi/staff", { cookie: `${name}=${t}` }), "1", new Date())).not.toBeNull();
    expect(await staffFillOrder(request("/fi/staff", { cookie: `${name}=${t}` }), "1", new Date(Date.now() + 61_000))).toBeNull();
  });
});
