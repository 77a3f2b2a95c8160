import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eSql, recordPublication } from "./db";

/**
 * Language of parts (WCAG 3.1.2, issue 13 item 9): a public text shown in
 * Finnish on a Swedish or English page carries lang="fi" — on every kind of
 * public page. One published item of each area is made Finnish-only for the
 * test (its public snapshot; restored afterwards), then read signed out.
 */

type Target = { resource: string; table: string; entity: string; field: string };
const targets: Target[] = [
  { resource: "goals", table: "goals", entity: "goal", field: "title" },
  { resource: "priorities", table: "priorities", entity: "priority", field: "title" },
  { resource: "measures", table: "measures", entity: "measure", field: "title" },
  { resource: "indicators", table: "indicators", entity: "indicator", field: "title" },
  { resource: "eu-projects", table: "eu_projects", entity: "euProject", field: "name" },
  { resource: "networks", table: "networks", entity: "network", field: "name" },
  { resource: "advocacy-asks", table: "government_asks", entity: "government_ask", field: "wording" },
];

/** The page's heading is, or holds, the text marked as Finnish. */
const finnishHeading = ':is(h1[lang="fi"], h1 [lang="fi"])';

/** The last item the open data lists (not one the other specs read by name), with its page's path. */
async function lastItem(request: APIRequestContext, resource: string) {
  const rows = ((await (await request.get(`/api/public/v1/${resource}`)).json()) as { data: { id: string; url: string }[] }).data;
  const item = rows[rows.length - 1]!;
  return { id: item.id, path: new URL(item.url).pathname.replace(/^\/fi/, "") + new URL(item.url).search + new URL(item.url).hash };
}

test("Finnish-only texts carry lang=fi on Swedish and English pages: goal, priority, measure, indicator, EU project, network, ask, search, embed, history", async ({ page, request }) => {
  test.setTimeout(120_000);
  const sql = e2eSql();
  const saved: { t: Target; id: string; published: Record<string, unknown> }[] = [];
  try {
    const items: Record<string, { id: string; path: string; fi: string }> = {};
    for (const t of targets) {
      const { id, path } = await lastItem(request, t.resource);
      const [row] = await sql`select published from ${sql(t.table)} where id = ${id}`;
      const published = row!.published as Record<string, unknown>;
      saved.push({ t, id, published });
      const fi = `${(published[t.field] as { fi: string }).fi} suomeksi`;
      const finnishOnly = { ...published, [t.field]: { fi } };
      await sql`update ${sql(t.table)} set published = ${sql.json(finnishOnly as never)} where id = ${id}`;
      await recordPublication(sql, t.entity, id, finnishOnly);
      items[t.resource] = { id, path, fi };
    }
    for (const locale of ["sv", "en"] as const) {
      // Item pages: the heading (or the ask's entry) is the Finnish text, marked as such.
      for (const resource of ["goals", "priorities", "indicators", "eu-projects", "networks"]) {
        const it = items[resource]!;
        // The public cache follows the write within its short memo time: reload until it has.
        await expect(async () => {
          await page.goto(`/${locale}${it.path}`);
          await expect(page.locator(finnishHeading), `${locale} ${resource}`).toHaveText(it.fi, { timeout: 2_000 });
        }).toPass({ timeout: 20_000 });
      }
      const m = items.measures!;
      await page.goto(`/${locale}${m.path}`);
      await expect(page.locator('[lang="fi"]', { hasText: m.fi }).first(), `${locale} measure`).toBeVisible();
      // The ask: its own address opens the record at its entry.
      const ask = items["advocacy-asks"]!;
      await page.goto(`/${locale}/advocacy?ask=${ask.id}#ask-${ask.id}`);
      await expect(page.locator(`#ask-${ask.id} [lang="fi"]`).first(), `${locale} ask`).toHaveText(ask.fi);
      // Search: the hit's title.
      await page.goto(`/${locale}/search?q=suomeksi&type=network`);
      await expect(page.getByTestId("search-hit").locator('a[lang="fi"]', { hasText: items.networks!.fi }), `${locale} search`).toBeVisible();
      // Search hits for asks link to the ask itself.
      await page.goto(`/${locale}/search?q=suomeksi&type=ask`);
      await expect(page.getByTestId("search-hit").locator(`a[href*="#ask-${ask.id}"]`)).toBeVisible();
      // Embed of the goal: Finnish title marked, demo content said in one line.
      await page.goto(`/embed/${locale}/goals/${items.goals!.id}`);
      await expect(page.locator(finnishHeading), `${locale} embed`).toHaveText(items.goals!.fi);
      // The published history of the measure: its name in the heading marked as Finnish.
      await page.goto(`/${locale}/history/measure/${m.id}`);
      await expect(page.locator('h1 [lang="fi"]'), `${locale} history`).toHaveText(m.fi);
    }
    // On the Finnish page nothing is marked: the page's own language applies.
    await page.goto(`/fi${items.goals!.path}`);
    await expect(page.locator("h1")).toHaveText(items.goals!.fi);
    await expect(page.locator(finnishHeading)).toHaveCount(0);
  } finally {
    for (const { t, id, published } of saved) {
      await sql`update ${sql(t.table)} set published = ${sql.json(published as never)} where id = ${id}`;
      await recordPublication(sql, t.entity, id, published);
    }
    await sql.end();
  }
});

test("embeds and the history of a demo item carry the demo notice, in fi, sv and en", async ({ page, request }) => {
  // A public demo measure (the open data lists the public ones) and its goal.
  const listed = ((await (await request.get("/api/public/v1/measures")).json()) as { data: { id: string; goalId: string }[] }).data;
  const sql = e2eSql();
  const demoIds = new Set((await sql`select id from measures where is_demo`).map((r) => r.id as string));
  await sql.end();
  const demo = listed.find((m) => demoIds.has(m.id))!;
  const goal = { id: demo.goalId };
  for (const locale of ["fi", "sv", "en"] as const) {
    await page.goto(`/embed/${locale}/goals/${goal.id}`);
    await expect(page.locator("[data-demo-notice]")).toBeVisible();
    await page.goto(`/${locale}/history/measure/${demo!.id}`);
    await expect(page.locator("[data-demo-notice]")).toBeVisible();
  }
});
