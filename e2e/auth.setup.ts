import { expect, test as setup } from "@playwright/test";
import { demoRoles, signIn, storageState } from "./helpers";

// One signed-in browser state per demo role, reused by the tests.
for (const role of demoRoles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, `${role}@example.com`);
    // These are the first requests to a server just started (its modules load on first use, four roles at once): more time than a later step needs.
    await expect(page).toHaveURL(/\/fi\/staff$/, { timeout: 30_000 });
    await page.context().storageState({ path: storageState(role) });
  });
}
