import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, storageState } from "./helpers";

test.describe("administration", () => {
  test("a person without a role sees no staff area until an admin grants one", async ({ browser }) => {
    const email = `new-${Date.now()}@hel.fi`;
    const adminContext = await browser.newContext({ storageState: storageState("admin"), locale: "en-GB" });
    const admin = await adminContext.newPage();
    await admin.goto("/en/staff/admin");
    const create = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Add user" }) });
    await create.getByLabel("Email").fill(email);
    await create.getByLabel(/^Name/).fill("Newcomer Nina");
    await create.getByLabel("Initial password (optional)").fill("a-long-enough-password");
    await create.getByRole("button", { name: "Add user" }).click();
    await expect(create.getByText("User added.")).toBeVisible();

    const userContext = await browser.newContext({ locale: "en-GB" });
    const user = await userContext.newPage();
    await signIn(user, email, "a-long-enough-password", "en");
    await expect(user).toHaveURL(/\/en\/no-access$/);
    await expect(user.getByText("Your account has not been given staff rights yet.")).toBeVisible();

    await admin.reload();
    const row = admin.getByRole("form", { name: email });
    await row.getByLabel("Role").selectOption("editor");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByText("Saved.")).toBeVisible();

    await user.goto("/en/staff");
    await expect(user.getByText("Your role: Editor")).toBeVisible();
    await adminContext.close();
    await userContext.close();
  });

  test("the admin pages pass axe", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState("admin") });
    const page = await context.newPage();
    await page.goto("/fi/staff/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Ylläpito" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/sv/staff/admin/units");
    await expect(page.getByRole("heading", { level: 2, name: "Enheter" })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test.describe("coordinator", () => {
    test.use({ storageState: storageState("coordinator") });
    test("cannot reach user administration", async ({ page }) => {
      await page.goto("/en/staff/admin");
      await expect(page).toHaveURL(/\/en\/no-access$/);
      await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
    });
  });
});
