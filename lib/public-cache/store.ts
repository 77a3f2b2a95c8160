import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { toCachedDocument, type CachedDocument } from "./html";

/**
 * The in-memory cache of rendered public pages, one per app server process.
 * An entry belongs to a change generation (see generation.ts): when anything
 * is written, the next request renders the page afresh (one render per page
 * however many readers wait: they share it). Entries also expire after a TTL
 * so that changes made outside the app (a database fix by hand) show up.
 */
export type Entry = {
  doc: CachedDocument;
  /** Static documents only: the same bytes for every reader, plain and gzipped. */
  utf8: Uint8Array | null;
  gzip: Uint8Array | null;
  etag: string;
  /** Headers of the render worth repeating (the security headers from next.config.js). */
  headers: Record<string, string>;
  generation: string;
  storedAt: number;
  bytes: number;
};

type Store = { entries: Map<string, Entry>; bytes: number; fills: Map<string, Promise<Entry | null>>; secret: string };
const store: Store = ((globalThis as { __publicPageCache?: Store }).__publicPageCache ??= {
  entries: new Map(),
  bytes: 0,
  fills: new Map(),
  // Marks the server's own render requests; only this server knows it. Its worker processes share it
  // (scripts/serve.mjs sets it before it starts them): a fill sent to the server's port may reach any of
  // them, and one that did not recognise it would fill in turn and wait on the first (issue 17).
  secret: process.env.PUBLIC_CACHE_FILL_SECRET || randomUUID(),
});

export const FILL_HEADER = "x-public-cache-fill";
const repeatedHeaders = ["referrer-policy", "x-content-type-options", "permissions-policy", "strict-transport-security", "cross-origin-opener-policy"];

const limits = () => ({
  entries: Number(process.env.PUBLIC_CACHE_MAX_ENTRIES ?? 2000),
  bytes: Number(process.env.PUBLIC_CACHE_MAX_MB ?? 256) * 1024 * 1024,
  ttlMs: Number(process.env.PUBLIC_CACHE_TTL_SECONDS ?? 300) * 1000,
});

/** On in production unless PUBLIC_CACHE=off; never in development (pages change as you edit them). */
export function cacheEnabled(): boolean {
  return process.env.NODE_ENV === "production" && process.env.PUBLIC_CACHE !== "off";
}

export function isFillRequest(header: (name: string) => string | null | undefined): boolean {
  return header(FILL_HEADER) === store.secret;
}

export function lookup(key: string): Entry | undefined {
  const entry = store.entries.get(key);
  if (!entry) return undefined;
  // Least recently used goes first: move this one to the end.
  store.entries.delete(key);
  store.entries.set(key, entry);
  return entry;
}

export function isFresh(entry: Entry, generation: string): "fresh" | "expired" | "outdated" {
  if (entry.generation !== generation) return "outdated";
  return Date.now() - entry.storedAt > limits().ttlMs ? "expired" : "fresh";
}

function put(key: string, entry: Entry) {
  const old = store.entries.get(key);
  if (old) {
    store.bytes -= old.bytes;
    store.entries.delete(key);
  }
  store.entries.set(key, entry);
  store.bytes += entry.bytes;
  const { entries, bytes } = limits();
  for (const [k, e] of store.entries) {
    if (store.entries.size <= entries && store.bytes <= bytes) break;
    store.entries.delete(k);
    store.bytes -= e.bytes;
  }
}

/** Where this process reaches itself: set by scripts/serve.mjs, or recorded by `next start`. */
function selfOrigin(): string {
  return process.env.PUBLIC_CACHE_ORIGIN ?? process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** Turn a render into an entry, or null when it must not be shared (not a complete 200 page, or it sets a cookie). */
export function entryFromRender(status: number, headers: Headers, html: string, generation: string): Entry | null {
  const type = headers.get("content-type") ?? "";
  if (status !== 200 || !type.startsWith("text/html") || headers.has("set-cookie")) return null;
  if (!html.trimEnd().endsWith("</html>")) return null;
  const doc = toCachedDocument(html);
  const utf8 = doc.mode === "static" ? new TextEncoder().encode(doc.html) : null;
  const gzip = utf8 ? new Uint8Array(gzipSync(utf8, { level: 6 })) : null;
  const kept: Record<string, string> = {};
  for (const name of repeatedHeaders) {
    const value = headers.get(name);
    if (value) kept[name] = value;
  }
  return {
    doc,
    utf8,
    gzip,
    etag: `"${createHash("sha1").update(doc.html).digest("base64url")}"`,
    headers: kept,
    generation,
    storedAt: Date.now(),
    bytes: doc.html.length * 2 + (utf8?.byteLength ?? 0) + (gzip?.byteLength ?? 0),
  };
}

async function render(key: string, generation: string): Promise<Entry | null> {
  const response = await fetch(selfOrigin() + key, {
    headers: { [FILL_HEADER]: store.secret, accept: "text/html" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(20_000),
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    return null;
  }
  return entryFromRender(response.status, response.headers, await response.text(), generation);
}

/** Render a page into the cache; concurrent callers for the same page and generation share one render. */
export function fill(key: string, generation: string): Promise<Entry | null> {
  const flightKey = `${generation} ${key}`;
  let flight = store.fills.get(flightKey);
  if (!flight) {
    flight = render(key, generation)
      .then((entry) => {
        if (entry) put(key, entry);
        return entry;
      })
      .catch((error: unknown) => {
        console.error(`[public-cache] rendering ${key} failed:`, error instanceof Error ? error.message : error);
        return null;
      })
      .finally(() => store.fills.delete(flightKey));
    store.fills.set(flightKey, flight);
  }
  return flight;
}

/** How many pages are cached and their size (for the benchmark and tests). */
export function cacheStats() {
  return { entries: store.entries.size, bytes: store.bytes };
}
