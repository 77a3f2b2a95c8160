import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { NONCE_PLACEHOLDER, toCachedDocument, type CachedDocument } from "./html";

/**
 * The in-memory cache of rendered pages, one per app server process, in two
 * scopes with their own budgets: `public` (signed-out readers' pages, the same
 * for everyone) and `staff` (a signed-in person's staff pages, each kept for
 * that person only; see staff.ts). An entry belongs to a change generation
 * (see generation.ts): when anything is written, the next request renders the
 * page afresh (one render per page however many readers wait: they share it).
 * Entries also expire after a TTL so that changes made outside the app (a
 * database fix by hand) show up.
 */
export type Scope = "public" | "staff";

export type Entry = {
  doc: CachedDocument;
  /** Static documents only: the same bytes for every reader, plain and gzipped. */
  utf8: Uint8Array | null;
  gzip: Uint8Array | null;
  /** Documents with scripts: the bytes between the nonces, so that a response is a copy, not a re-encoding. */
  pieces: Buffer[] | null;
  etag: string;
  /** Headers of the render worth repeating (the security headers from next.config.js). */
  headers: Record<string, string>;
  generation: string;
  /** When its render was asked for (its age, for the TTL and the staff lag). */
  storedAt: number;
  bytes: number;
};

type Bucket = { entries: Map<string, Entry>; bytes: number };
type Store = { buckets: Record<Scope, Bucket>; fills: Map<string, Promise<Entry | null>>; secret: string };
const store: Store = ((globalThis as { __pageCache?: Store }).__pageCache ??= {
  buckets: { public: { entries: new Map(), bytes: 0 }, staff: { entries: new Map(), bytes: 0 } },
  fills: new Map(),
  // Marks the server's own render requests; only this server knows it. Its worker processes share it
  // (scripts/serve.mjs sets it before it starts them): a fill sent to the server's port may reach any of
  // them, and one that did not recognise it would fill in turn and wait on the first (issue 17).
  secret: process.env.PUBLIC_CACHE_FILL_SECRET || randomUUID(),
});

export const FILL_HEADER = "x-public-cache-fill";
const repeatedHeaders = ["referrer-policy", "x-content-type-options", "permissions-policy", "strict-transport-security", "cross-origin-opener-policy"];

const limits = (scope: Scope) =>
  scope === "public"
    ? {
        entries: Number(process.env.PUBLIC_CACHE_MAX_ENTRIES ?? 2000),
        bytes: Number(process.env.PUBLIC_CACHE_MAX_MB ?? 256) * 1024 * 1024,
        ttlMs: Number(process.env.PUBLIC_CACHE_TTL_SECONDS ?? 300) * 1000,
      }
    : {
        entries: Number(process.env.STAFF_CACHE_MAX_ENTRIES ?? 2000),
        bytes: Number(process.env.STAFF_CACHE_MAX_MB ?? 128) * 1024 * 1024,
        ttlMs: Number(process.env.STAFF_CACHE_TTL_SECONDS ?? 60) * 1000,
      };

/** On in production unless PUBLIC_CACHE=off; never in development (pages change as you edit them). */
export function cacheEnabled(): boolean {
  return process.env.NODE_ENV === "production" && process.env.PUBLIC_CACHE !== "off";
}

export function isFillRequest(header: (name: string) => string | null | undefined): boolean {
  return header(FILL_HEADER) === store.secret;
}

