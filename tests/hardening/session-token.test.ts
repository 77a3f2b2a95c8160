import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { cookiesOf, forgetSessionTokens, sessionCookieName, sessionUserId } from "@/lib/auth/session-token";

const secret = "test-secret-test-secret-test-secret";
const uid = "0f8fad5b-d9cb-469f-a165-70867728950e";
const headers = (h: Record<string, string> = {}) => ({ get: (n: string) => h[n] ?? null });
const jar = (c: Record<string, string>) => cookiesOf(Object.entries(c).map(([k, v]) => `${k}=${v}`).join("; "));
const token = (payload: Record<string, unknown>, salt: string, maxAge = 3600) => encode({ token: payload, secret, salt, maxAge });

describe("the session cookie's reading (lib/auth/session-token.ts)", () => {
  beforeEach(() => forgetSessionTokens());

  it("reads the cookie Auth.js reads: the __Secure- one unless the app's URL or the forwarded protocol is http", () => {
    expect(sessionCookieName(headers(), {})).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(headers({ "x-forwarded-proto": "http" }), {})).toBe("authjs.session-token");
    expect(sessionCookieName(headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://localhost:3000" })).toBe("authjs.session-token");
    expect(sessionCookieName(headers(), { AUTH_URL: "https://example.org" })).toBe("__Secure-authjs.session-token");
  });

  it("answers the user id of a valid token, also from memory, and nobody once it expired", async () => {
    const name = "authjs.session-token";
    const h = headers({ "x-forwarded-proto": "http" });
    const t = await token({ uid }, name, 60);
    const cookies = jar({ [name]: t });
    expect(await sessionUserId(cookies, h, secret)).toBe(uid);
    expect(await sessionUserId(cookies, h, secret)).toBe(uid);
    // The remembered reading ends with the token's own expiry.
    expect(await sessionUserId(cookies, h, secret, Date.now() + 61_000)).toBeNull();
  });

  it("refuses a token of another secret, one written for the other cookie name, a tampered one and one without a user", async () => {
    const name = "authjs.session-token";
    const h = headers({ "x-forwarded-proto": "http" });
    const other = await encode({ token: { uid }, secret: "another-secret-another-secret-12345", salt: name });
    expect(await sessionUserId(jar({ [name]: other }), h, secret)).toBeNull();
    const forSecure = await token({ uid }, "__Secure-authjs.session-token");
    expect(await sessionUserId(jar({ [name]: forSecure }), h, secret)).toBeNull();
    const good = await token({ uid }, name);
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionUserId(jar({ [name]: tampered }), h, secret)).toBeNull();
    expect(await sessionUserId(jar({ [name]: await token({ name: "x" }, name) }), h, secret)).toBeNull();
    expect(await sessionUserId(jar({}), h, secret)).toBeNull();
  });

  it("leaves a chunked cookie to Auth.js (undefined)", async () => {
    const h = headers({ "x-forwarded-proto": "http" });
    expect(await sessionUserId(jar({ "authjs.session-token.0": "abc", "authjs.session-token.1": "def" }), h, secret)).toBeUndefined();
    expect(await sessionUserId(jar({ "authjs.session-token": "abc", "authjs.session-token.1": "def" }), h, secret)).toBeUndefined();
  });

  it("reads the Cookie header as Auth.js does: trimmed, decoded, the first of two equal names", () => {
    const c = cookiesOf(" a=1;b = x%20y ; a=2; broken; =v; c=%E0%A4%A");
    expect(c.get("a")?.value).toBe("1");
    expect(c.get("b")?.value).toBe("x y");
    expect(c.get("c")?.value).toBe("%E0%A4%A");
    expect(c.get("broken")).toBeUndefined();
    expect(c.names()).toEqual(["a", "b", "c"]);
  });
});
