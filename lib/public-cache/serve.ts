import { contentSecurityPolicy } from "@/lib/csp";
import { embedAllowedOrigins } from "@/lib/embed-origins";
import { currentGeneration } from "./generation";
import { documentFor } from "./html";
import { cacheKey, isCacheableRequest, isEmbedPath, type RequestLike } from "./policy";
import { cacheEnabled, fill, isFillRequest, isFresh, lookup, type Entry } from "./store";

export type CachedAnswer = { status: 200 | 304; headers: Record<string, string>; body: Uint8Array | string | null };

/**
 * Answer a signed-out request for a public page from the cache: fresh → at
 * once; expired (TTL) → at once, refreshed behind; changed since (something
 * was written) or missing → rendered first, once, however many wait. null
 * means "let Next render it" (not cacheable, or the page was not a plain 200).
 * Used by the app server in front of Next (scripts/serve.mjs) and by proxy.ts.
 */
export async function answerFromCache(request: RequestLike): Promise<CachedAnswer | null> {
  if (!cacheEnabled() || isFillRequest(request.header) || !isCacheableRequest(request)) return null;
  let generation: string;
  try {
    generation = await currentGeneration();
  } catch {
    return null; // no database: the normal render shows its error page
  }
  const key = cacheKey(request);
  let entry = lookup(key);
  let status: "hit" | "stale" | "miss" = "hit";
  const freshness = entry ? isFresh(entry, generation) : "outdated";
  if (freshness === "expired") {
    status = "stale";
    void fill(key, generation);
  } else if (freshness === "outdated") {
    status = "miss";
    entry = (await fill(key, generation)) ?? undefined;
  }
  return entry ? respond(request, entry, status) : null;
}

function respond(request: RequestLike, entry: Entry, status: string): CachedAnswer {
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
  if (entry.gzip && /\bgzip\b/.test(request.header("accept-encoding") ?? "")) {
    headers["content-encoding"] = "gzip";
    return { status: 200, headers, body: entry.gzip };
  }
  return { status: 200, headers, body: entry.utf8 ?? documentFor(entry.doc, nonce) };
}
