import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Done means (issue 13): a signed-out crawl from the home page finds every
 * published EU project, network and ask, following the lists' pages (links
 * that only page, not filter), in fi, sv and en.
 */

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

async function listed(request: APIRequestContext, resource: string): Promise<string[]> {
  return ((await (await request.get(`/api/public/v1/${resource}`)).json()) as { data: { id: string }[] }).data.map((r) => r.id).sort();
}

for (const locale of ["fi", "sv", "en"] as const) {
  test(`a crawl from the home page finds every published EU project, network and ask (${locale})`, async ({ request }) => {
    test.setTimeout(120_000);
    const areas = [`/${locale}/eu-projects`, `/${locale}/networks`, `/${locale}/advocacy`];
    const seen = new Set<string>();
    const queue = [`/${locale}`];
    const found = { projects: new Set<string>(), networks: new Set<string>(), asks: new Set<string>() };
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      expect(seen.size, "the crawl stays bounded").toBeLessThan(400);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      for (const m of html.matchAll(new RegExp(`href="/${locale}/eu-projects/(${UUID})"`, "g"))) found.projects.add(m[1]!);
      for (const m of html.matchAll(new RegExp(`href="/${locale}/networks/(${UUID})"`, "g"))) found.networks.add(m[1]!);
      for (const m of html.matchAll(new RegExp(`id="ask-(${UUID})"`, "g"))) found.asks.add(m[1]!);
      // Follow the home page's links into the areas, and the areas' page links (only paging parameters).
      for (const m of html.matchAll(/href="([^"#]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, "&");
        const url = new URL(href, "http://site");
        if (!areas.includes(url.pathname)) continue;
        if ([...url.searchParams.keys()].some((k) => !/^(page|statementsPage|[a-zA-Z]+Page)$/.test(k))) continue;
        if (!seen.has(url.pathname + url.search)) queue.push(url.pathname + url.search);
      }
    }
    expect([...found.projects].sort(), "EU projects").toEqual(await listed(request, "eu-projects"));
    expect([...found.networks].sort(), "networks").toEqual(await listed(request, "networks"));
    expect([...found.asks].sort(), "asks").toEqual(await listed(request, "advocacy-asks"));
  });
}
