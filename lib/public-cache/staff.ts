import { authSecret } from "@/lib/auth/secret";
import { cookiesOf, sessionCookieName, sessionUserId, type HeaderSource } from "@/lib/auth/session-token";
import { todayInHelsinki } from "@/lib/dates";
import { locales } from "@/lib/i18n/routing";
import { MAX_KEY_LENGTH, type RequestLike } from "./policy";
import type { FillOrder } from "./store";
import { staffLagMs } from "./timing.mjs";

export { staffLagMs };

/**
 * Which staff pages the page cache keeps, and for whom (issue 17). A staff
 * page depends on who reads it (their role, unit and name, read from the
 * database on every render), on the database (every write moves the change
 * counter its entry belongs to: lib/public-cache/generation.ts) and on the
 * Helsinki day (late, due, overdue). So an entry is one person's copy of one
 * address on one day, rendered with only their session cookie — the same
 * render Next would give them — and served again until anything is written.
 * Never for another person: the key is the user id in the request's own
 * session token, checked (signature and expiry) before anything is served.
 *
 * Not kept: Next's client navigations (RSC requests: they depend on the
 * page the browser comes from), and pages whose content is not all in the
 * database (an import's progress lives in the server's memory).
 */
const localePattern = locales.join("|");
const staffPage = new RegExp(`^/(?:${localePattern})/staff(?:/[A-Za-z0-9\\-_/]*)?$`);
const notKept = /\/import(?:\/|$)/;

/** STAFF_CACHE=off turns this scope off (the benchmark's uncached figures); PUBLIC_CACHE=off turns off both. */
export function isStaffCacheableRequest(request: RequestLike): boolean {
  if (process.env.STAFF_CACHE === "off") return false;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const { pathname, search, header } = request;
  if (!staffPage.test(pathname) || notKept.test(pathname) || pathname.endsWith("/")) return false;
  if (pathname.length + search.length > MAX_KEY_LENGTH) return false;
  if (header("rsc") || header("next-action") || header("next-router-prefetch") || header("next-router-state-tree") || /[?&]_rsc=/.test(search)) return false;
  return true;
}

/** The cache entry and render for this person's request, or null (not a staff page, or no valid session). */
export async function staffFillOrder(request: RequestLike, generation: string, now = new Date()): Promise<FillOrder | null> {
  if (!isStaffCacheableRequest(request)) return null;
  const headers: HeaderSource = { get: (name) => request.header(name) ?? null };
  const cookies = cookiesOf(headers.get("cookie"));
  // null: no session or an invalid or expired token; undefined: a chunked cookie (left to Auth.js, uncached).
  const userId = await sessionUserId(cookies, headers, authSecret(), now.getTime());
  if (!userId) return null;
  const name = sessionCookieName(headers);
  const renderHeaders: Record<string, string> = { cookie: `${name}=${encodeURIComponent(cookies.get(name)!.value)}` };
  const proto = headers.get("x-forwarded-proto");
  if (proto) renderHeaders["x-forwarded-proto"] = proto;
  const path = request.pathname + request.search;
  const lagMs = request.wroteRecently ? 0 : staffLagMs();
  return { scope: "staff", key: `${userId} ${todayInHelsinki(now)} ${path}`, path, headers: renderHeaders, generation, lagMs };
}

