import { decode } from "next-auth/jwt";

/**
 * The user id in a request's Auth.js session cookie, remembered per process
 * until the token expires.
 *
 * Auth.js's `auth()` runs its whole session endpoint on every call: it
 * decrypts the token (deriving the key with HKDF), then derives the key again
 * and encrypts a renewed token for a cookie that a page or a server action
 * cannot set anyway — about 3 ms of CPU and several thread-pool round trips
 * for every signed-in page and save (issue 17). The token is authenticated
 * encryption under the server's secret and carries its own expiry: the same
 * token means the same person until then, so its reading can be kept. Who
 * that person is now (role, unit, still active) is still read from the
 * database on every request (lib/auth/current-user.ts).
 */
export type CookieSource = { get: (name: string) => { value: string } | undefined; names: () => string[] };

/**
 * The request's cookies from its Cookie header. Not Next's `cookies()`: in a
 * server action that builds the response's cookie jar, and a cookie the proxy
 * sets (next-intl's NEXT_LOCALE) then counts as a change, which makes Next
 * render the whole page into the action's answer (69 kB instead of 174 bytes).
 */
export function cookiesOf(header: string | null): CookieSource {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || jar.has(name)) continue; // the first one wins, as in Auth.js's parser
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // left as sent
    }
    jar.set(name, value);
  }
  return { get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined), names: () => [...jar.keys()] };
}
export type HeaderSource = { get: (name: string) => string | null };

type Entry = { userId: string; until: number };
const MAX_ENTRIES = 10_000;
const remembered: Map<string, Entry> = ((globalThis as { __sessionTokens?: Map<string, Entry> }).__sessionTokens ??= new Map());

/**
 * The cookie Auth.js reads: `__Secure-authjs.session-token` when its URL is
 * https (AUTH_URL, else the forwarded protocol, https when none is given),
 * else `authjs.session-token` (the same rule as Auth.js's createActionURL).
 */
export function sessionCookieName(headers: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  let https: boolean;
  if (configured) https = new URL(configured).protocol === "https:";
  else https = (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
  return `${https ? "__Secure-" : ""}authjs.session-token`;
}

/**
 * The signed-in user's id, null when there is no valid session, or
 * undefined when the cookie is split into chunks (a large token: Auth.js
 * joins every cookie whose name starts with the session cookie's; the caller
 * then asks Auth.js).
 */
export async function sessionUserId(cookies: CookieSource, headers: HeaderSource, secret: string, now = Date.now()): Promise<string | null | undefined> {
  const name = sessionCookieName(headers);
  if (cookies.names().some((n) => n !== name && n.startsWith(name))) return undefined;
  const token = cookies.get(name)?.value;
  if (!token) return null;
  const key = `${name}\n${token}`;
  const hit = remembered.get(key);
  if (hit) {
    if (hit.until > now) return hit.userId;
    remembered.delete(key);
    return null;
  }
  let payload: Record<string, unknown> | null;
  try {
    payload = (await decode({ token, secret, salt: name })) as Record<string, unknown> | null;
  } catch {
    return null; // not a token of this server, or expired: no session (as Auth.js answers)
  }
  const userId = typeof payload?.uid === "string" ? payload.uid : null;
  const exp = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
  if (!userId || exp <= now) return null;
  remembered.set(key, { userId, until: exp });
  while (remembered.size > MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
  return userId;
}

/** Forget every remembered token (tests). */
export function forgetSessionTokens(): void {
  remembered.clear();
}
