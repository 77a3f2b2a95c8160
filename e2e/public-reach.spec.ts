import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

/**
 * Every area of the public site, as a signed-out newcomer finds it: from
 * the home page (keyboard only) to the EU projects, networks and advocacy in
 * fi, sv and en; the search finds a network and an EU project by a word of
 * their name; the feeds and the sitemap are there; axe on the new pages.
 */

const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href") ?? null);

/** Tab from the top of the page until the link to `href` has focus, then follow it with Enter. */
async function tabTo(page: Page, href: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await focusedHref(page)) === href) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`Tab never reached ${href}`);
}

/** A word of a name long enough to be its own (the longest one). */
const wordOf = (name: string) => name.split(/[\s()–-]+/).sort((a, b) => b.length - a.length)[0]!;

for (const locale of ["fi", "sv", "en"] as const) {
  test(`a signed-out visitor reaches every area from the home page (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const area of ["eu-projects", "networks", "advocacy"]) {
      await page.goto(`/${locale}`);
      // The home page has a short figure for the area, and its menu a link.
      await expect(page.getByTestId(`area-figure-${area === "eu-projects" ? "euProjects" : area}`)).toContainText(/\d/);
      await tabTo(page, `/${locale}/${area}`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/${area}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Breadcrumbs lead back home.
      await expect(page.locator(`main nav ol a[href="/${locale}"]`).first()).toBeVisible();
    }
    // An EU project and a network are one click from their lists.
    await page.goto(`/${locale}/eu-projects`);
    const project = page.locator(`main a[href^="/${locale}/eu-projects/"]`).first();
    await project.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/eu-projects/[0-9a-f-]{36}$`));
    await expect(page.getByTestId("last-updated")).toBeVisible();
    await page.goto(`/${locale}/networks`);
    await page.locator(`main a[href^="/${locale}/networks/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/networks/[0-9a-f-]{36}$`));
    await expect(page.getByTestId("last-updated")).toBeVisible();
  });
}

test("search finds a network and an EU project by a word of their name, in every language", async ({ page, request }) => {
  const networks = (await (await request.get("/api/public/v1/networks")).json()) as { data: { id: string; name: { fi: string } }[] };
  const projects = (await (await request.get("/api/public/v1/eu-projects")).json()) as { data: { id: string; name: { fi: string } }[] };
  const network = networks.data.find((n) => wordOf(n.name.fi).length >= 5)!;
  const project = projects.data.find((p) => wordOf(p.name.fi).length >= 5)!;
  for (const locale of ["fi", "sv", "en"] as const) {
    for (const [item, area] of [[network, "networks"], [project, "eu-projects"]] as const) {
      await page.goto(`/${locale}/search`);
      await page.locator("#search-q").fill(wordOf(item.name.fi).toLowerCase());
      await page.locator("#search-q").press("Enter");
      await expect(page.locator(`[data-testid="search-hit"] a[href="/${locale}/${area}/${item.id}"]`)).toBeVisible();
    }
  }
  // The type filter keeps to one kind.
  await page.goto(`/en/search?type=network`);
  const types = await page.getByTestId("search-hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-type")));
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(["network"]));
});

test("feeds of what was published are advertised and valid Atom, site-wide and per goal; the sitemap lists every area", async ({ page, request }) => {
  await page.goto("/sv");
  const feed = await page.locator('link[rel="alternate"][type="application/atom+xml"]').first().getAttribute("href");
  expect(feed).toMatch(/\/api\/public\/feeds\/sv\.atom$/);
  const site = await request.get(feed!);
  expect(site.status()).toBe(200);
  expect(site.headers()["content-type"]).toContain("application/atom+xml");
  const body = await site.text();
  expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">');
  expect(body).toContain("<entry>");
  const goals = (await (await request.get("/api/public/v1/goals")).json()) as { data: { id: string }[] };
  await page.goto(`/en/goals/${goals.data[0]!.id}`);
  const goalFeeds = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
  expect(goalFeeds.some((h) => h?.endsWith(`/api/public/feeds/goals/${goals.data[0]!.id}/en.atom`))).toBe(true);
  expect((await request.get(`/api/public/feeds/goals/${goals.data[0]!.id}/en.atom`)).status()).toBe(200);
  expect((await request.get(`/api/public/feeds/goals/00000000-0000-4000-8000-000000000000/en.atom`)).status()).toBe(404);
  expect((await request.get(`/api/public/feeds/de.atom`)).status()).toBe(404);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/fi/eu-projects", "/sv/networks", "/en/advocacy"]) expect(sitemap).toContain(`${path}</loc>`);
});

for (const locale of ["fi", "sv", "en"] as const) {
  test(`axe finds no violations on the areas' public pages and the search across areas (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const networks = (await (await request.get("/api/public/v1/networks")).json()) as { data: { id: string }[] };
    const projects = (await (await request.get("/api/public/v1/eu-projects")).json()) as { data: { id: string }[] };
    for (const path of [
      `/${locale}`,
      `/${locale}/eu-projects`,
      `/${locale}/eu-projects/${projects.data[0]!.id}`,
      `/${locale}/networks`,
      `/${locale}/networks/${networks.data[0]!.id}`,
      `/${locale}/advocacy`,
      `/${locale}/search?type=euProject`,
      `/${locale}/search?q=helsinki`,
      `/${locale}/search?type=ask`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await test.step(path, () => expectNoAxeViolations(page));
    }
  });
}