export function lookup(scope: Scope, key: string): Entry | undefined {
  const { entries } = store.buckets[scope];
  const entry = entries.get(key);
  if (!entry) return undefined;
  // Least recently used goes first: move this one to the end.
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

/**
 * "lagging": written over since, but rendered less than `lagMs` ago — good enough for a reader who did not
 * write (staff.ts, `staffLagMs`): under a stream of saves a page is rendered once per `lagMs`, not once per save.
 */
export function isFresh(scope: Scope, entry: Entry, generation: string, lagMs = 0): "fresh" | "lagging" | "expired" | "outdated" {
  const age = Date.now() - entry.storedAt;
  if (entry.generation !== generation) return age < lagMs ? "lagging" : "outdated";
  return age > limits(scope).ttlMs ? "expired" : "fresh";
}

function put(scope: Scope, key: string, entry: Entry) {
  const bucket = store.buckets[scope];
  const old = bucket.entries.get(key);
  if (old) {
    bucket.bytes -= old.bytes;
    bucket.entries.delete(key);
  }
  bucket.entries.set(key, entry);
  bucket.bytes += entry.bytes;
  const { entries, bytes } = limits(scope);
  for (const [k, e] of bucket.entries) {
    if (bucket.entries.size <= entries && bucket.bytes <= bytes) break;
    bucket.entries.delete(k);
    bucket.bytes -= e.bytes;
  }
}

/** Where this process reaches itself: set by scripts/serve.mjs, or recorded by `next start`. */
function selfOrigin(): string {
  return process.env.PUBLIC_CACHE_ORIGIN ?? process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** React's mark of a part that failed on the server and is left to the browser: an error, never kept. */
const serverErrorBoundary = /<!--\$!-->/;

/**
 * Turn a render into an entry, or null when it must not be kept (not a complete 200 page, or it sets a
 * cookie). `keepScripts`: a staff page is an application, not a document; its scripts stay.
 */
export function entryFromRender(status: number, headers: Headers, html: string, generation: string, { keepScripts = false, askedAt = Date.now() } = {}): Entry | null {
  const type = headers.get("content-type") ?? "";
  if (status !== 200 || !type.startsWith("text/html") || headers.has("set-cookie")) return null;
  if (!html.trimEnd().endsWith("</html>") || serverErrorBoundary.test(html)) return null;
  const doc: CachedDocument = keepScripts ? { mode: "nonce", html } : toCachedDocument(html);
  const utf8 = doc.mode === "static" ? new TextEncoder().encode(doc.html) : null;
  const gzip = utf8 ? new Uint8Array(gzipSync(utf8, { level: 6 })) : null;
  const pieces = doc.mode === "nonce" ? doc.html.split(NONCE_PLACEHOLDER).map((part) => Buffer.from(part)) : null;
  const kept: Record<string, string> = {};
  for (const name of repeatedHeaders) {
    const value = headers.get(name);
    if (value) kept[name] = value;
  }
  return {
    doc,
    utf8,
    gzip,
    pieces,
    etag: `"${createHash("sha1").update(doc.html).digest("base64url")}"`,
    headers: kept,
    generation,
    storedAt: askedAt,
    bytes: doc.html.length * 2 + (utf8?.byteLength ?? 0) + (gzip?.byteLength ?? 0) + (pieces?.reduce((n, p) => n + p.byteLength, 0) ?? 0),
  };
}

/** What to render into the cache: the page's address, the request headers the render needs, its generation. */
export type FillOrder = { scope: Scope; key: string; path: string; headers?: Record<string, string>; generation: string; lagMs?: number };

async function render({ scope, path, headers, generation }: FillOrder): Promise<Entry | null> {
  // A copy's age counts from when its render was asked for: it holds everything committed before then.
  const askedAt = Date.now();
  const response = await fetch(selfOrigin() + path, {
    headers: { ...headers, [FILL_HEADER]: store.secret, accept: "text/html" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(20_000),
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    return null;
  }
  return entryFromRender(response.status, response.headers, await response.text(), generation, { keepScripts: scope === "staff", askedAt });
}

/** Render a page into the cache; concurrent callers for the same page and generation share one render. */
export function fill(order: FillOrder): Promise<Entry | null> {
  const flightKey = `${order.scope} ${order.generation} ${order.key}`;
  let flight = store.fills.get(flightKey);
  if (!flight) {
    flight = render(order)
      .then((entry) => {
        if (entry) put(order.scope, order.key, entry);
        return entry;
      })
      .catch((error: unknown) => {
        console.error(`[page-cache] rendering ${order.path} failed:`, error instanceof Error ? error.message : error);
        return null;
      })
      .finally(() => store.fills.delete(flightKey));
    store.fills.set(flightKey, flight);
  }
  return flight;
}

/** How many pages are cached and their size (for the benchmark and tests). */
export function cacheStats(scope: Scope = "public") {
  const bucket = store.buckets[scope];
  return { entries: bucket.entries.size, bytes: bucket.bytes };
}
