import "server-only";
import { getDb } from "@/db/client";
import { publicAreaItems } from "@/db/queries/public/ids";
import { locales } from "@/lib/i18n/routing";
import { publicStrategy } from "./content";
import { publicLinks } from "./links";
import { publicSections } from "./sections";

type Entry = { path: string; lastModified?: string | null };

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Every public page of the site in each language, with the other languages
 * as alternates: the sections, every public goal, priority, measure and
 * indicator, every published EU project and network. Only what the public
 * may see (the same reads as the pages).
 */
export async function sitemapXml(origin: string): Promise<string> {
  const [data, areas] = await Promise.all([publicStrategy(), publicAreaItems(await getDb())]);
  const at = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
  const entries: Entry[] = [
    ...publicSections.map((s) => ({ path: s.href === "/" ? "" : s.href })),
    { path: "/accessibility" },
    ...data.goals.map((g) => ({ path: publicLinks.goal(g.id), lastModified: g.publishedAt })),
    ...data.priorities.map((p) => ({ path: publicLinks.priority(p.id, p.goalId), lastModified: p.publishedAt })),
    ...data.measures.map((m) => ({ path: publicLinks.measure(m.id), lastModified: m.publishedAt })),
    ...data.indicators.map((i) => ({ path: publicLinks.indicator(i.id), lastModified: i.publishedAt })),
    ...areas.euProjects.map((p) => ({ path: publicLinks.euProject(p.id), lastModified: at(p.publishedAt) })),
    ...areas.networks.map((n) => ({ path: publicLinks.network(n.id), lastModified: at(n.publishedAt) })),
  ];
  const urls = entries.flatMap((e) =>
    locales.map((locale) => {
      const alternates = locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(`${origin}/${l}${e.path}`)}"/>`).join("");
      const lastmod = e.lastModified ? `<lastmod>${e.lastModified}</lastmod>` : "";
      return `<url><loc>${escapeXml(`${origin}/${locale}${e.path}`)}</loc>${lastmod}${alternates}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}
