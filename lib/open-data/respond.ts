import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";

export const API_VERSION = "1";
export const LICENSE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };
export const ATTRIBUTION = "Helsingin kaupunki / Helsingfors stad / City of Helsinki";

/** The site's public address: APP_URL, AUTH_URL or the request's own origin. */
export function siteOrigin(request: Request): string {
  const e = env();
  return (e.APP_URL ?? e.AUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** Absolute address of a page on the public site (Finnish). */
export function siteUrl(request: Request) {
  const base = siteOrigin(request);
  return (path: string) => `${base}/fi${path}`;
}

export const apiBase = (request: Request) => `${siteOrigin(request)}/api/public/v1`;

/**
 * Open data responses: cacheable by anyone for a minute (they are public and
 * change only on publication), revalidated by ETag, readable from any
 * origin, and carrying the licence.
 */
export function dataResponse(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Cache-Control": "public, max-age=60, stale-while-revalidate=600",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    Link: `<${LICENSE.url}>; rel="license"`,
    ...extra,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

export function jsonBody(data: unknown, meta: Record<string, unknown> = {}): string {
  return JSON.stringify({ data, meta: { apiVersion: API_VERSION, license: LICENSE, attribution: ATTRIBUTION, ...meta } });
}

export function apiError(status: 400 | 404, error: string, detail?: string): Response {
  return Response.json({ error, detail, meta: { apiVersion: API_VERSION } }, { status, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
}
