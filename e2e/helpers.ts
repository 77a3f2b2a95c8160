import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "helsinki-demo";
export const demoRoles = ["admin", "coordinator", "editor", "executive"] as const;
export type DemoRole = (typeof demoRoles)[number];
export const storageState = (role: DemoRole) => `e2e/.auth/${role}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "fi") {
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(/Sähköposti|E-post|Email/).fill(email);
  await page.getByLabel(/Salasana|Lösenord|Password/).fill(password);
  await page.locator("form").getByRole("button", { name: /Kirjaudu|Logga in|Sign in/ }).click();
}

/** An admin on the users page (English), at its "Add user" form; close `context` when done. */
export async function adminAddUserForm(browser: Browser) {
  const context = await browser.newContext({ storageState: storageState("admin"), locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/staff/admin");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add user" }) });
  const fill = async (email: string, name: string) => {
    await form.getByLabel("Email").fill(email);
    await form.getByLabel(/^Name/).fill(name);
  };
  return { context, page, form, fill };
}

/** WCAG 2.1 AA by axe: no violations. */
export async function expectNoAxeViolations(page: Page) {
  // After a click the next page may still be arriving (a client navigation sets its title last): check the page, not the moment between.
  await page.waitForLoadState();
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
