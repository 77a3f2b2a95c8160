import { expect, test as setup } from "@playwright/test";
import { demoRoles, signIn, storageState } from "./helpers";

// One signed-in browser state per demo role, reused by the tests.
for (const role of demoRoles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, `${role}@example.com`);
    await expect(page).toHaveURL(/\/fi\/staff$/);
    await page.context().storageState({ path: storageState(role) });
  });
}
