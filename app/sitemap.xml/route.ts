import { siteOrigin } from "@/lib/open-data/respond";
import { byGeneration } from "@/lib/public/memo";
import { sitemapXml } from "@/lib/public/sitemap";

export const dynamic = "force-dynamic";

/** The sitemap of the public site (every public page in fi, sv and en). Anyone may read it. */
export async function GET(request: Request) {
  const origin = siteOrigin(request);
  const body = await byGeneration(`sitemap:${origin}`, () => sitemapXml(origin));
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
