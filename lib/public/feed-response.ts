import "server-only";
import { isLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/open-data/respond";
import { atomFeed } from "./feed";
import { byGeneration } from "./memo";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** `fi.atom` etc.: the feed in that language, built once per change; 404 for another file name or a goal that is not public. */
export async function feedResponse(request: Request, file: string, goalId?: string): Promise<Response> {
  const locale = file.replace(/\.atom$/, "");
  if (!file.endsWith(".atom") || !isLocale(locale) || (goalId !== undefined && !UUID.test(goalId))) return notFound();
  const origin = siteOrigin(request);
  const body = await byGeneration(`feed:${origin}:${locale}:${goalId ?? ""}`, () => atomFeed({ origin, locale, goalId: goalId?.toLowerCase() }));
  if (body === null) return notFound();
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
