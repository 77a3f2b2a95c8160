import createIntlMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/csp";
import { isDatabaseMarkedDown } from "./lib/db-health";
import { wellFormedActionRequest } from "./lib/security/action-request";
import { unavailableResponse } from "./lib/security/unavailable";
import { routing } from "./lib/i18n/routing";

const intl = createIntlMiddleware(routing);

/**
 * Locale routing (/ → /fi or the browser's language) and a per-request CSP
 * nonce. Not an access guard: pages, actions and route handlers check
 * permissions themselves.
 */
export async function proxy(request: NextRequest) {
  // A hand-made server-action post that Next could not decode gets a clean 400, not a 500.
  if (request.method === "POST" && request.headers.has("next-action") && !(await wellFormedActionRequest(request))) {
    return new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // The database is down: pages answer a clean 503 at once (actions still run and answer "unavailable").
  if ((request.method === "GET" || request.method === "HEAD") && isDatabaseMarkedDown()) {
    return unavailableResponse(request.nextUrl.pathname, csp);
  }
  const response = intl(request);
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

export const config = {
  // Pages only: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
