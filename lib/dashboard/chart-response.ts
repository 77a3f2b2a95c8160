import { createHash } from "node:crypto";
import type { BarChart, HeatMap } from "./model";
import { chartDrawing, drawingSvg } from "./svg";

/** A plain-text answer of a chart route (not found, sign in, no access). */
export const chartText = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A chart route's file name: `<id>.svg` (the picture) or `<id>.json` (its numbers); null for anything else. */
export function parseChartName(name: string): { id: string; format: "svg" | "json" } | null {
  const match = /^([a-z0-9-]{1,80})\.(svg|json)$/.exec(name);
  return match ? { id: match[1]!, format: match[2] as "svg" | "json" } : null;
}

/**
 * One chart as the picture the pages show (`svg`, named by `title` inside the
 * file) or as the numbers its table is drawn from (`json`). An unchanged
 * answer is not sent again (ETag): the dashboard's and the funding
 * portfolio's chart routes answer with this.
 */
export function chartResponse(request: Request, block: BarChart | HeatMap, format: "svg" | "json", title: string, locale: string): Response {
  const body = format === "svg" ? drawingSvg(chartDrawing(block), title) : JSON.stringify(block);
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = {
    "Content-Type": format === "svg" ? "image/svg+xml; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Language": locale,
    "Cache-Control": "private, no-cache",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
