import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEmbedOrigins } from "@/lib/embed-origins";
import { NONCE_PLACEHOLDER, documentFor, toCachedDocument } from "@/lib/public-cache/html";
import { isCacheableRequest, isMalformedPath, type RequestLike } from "@/lib/public-cache/policy";
import { entryFromRender, isFresh } from "@/lib/public-cache/store";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="fi"><head><link rel="stylesheet" href="/_next/static/a.css" nonce="${NONCE_PLACEHOLDER}"/>` +
  `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE_PLACEHOLDER}" href="/_next/static/chunks/x.js"/>` +
  `<script src="/_next/static/chunks/y.js" async="" nonce="${NONCE_PLACEHOLDER}"></script></head><body>${body}` +
  `<script nonce="${NONCE_PLACEHOLDER}">self.__next_f.push([1,"\\u003cscript\\u003e"])</script></body></html>`;

function request(pathname: string, headers: Record<string, string> = {}, method = "GET", search = ""): RequestLike {
  const h = new Headers(headers);
  return { method, pathname, search, header: (n) => h.get(n) };
}

describe("public page cache: the cached document", () => {
  it("drops every script, script preload and nonce but keeps the content and the stylesheet", () => {
    const doc = toCachedDocument(page(`<main><p>&lt;script&gt;alert(1)&lt;/script&gt; Tavoite</p></main>`));
    expect(doc.mode).toBe("static");
    expect(doc.html).not.toMatch(/<script|as="script"|nonce=/);
    expect(doc.html).toContain(`<link rel="stylesheet" href="/_next/static/a.css"/>`);
    // Escaped user text is text, not a script, and survives.
    expect(doc.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Tavoite");
  });

  it("keeps the scripts of a page with a streamed boundary, each response with its own nonce", () => {
    const html = page(`<!--$?--><template id="B:0"></template><p>…</p><!--/$-->`);
    const doc = toCachedDocument(html);
    expect(doc.mode).toBe("nonce");
    const a = documentFor(doc, "bm9uY2UtYQ==");
    expect(a).toContain(`nonce="bm9uY2UtYQ=="`);
    expect(a).not.toContain(NONCE_PLACEHOLDER);
    expect(documentFor(doc, "bm9uY2UtYg==")).toContain(`nonce="bm9uY2UtYg=="`);
  });

  it("a page may ask to keep its scripts", () => {
    expect(toCachedDocument(page(`<div data-public-scripts="keep"></div>`)).mode).toBe("nonce");
  });

  it("shares only complete 200 HTML pages that set no cookie", () => {
    const html = page("<p>ok</p>");
    const ok = new Headers({ "content-type": "text/html; charset=utf-8", "x-content-type-options": "nosniff" });
    const entry = entryFromRender(200, ok, html, "7");
    expect(entry?.headers).toEqual({ "x-content-type-options": "nosniff" });
    expect(entry?.gzip?.byteLength).toBeGreaterThan(0);
    expect(entryFromRender(404, ok, html, "7")).toBeNull();
    expect(entryFromRender(200, new Headers({ "content-type": "application/json" }), "{}", "7")).toBeNull();
    expect(entryFromRender(200, new Headers({ "content-type": "text/html", "set-cookie": "a=b" }), html, "7")).toBeNull();
    expect(entryFromRender(200, ok, html.slice(0, 200), "7")).toBeNull();
  });
});

describe("page cache: how fresh a kept copy is", () => {
  const html = "<!DOCTYPE html><html><head></head><body><main>Kept</main></body></html>";
  const ok = new Headers({ "content-type": "text/html; charset=utf-8" });
  afterEach(() => vi.useRealTimers());

  it("a copy of an older generation lags only while it is younger than the lag, counted from when its render was asked", () => {
    vi.useFakeTimers({ now: new Date("2026-03-29T00:59:59.500Z") }); // the night summer time begins (03:00 → 04:00 in Helsinki)
    const entry = entryFromRender(200, ok, html, "7", { keepScripts: true, askedAt: Date.now() - 400 })!;
    expect(isFresh("staff", entry, "7", 1000)).toBe("fresh");
    expect(isFresh("staff", entry, "8", 1000)).toBe("lagging");
    expect(isFresh("staff", entry, "8", 0)).toBe("outdated");
    expect(isFresh("staff", entry, "8")).toBe("outdated");
    vi.advanceTimersByTime(600); // the render was asked for 1 000 ms ago
    expect(isFresh("staff", entry, "8", 1000)).toBe("outdated");
    expect(isFresh("staff", entry, "7", 1000)).toBe("fresh");
    vi.advanceTimersByTime(60_000); // past the staff copies' time to live
    expect(isFresh("staff", entry, "7", 1000)).toBe("expired");
  });
});

describe("public page cache: which requests it answers", () => {
  it("answers signed-out GETs of public pages in every language", () => {
    for (const path of ["/fi", "/sv/goals/1", "/en/search", "/embed/fi/goals/1"]) expect(isCacheableRequest(request(path)), path).toBe(true);
    expect(isCacheableRequest(request("/fi", {}, "HEAD"))).toBe(true);
  });

  it("never answers the staff area, sign-in, posts, client navigation or signed-in readers", () => {
    expect(isCacheableRequest(request("/fi/staff"))).toBe(false);
    expect(isCacheableRequest(request("/en/staff/strategy"))).toBe(false);
    expect(isCacheableRequest(request("/sv/signin"))).toBe(false);
    expect(isCacheableRequest(request("/fi/no-access"))).toBe(false);
    expect(isCacheableRequest(request("/fi", {}, "POST"))).toBe(false);
    expect(isCacheableRequest(request("/fi", { rsc: "1" }))).toBe(false);
    expect(isCacheableRequest(request("/fi", { "next-action": "abc" }))).toBe(false);
    expect(isCacheableRequest(request("/fi", {}, "GET", "?_rsc=x1"))).toBe(false);
    expect(isCacheableRequest(request("/fi", { cookie: "NEXT_LOCALE=fi; authjs.session-token=x" }))).toBe(false);
    expect(isCacheableRequest(request("/fi", { cookie: "__Secure-authjs.session-token.0=x" }))).toBe(false);
    expect(isCacheableRequest(request("/de"))).toBe(false);
    expect(isCacheableRequest(request("/api/public/v1/goals"))).toBe(false);
    expect(isCacheableRequest(request("/fi/search", {}, "GET", `?q=${"x".repeat(600)}`))).toBe(false);
  });

  it("an address with control characters or stray spaces is no page and never a cache entry", () => {
    for (const path of ["/fi/%00", "/fi/networks%00", "/fi/networks%20", "/sv/%20networks", "/en/goals%09", "/fi/networks\u0000", "/fi/%1F", "/fi/%7F", "/fi/%C2%85", "/fi/%E0%A4%A", "/fi/networks%C2%A0"]) {
      expect(isMalformedPath(path), path).toBe(true);
      expect(isCacheableRequest(request(path)), path).toBe(false);
    }
    for (const path of ["/fi", "/fi/networks", "/sv/goals/1", "/en/search", "/fi/%C3%A4", "/embed/fi/goals/1"]) expect(isMalformedPath(path), path).toBe(false);
  });
});

describe("embeds: allowed framing origins", () => {
  it("takes http(s) origins only and always allows this site", () => {
    expect(parseEmbedOrigins("https://www.hel.fi, https://*.hel.fi  http://localhost:8080/")).toEqual(["'self'", "https://www.hel.fi", "https://*.hel.fi", "http://localhost:8080"]);
    expect(parseEmbedOrigins("*")).toEqual(["'self'"]);
    expect(parseEmbedOrigins("https://evil.example 'unsafe-inline' data: *")).toEqual(["'self'", "https://evil.example"]);
    expect(parseEmbedOrigins(undefined)).toEqual(["'self'"]);
  });
});
