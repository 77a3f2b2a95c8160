import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

/** The public site is honest about demo content, has no odd addresses, and marks text in another language (issue 13). */

const demoTitle = { fi: "Esittelyaineistoa", sv: "Demonstrationsinnehåll", en: "Demo content" } as const;

for (const locale of ["fi", "sv", "en"] as const) {
  test(`every public page that shows demo content says so (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of ["", "/networks", "/eu-projects", "/advocacy"]) {
      await page.goto(`/${locale}${path}`);
      const notice = page.locator("[data-demo-notice]");
      await expect(notice, path).toBeVisible();
      await expect(notice.getByRole("heading", { name: demoTitle[locale] })).toBeVisible();
    }
    // A page with nothing invented on it (the accessibility statement) carries no notice.
    await page.goto(`/${locale}/accessibility`);
    await expect(page.locator("[data-demo-notice]")).toHaveCount(0);
  });
}

test("addresses with control characters or trailing spaces are 404, also the second time (never a cache entry)", async ({ request }) => {
  for (const path of ["/fi/%00", "/fi/networks%00", "/fi/networks%20", "/sv/advocacy%09", "/en/goals%20"]) {
    for (let i = 0; i < 2; i++) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${path} (${i + 1})`).toBe(404);
      expect(await res.text()).not.toContain('data-testid="public-network"');
    }
  }
  expect((await request.get("/fi/networks")).status()).toBe(200);
});

test("advocacy is a record: every outcome, the adoption rate with its rule, statements with dates; Finnish text on a Swedish page carries lang=fi", async ({ page }) => {
  await page.goto("/sv/advocacy");
  const asks = page.getByTestId("public-asks");
  for (const outcome of ["adopted", "partly", "not_adopted", "pending"]) await expect(asks.locator(`[data-outcome="${outcome}"]`).first()).toBeVisible();
  await expect(page.locator("#adoption-rule")).toBeVisible();
  // The ministry in Swedish; the consultation's Finnish title marked as Finnish.
  await expect(page.getByText("Arbets- och näringsministeriet").first()).toBeVisible();
  const finnish = page.locator('#statements dd[lang="fi"]');
  expect(await finnish.count()).toBeGreaterThan(0);
  await expect(finnish.first()).toContainText(/[a-zåäö]/i);
  await page.getByRole("navigation", { name: "Avgränsa enligt utfall" }).getByRole("link", { name: "Förverkligades inte" }).click();
  await expect(page).toHaveURL(/outcome=not_adopted/);
  expect(await asks.locator("li[data-outcome]").evaluateAll((els) => els.map((e) => e.getAttribute("data-outcome")))).toEqual(expect.arrayContaining(["not_adopted"]));
  expect(new Set(await asks.locator("li[data-outcome]").evaluateAll((els) => els.map((e) => e.getAttribute("data-outcome"))))).toEqual(new Set(["not_adopted"]));
  await expectNoAxeViolations(page);
});

test("English dates are European (2 Dec 2026), never US order", async ({ page }) => {
  await page.goto("/en/advocacy");
  const dates = await page.locator("#statements time").allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
});

for (const locale of ["fi", "sv", "en"] as const) {
  test(`axe: no violations on the changed public pages (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of ["", "/networks", "/eu-projects", "/advocacy", "/advocacy?outcome=pending", "/fi/%00".slice(3)]) {
      await page.goto(`/${locale}${path}`);
      await test.step(path || "/", () => expectNoAxeViolations(page));
    }
  });
}
