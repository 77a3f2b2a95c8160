import { gzipSync } from "node:zlib";
import { acceptsGzip } from "@/lib/accept-encoding.mjs";
import { contentSecurityPolicy } from "@/lib/csp";
import { isDatabaseMarkedDown } from "@/lib/db-health";
import { embedAllowedOrigins } from "@/lib/embed-origins";
import { currentChangeGeneration, currentGeneration } from "./generation";
import { documentFor } from "./html";
import { cacheKey, isCacheableRequest, isEmbedPath, type RequestLike } from "./policy";
import { cacheEnabled, fill, isFillRequest, isFresh, lookup, type Entry, type FillOrder } from "./store";

export type CachedAnswer = { status: 200 | 304; headers: Record<string, string>; body: Uint8Array | string | null };

/** The staff scope's part (staff.ts): given to the app server's hook only, so that the proxy's bundle stays without Auth.js. */
export type StaffOrders = { cacheable: (request: RequestLike) => boolean; order: (request: RequestLike, generation: string) => Promise<FillOrder | null> };

/**
 * Answer a request from the page cache: a signed-out reader's public page, or
 * (with `staff`) a signed-in person's own staff page. Fresh → at once;
 * expired (TTL) → at once, refreshed behind; changed since (something was
 * written) or missing → rendered first, once, however many wait — except a
 * staff copy rendered under a second ago, for a reader who did not write
 * (the order's `lagMs`, staff.ts). null means
 * "let Next render it" (not cacheable, or the page was not a plain 200).
 * Used by the app server in front of Next (scripts/serve.mjs) and by proxy.ts.
 */
export async function answerFromCache(request: RequestLike, staff?: StaffOrders): Promise<CachedAnswer | null> {
  if (!cacheEnabled() || isFillRequest(request.header)) return null;
  const isPublic = isCacheableRequest(request);
  if (!isPublic && !staff?.cacheable(request)) return null;
  // A known outage: a person's page says so (503) rather than offering forms whose saves cannot land.
  if (!isPublic && isDatabaseMarkedDown()) return null;
  let order: FillOrder | null;
  try {
    if (isPublic) {
      const key = cacheKey(request);
      order = { scope: "public", key, path: key, generation: await currentGeneration() };
    } else {
      order = await staff!.order(request, await currentChangeGeneration());
    }
  } catch {
    return null; // no database: the normal render shows its error page
  }
  if (!order) return null;
  let entry = lookup(order.scope, order.key);
  let status: "hit" | "lagging" | "stale" | "miss" = "hit";
  const freshness = entry ? isFresh(order.scope, entry, order.generation, order.lagMs) : "outdated";
  if (freshness === "lagging") status = "lagging";
  else if (freshness === "expired") {
    status = "stale";
    void fill(order);
  } else if (freshness === "outdated") {
    status = "miss";
    entry = (await fill(order)) ?? undefined;
  }
  if (!entry) return null;
  return order.scope === "public" ? respondPublic(request, entry, status) : respondStaff(request, entry, status);
}

function respondPublic(request: RequestLike, entry: Entry, status: string): CachedAnswer {
  const nonce = btoa(crypto.randomUUID());
  const headers: Record<string, string> = {
    ...entry.headers,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": contentSecurityPolicy(nonce, { frameAncestors: isEmbedPath(request.pathname) ? embedAllowedOrigins() : undefined }),
    // The same document for every signed-out reader, but kept out of shared caches: signed-in readers get another.
    "cache-control": "private, no-cache",
    vary: "Cookie, Accept-Encoding",
    "x-public-cache": status,
  };
  if (entry.doc.mode === "static") {
    headers.etag = entry.etag;
    if (request.header("if-none-match") === entry.etag) return { status: 304, headers, body: null };
  }
  if (request.method === "HEAD") return { status: 200, headers, body: null };
  if (entry.gzip && acceptsGzip(request.header("accept-encoding"))) {
    headers["content-encoding"] = "gzip";
    return { status: 200, headers, body: entry.gzip };
  }
  return { status: 200, headers, body: entry.utf8 ?? documentFor(entry.doc, nonce) };
}

/** One person's page: never stored by the browser or anyone between (as Next answers a dynamic page), with a nonce of its own. */
function respondStaff(request: RequestLike, entry: Entry, status: string): CachedAnswer {
  const nonce = btoa(crypto.randomUUID());
  const headers: Record<string, string> = {
    ...entry.headers,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": contentSecurityPolicy(nonce),
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    vary: "Cookie, Accept-Encoding",
    "x-staff-cache": status,
  };
  const localeCookie = localeCookieUpdate(request);
  if (localeCookie) headers["set-cookie"] = localeCookie;
  if (request.method === "HEAD") return { status: 200, headers, body: null };
  const nonceBytes = Buffer.from(nonce);
  const parts: Buffer[] = [];
  entry.pieces!.forEach((piece, i) => (i ? parts.push(nonceBytes, piece) : parts.push(piece)));
  const body = Buffer.concat(parts);
  if (!acceptsGzip(request.header("accept-encoding"))) return { status: 200, headers, body };
  // Fast compression: the page is written out per response (its nonce), and level 1 is most of level 6's saving.
  headers["content-encoding"] = "gzip";
  return { status: 200, headers, body: gzipSync(body, { level: 1 }) };
}

/**
 * The locale cookie next-intl's middleware would have set on this page's answer (the answer does not pass
 * through it): the language of the page a person last opened, for where an address without one leads
 * (`/`, e.g. after signing out). Only for a document, and only when it differs; a session cookie.
 */
function localeCookieUpdate(request: RequestLike): string | null {
  const dest = request.header("sec-fetch-dest");
  if (dest && dest !== "document") return null;
  const locale = request.pathname.split("/")[1];
  const current = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(request.header("cookie") ?? "")?.[1];
  return current === locale ? null : `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
}

