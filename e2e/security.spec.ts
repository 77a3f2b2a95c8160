import { expect, test } from "@playwright/test";
import { createAccount } from "./db";
import { signIn } from "./helpers";
import { actionId } from "./actions";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("sign-in", () => {
  test("repeated wrong passwords are rate limited, and then even the right one is refused", async ({ page }) => {
    const email = `ratelimit-${unique()}@example.com`;
    await createAccount(email, "the-right-password-1");
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-${i}`, "en");
      await expect(page.getByText("The email or password is wrong.")).toBeVisible();
    }
    await signIn(page, email, "the-right-password-1", "en");
    await expect(page.getByText("Too many failed attempts. Wait 15 minutes and try again.")).toBeVisible();
    await expect(page).toHaveURL(/\/en\/signin/);
    // Another account is not affected by this one's lock.
    const other = `ratelimit-other-${unique()}@example.com`;
    await createAccount(other, "the-right-password-2");
    await signIn(page, other, "the-right-password-2", "en");
    await expect(page).toHaveURL(/\/fi\/staff$|\/en\/staff$/);
  });

  test("a credentials post without the CSRF token signs no one in", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: "admin@example.com", password: "helsinki-demo" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toContain("error=MissingCSRF");
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });

  test("/api/auth/session tells a signed-out caller nothing", async ({ request }) => {
    const response = await request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe("null");
  });

  test("single sign-on that is not configured fails cleanly", async ({ request }) => {
    // The SSO button is hidden without OIDC settings; a hand-made post of its action must not break anything.
    const response = await request.post("/fi/signin", {
      headers: { "Next-Action": actionId("app/[locale]/signin/actions.ts", "signInWithOidc"), Origin: test.info().project.use.baseURL ?? "" },
      multipart: { "1_locale": "fi", "0": '["$K1"]' },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/at .+\(.+:\d+:\d+\)|Error:/);
  });
});
