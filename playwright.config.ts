import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://localhost:${PORT}`;

/**
 * E2E against the built app (`next build` first) on a PostgreSQL database
 * (E2E_DATABASE_URL, prepared by scripts/test-all.sh) with demo data.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `node scripts/serve.mjs -p ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // A stop the server can finish (it drains, and the write lane removes its socket file); killed otherwise.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      DEMO_MODE: "true",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: baseURL,
      NODE_ENV: "production",
    },
  },
});
