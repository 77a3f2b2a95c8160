import { locales } from "@/lib/i18n/routing";

/**
 * Which requests the public page cache may answer. Only signed-out GETs of
 * public pages: never the staff area, sign-in, server-action posts, Next's
 * client navigation requests (RSC), or anyone carrying a session cookie
 * (signed-in people see their name in the header, so they get a fresh render).
 */
const localePattern = locales.join("|");
const publicPage = new RegExp(`^/(?:${localePattern})(?:/.*)?$|^/embed/(?:${localePattern})/.+$`);
const notCached = new RegExp(`^/(?:${localePattern})/(?:staff|signin|no-access)(?:/|$)`);
/** Files under a locale (a report's PDF) are not pages: the cache keeps only HTML, so trying would render them twice. */
const fileRoute = /\/pdf$/;

/** Cookies whose presence means "signed in" (Auth.js, plain and __Secure-, possibly chunked). */
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** The longest URL (path + query) kept in the cache: longer ones are rendered each time. */
export const MAX_KEY_LENGTH = 512;

/**
 * What the cache needs of a request, from a Next request or a plain Node one. `wroteRecently`: the
 * reader wrote something moments ago (scripts/workers.mjs, `readYourWrites`), so only a copy of the
 * current generation will do for them.
 */
export type RequestLike = { method: string; pathname: string; search: string; header: (name: string) => string | null | undefined; wroteRecently?: boolean };

/**
 * An address no page has: a control character (raw or %-encoded, e.g.
 * `/fi/%00`), a segment that starts or ends with white space
 * (`/fi/networks%20`), or an encoding that does not decode. Next would
 * otherwise decode and trim its way to a real page (or to a cache entry of
 * its own); such an address is a 404, and never cached.
 */
export function isMalformedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(decoded)) return true;
  return decoded.split("/").some((segment) => segment !== segment.trim());
}

export function isPublicPagePath(pathname: string): boolean {
  return publicPage.test(pathname) && !notCached.test(pathname) && !fileRoute.test(pathname) && !isMalformedPath(pathname);
}

export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith("/embed/");
}

export function isCacheableRequest(request: RequestLike): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const { pathname, search, header } = request;
  if (!isPublicPagePath(pathname)) return false;
  if (pathname.length + search.length > MAX_KEY_LENGTH) return false;
  if (header("rsc") || header("next-action") || header("next-router-prefetch") || header("next-router-state-tree") || /[?&]_rsc=/.test(search)) return false;
  if (sessionCookie.test(header("cookie") ?? "")) return false;
  return true;
}

/** The cache key: the path and the query as given (a page's filters are part of its address). */
export function cacheKey(request: RequestLike): string {
  return request.pathname + request.search;
}
