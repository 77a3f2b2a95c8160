import { spawn, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import Provider from "oidc-provider";
import postgres from "postgres";

// The city's single sign-on, proven against a real OIDC issuer (oidc-provider)
// and a second app server configured for it.
const base = Number(process.env.E2E_PORT ?? 3200);
const issuerPort = base + 60;
const appPort = base + 61;
const issuer = `http://localhost:${issuerPort}`;
const appUrl = `http://localhost:${appPort}`;
const email = `sso.user.${Date.now()}@hel.fi`;

// What the provider says about each account (by subject); by default the subject is a verified e-mail.
const accountClaims = new Map<string, { email: string; email_verified: boolean }>();

let issuerServer: Server;
let app: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "advocacy-workspace",
        client_secret: "test-client-secret",
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true, ...accountClaims.get(sub), name: "Sanna SSO" }),
    }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => false },
  });
  issuerServer = provider.listen(issuerPort);
  app = spawn("npx", ["next", "start", "-p", String(appPort)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      AUTH_SECRET: "e2e-oidc-secret-e2e-oidc-secret",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: appUrl,
      AUTH_OIDC_ISSUER: issuer,
      AUTH_OIDC_CLIENT_ID: "advocacy-workspace",
      AUTH_OIDC_CLIENT_SECRET: "test-client-secret",
      AUTH_OIDC_NAME: "Helsinki-tunnus",
    },
    stdio: "ignore",
    // Its own process group: npx does not pass SIGTERM on, so the whole group is stopped afterwards.
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${appUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the SSO app server did not start");
});

test.afterAll(async () => {
  if (app?.pid) {
    try {
      process.kill(-app.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise<void>((resolve) => (issuerServer ? issuerServer.close(() => resolve()) : resolve()));
});

/** Signs in at the provider's own login and consent pages as `subject`. */
async function ssoSignIn(page: Page, subject: string) {
  await page.goto(`${appUrl}/en/signin`);
  await page.getByRole("button", { name: "Sign in with the city's single sign-on (Helsinki-tunnus)" }).click();
  await page.locator("input[name=login]").fill(subject);
  await page.locator("input[name=password]").fill("anything");
  await page.locator("button[type=submit]").click();
  const consent = page.locator("button[type=submit]", { hasText: /continue/i });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

async function withSql<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(process.env.E2E_DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

test("a new SSO user signs in, gets no staff rights, and reaches the staff area once a role is granted", async ({ page }) => {
  // The issuer's own login and consent pages.
  await ssoSignIn(page, email);
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/en/no-access$`));
  await expect(page.getByText("Your account has not been given staff rights yet.")).toBeVisible();

  const sql = postgres(process.env.E2E_DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select role, name from users where email = ${email}`;
    expect(rows).toEqual([{ role: null, name: "Sanna SSO" }]);
    await sql`update users set role = 'executive' where email = ${email}`;
  } finally {
    await sql.end();
  }
  await page.goto(`${appUrl}/en/staff`);
  await expect(page.getByText("Your role: Executive")).toBeVisible();
});

test("an unverified e-mail at the provider is not linked to the staff member's account", async ({ page }) => {
  const staff = `sso.staff.${Date.now()}@hel.fi`;
  await withSql((sql) => sql`insert into users (email, name, role, sso_link_allowed) values (${staff}, 'Staff Member', 'editor', true)`);
  accountClaims.set("attacker-subject", { email: staff, email_verified: false });
  await ssoSignIn(page, "attacker-subject");
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/en/signin\\?error=sso_unverified$`));
  await expect(page.getByRole("alert").filter({ hasText: "has not verified your e-mail address" })).toBeVisible();
  const rows = await withSql((sql) => sql`select sso_subject, last_sign_in_at from users where email = ${staff}`);
  expect(rows).toEqual([{ sso_subject: null, last_sign_in_at: null }]);
  const logged = await withSql((sql) => sql`select count(*)::int as n from audit_log where entity_type = 'sso_sign_in' and after->>'email' = ${staff}`);
  expect(logged).toEqual([{ n: 1 }]);
});

test("a changed e-mail at the provider keeps the same account", async ({ page }) => {
  const changed = `renamed.${email}`;
  accountClaims.set(email, { email: changed, email_verified: true });
  await ssoSignIn(page, email);
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/en/staff`));
  await expect(page.getByText("Your role: Executive")).toBeVisible();
  const rows = await withSql((sql) => sql`select email from users where sso_subject = ${email} or email = ${changed}`);
  expect(rows).toEqual([{ email }]);
});

test("a deactivated user cannot come back through SSO", async ({ page }) => {
  await withSql((sql) => sql`update users set active = false where email = ${email}`);
  await ssoSignIn(page, email);
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/en/signin\\?error=sso_deactivated$`));
  await expect(page.getByRole("alert").filter({ hasText: "Your account has been deactivated. Contact the workspace administrator." })).toBeVisible();
  await page.goto(`${appUrl}/en/staff`);
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/en/signin`));
});
