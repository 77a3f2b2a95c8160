import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, storageState } from "./helpers";

test.describe("public site", () => {
  test.describe("with a Finnish browser", () => {
    test.use({ locale: "fi-FI" });
    test("/ goes to Finnish and lists the goals from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fi$/);
    await expect(page.getByRole("heading", { name: "Helsingin kaupunki on aktiivinen kansainvälinen toimija" })).toBeVisible();
    // The goal's progress is rolled up from its measures; each priority shows its own.
    await expect(page.getByRole("progressbar", { name: "Tavoitteen edistyminen: Helsingin kaupunki on aktiivinen kansainvälinen toimija" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Taloudellinen elpyminen" })).toBeVisible();
    });
  });

  test.describe("with a Swedish browser", () => {
    test.use({ locale: "sv-FI" });
    test("/ goes to Swedish", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/sv$/);
      await expect(page.getByRole("heading", { name: "Helsingfors stad är en aktiv internationell aktör" })).toBeVisible();
    });
  });

  test("the language switcher keeps the page", async ({ page }) => {
    await page.goto("/fi/signin");
    await page.getByRole("link", { name: "Svenska" }).click();
    await expect(page).toHaveURL(/\/sv\/signin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/signin$/);
    await page.goto("/en");
    await expect(page.getByRole("heading", { name: "Helsinki is an active international actor" })).toBeVisible();
  });

  for (const locale of ["fi", "sv", "en"]) {
    test(`axe finds no violations on the home and sign-in pages (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/signin`);
      await expectNoAxeViolations(page);
    });
  }

  test("security headers are set", async ({ request }) => {
    const response = await request.get("/fi");
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBeTruthy();
  });

  test("health answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

test.describe("signed out", () => {
  test("cannot reach the staff area or its data", async ({ page }) => {
    await page.goto("/fi/staff/strategy");
    await expect(page).toHaveURL(/\/fi\/signin\?callbackUrl=/);
    await expect(page.getByText("Sisäiset muistiinpanot")).toHaveCount(0);
  });

  test("wrong credentials get one neutral, translated message", async ({ page }) => {
    await signIn(page, "editor@example.com", "wrong-password", "en");
    await expect(page.getByText("The email or password is wrong.")).toBeVisible();
    await signIn(page, "nobody@example.com", "wrong-password", "sv");
    await expect(page.getByText("E-postadressen eller lösenordet är fel.")).toBeVisible();
  });

  test("returns to the page asked for after signing in", async ({ page }) => {
    await page.goto("/en/staff/strategy");
    await page.getByLabel("Email").fill("executive@example.com");
    await page.getByLabel("Password").fill("helsinki-demo");
    await page.locator("form").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/strategy$/);
  });
});

test.describe("roles", () => {
  test.describe("executive", () => {
    test.use({ storageState: storageState("executive") });
    test("reads internal data in the staff area", async ({ page }) => {
      await page.goto("/fi/staff/strategy");
      await expect(page.getByRole("heading", { level: 1, name: "Toimenpiteet" })).toBeVisible();
      await expect(page.getByRole("columnheader", { name: "Sisäiset muistiinpanot" })).toBeVisible();
      await expect(page.getByText("Johto", { exact: false }).first()).toBeVisible();
    });
  });

  test.describe("editor", () => {
    test.use({ storageState: storageState("editor") });
    test("sees which measures they may edit", async ({ page }) => {
      await page.goto("/fi/staff/strategy");
      await expect(page.getByText("Voit muokata").first()).toBeVisible();
    });
    test("the start page shows the editor's role and unit", async ({ page }) => {
      await page.goto("/en/staff");
      await expect(page.getByText("Your role: Editor")).toBeVisible();
      await expect(page.getByText("City Executive Office, International Affairs")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  test.describe("coordinator", () => {
    test.use({ storageState: storageState("coordinator") });
    test("reaches the workspace as coordinator", async ({ page }) => {
      await page.goto("/en/staff");
      await expect(page.getByText("Your role: Coordinator")).toBeVisible();
      await expect(page.getByRole("list", { name: "What you can do" }).getByText("Review and publish")).toBeVisible();
    });
  });

  test.describe("admin", () => {
    test.use({ storageState: storageState("admin") });
    test("reaches the workspace as admin and can sign out", async ({ page }) => {
      await page.goto("/en/staff");
      await expect(page.getByText("Your role: Administrator")).toBeVisible();
      await expect(page.getByRole("list", { name: "What you can do" }).getByText("Manage users and units")).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      await page.goto("/en/staff");
      await expect(page).toHaveURL(/\/en\/signin/);
    });
  });
});
