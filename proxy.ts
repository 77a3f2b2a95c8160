import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/csp";
import { isDatabaseMarkedDown } from "./lib/db-health";
import { embedAllowedOrigins } from "./lib/embed-origins";
import { routing } from "./lib/i18n/routing";
import { NONCE_PLACEHOLDER } from "./lib/public-cache/html";
import { isEmbedPath, isMalformedPath } from "./lib/public-cache/policy";
import { answerFromCache } from "./lib/public-cache/serve";
import { cacheEnabled, isFillRequest } from "./lib/public-cache/store";
import { wellFormedActionRequest } from "./lib/security/action-request";
import { isCrossSiteWrite } from "./lib/security/same-origin";
import { unavailableResponse } from "./lib/security/unavailable";

const intl = createIntlMiddleware(routing);

/**
 * Locale routing (/ → /fi or the browser's language), a per-request CSP
 * nonce, and the public page cache (signed-out readers of public pages get a
 * cached copy; see lib/public-cache). Not an access guard: pages, actions and
 * route handlers check permissions themselves.
 */
export async function proxy(request: NextRequest) {
  // Cross-site writes (server actions and route handlers) get a clean 403; Auth.js guards its own posts with its CSRF token.
  if (!request.nextUrl.pathname.startsWith("/api/auth/") && isCrossSiteWrite(request.method, request.headers)) {
    return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  // Route handlers only pass through here for the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // A hand-made server-action post that Next could not decode gets a clean 400, not a 500.
  if (request.method === "POST" && request.headers.has("next-action") && !(await wellFormedActionRequest(request))) {
    return new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { pathname } = request.nextUrl;
  const embed = isEmbedPath(pathname);
  const dev = process.env.NODE_ENV === "development";
  // Only embeds may be framed, and only by the configured hosts.
  const frameAncestors = embed ? embedAllowedOrigins() : undefined;
  const header = (name: string) => request.headers.get(name);
  const filling = cacheEnabled() && isFillRequest(header);

  // Under `next start` the cache is answered here; scripts/serve.mjs answers it before Next, faster.
  const cached = await answerFromCache({ method: request.method, pathname, search: request.nextUrl.search, header });
  if (cached) return new Response(cached.body as BodyInit | null, { status: cached.status, headers: cached.headers });

  // The cache's own render uses a placeholder nonce that each cached response replaces.
  const nonce = filling ? NONCE_PLACEHOLDER : btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev, frameAncestors });
  // The database is down and the page is not cached: a clean 503 at once (actions still run and answer "unavailable").
  if ((request.method === "GET" || request.method === "HEAD") && isDatabaseMarkedDown()) {
    return unavailableResponse(pathname, csp);
  }
  // Embeds carry their locale after /embed/; the locale router leaves them alone. An address with control
  // characters or stray spaces is no page: the translated 404 of the catch-all route (and never cached, see policy).
  const response = isMalformedPath(pathname) ? NextResponse.rewrite(notFoundUrl(request)) : embed ? NextResponse.next() : intl(request);
  // Nothing reader-specific may end up in the shared copy.
  if (filling) response.headers.delete("set-cookie");
  // Pass the nonce on to the render as request headers; Next applies it to its own scripts.
  const overridden = response.headers.get("x-middleware-override-headers");
  const names = new Set((overridden ? overridden.split(",") : []).filter(Boolean));
  if (!overridden) for (const name of request.headers.keys()) names.add(name);
  for (const [name, value] of [
    ["x-nonce", nonce],
    ["content-security-policy", csp],
    // Lets a page that sends someone to sign in bring them back here afterwards.
    ["x-pathname", request.nextUrl.pathname + request.nextUrl.search],
  ] as const) {
    names.add(name);
    response.headers.set(`x-middleware-request-${name}`, value);
  }
  if (!overridden) for (const [name, value] of request.headers) response.headers.set(`x-middleware-request-${name}`, value);
  response.headers.set("x-middleware-override-headers", [...names].join(","));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function notFoundUrl(request: NextRequest): URL {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = routing.locales.find((l) => l === first) ?? routing.defaultLocale;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/invalid-address`;
  url.search = "";
  return url;
}

export const config = {
  // Pages (not Next's assets or files with an extension), and the API for the cross-site write check.
  matcher: ["/((?!api|_next|.*\\..*).*)", "/api/:path*"],
};
