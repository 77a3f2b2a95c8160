import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageState } from "./helpers";

/**
 * Response headers an attacker would probe: the Content-Security-Policy
 * allows scripts only with this response's nonce, and the session cookie is
 * HttpOnly and SameSite (and Secure with the __Secure- prefix behind https).
 */

function nonceOf(csp: string): string {
  const m = /script-src[^;]*'nonce-([^']+)'/.exec(csp);
  if (!m?.[1]) throw new Error(`no nonce in ${csp}`);
  return m[1];
}

test.describe("Content-Security-Policy", () => {
  for (const [who, page] of [["public", "/fi"], ["public", "/sv/signin"], ["executive", "/en/staff"]] as const) {
    test(`${page} (${who}): scripts need this response's nonce, and every script has it`, async ({ browser }) => {
      const context = await browser.newContext(who === "public" ? {} : { storageState: storageState(who) });
      const page1 = await context.request.get(page);
      const page2 = await context.request.get(page);
      const csp = page1.headers()["content-security-policy"] ?? "";
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      const nonce = nonceOf(csp);
      expect(nonceOf(page2.headers()["content-security-policy"] ?? ""), "a fresh nonce per response").not.toBe(nonce);
      const html = await page1.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // A cached public page may be plain HTML; a signed-in page always has Next's scripts.
      if (who !== "public") expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);

      // In the browser: no script is refused (the app works under its own policy).
      const browserPage = await context.newPage();
      const violations: string[] = [];
      browserPage.on("console", (m) => {
        if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
      });
      await browserPage.goto(page);
      await browserPage.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

async function signInOverHttp(base: string, email: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ email, password: "helsinki-demo", csrfToken, callbackUrl: `${base}/fi/staff` }),
  });
  return response.headers.getSetCookie().find((c) => c.includes("session-token=")) ?? "";
}

test.describe("the session cookie", () => {
  test("is HttpOnly and SameSite=Lax", async ({ baseURL }) => {
    const cookie = await signInOverHttp(baseURL ?? "", "executive@example.com");
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  test("behind https it is also Secure, with the __Secure- prefix, and HSTS is sent", async () => {
    test.setTimeout(120_000);
    // A second server of the same build whose public address is https (as behind the city's load balancer).
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const child: ChildProcess = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "", DEMO_MODE: "true", AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret", AUTH_TRUST_HOST: "true", AUTH_URL: `https://localhost:${port}`, NODE_ENV: "production" },
      stdio: "ignore",
      detached: true,
    });
    try {
      const base = `http://localhost:${port}`;
      const deadline = Date.now() + 90_000;
      for (;;) {
        const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error("the https server did not start");
        await new Promise((r) => setTimeout(r, 300));
      }
      const cookie = await signInOverHttp(base, "executive@example.com");
      expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      const home = await fetch(`${base}/fi`);
      expect(home.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  });
});
