import { expect, test } from "@playwright/test";
import { adminAddUserForm, expectNoAxeViolations, signIn, storageState } from "./helpers";

test.describe("administration", () => {
  test("a person without a role sees no staff area until an admin grants one", async ({ browser }) => {
    const email = `new-${Date.now()}@hel.fi`;
    const { context: adminContext, page: admin, form: create, fill } = await adminAddUserForm(browser);
    await fill(email, "Newcomer Nina");
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

  test("adding people one after another: the form's message is always the latest save's", async ({ browser }) => {
    const stamp = Date.now();
    const { context, page: admin, form: create, fill } = await adminAddUserForm(browser);
    await fill(`serial-${stamp}-a@hel.fi`, "Serial Sara");
    await create.getByRole("button", { name: "Add user" }).click();
    await expect(create.getByText("User added.")).toBeVisible();

    // Hold the second save on its way, to look at the form while it runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await admin.route("**/en/staff/admin", async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    await fill(`serial-${stamp}-b@hel.fi`, "Serial Sara");
    await create.getByRole("button", { name: "Add user" }).click();
    await expect(create.getByRole("button", { name: "Add user" })).toBeDisabled();
    await expect(create.getByText("User added.")).toHaveCount(0);
    release();
    await expect(create.getByText("User added.")).toBeVisible();
    await expect(create.getByRole("button", { name: "Add user" })).toBeEnabled();
    await admin.unrouteAll({ behavior: "ignoreErrors" });
    await admin.reload();
    await expect(admin.getByRole("form", { name: `serial-${stamp}-b@hel.fi` })).toBeVisible();
    await context.close();
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
