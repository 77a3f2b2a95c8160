/**
 * Is this a write coming from another site (cross-site request forgery)?
 * Browsers send Origin with every cross-origin POST; it must be this app's
 * public address (AUTH_URL) or the Host it was asked at. Requests without
 * Origin (server-to-server jobs, curl) are not browser CSRF and pass, unless
 * the browser says Sec-Fetch-Site: cross-site.
 */
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (!MUTATING.has(method)) return false;
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "cross-site";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
  const allowed = new Set<string>();
  const publicUrl = process.env.AUTH_URL;
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).host);
    } catch {
      // invalid AUTH_URL is reported at start-up
    }
  }
  const requested = headers.get("host");
  if (requested) allowed.add(requested);
  return !allowed.has(host);
}
