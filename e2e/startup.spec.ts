import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("production refuses to start without AUTH_SECRET, with a clear message", async () => {
  test.setTimeout(60_000);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: process.env.E2E_DATABASE_URL ?? "" };
  delete env.AUTH_SECRET;
  const child = spawn("npx", ["next", "start", "-p", String(Number(process.env.E2E_PORT ?? 3200) + 50)], { env });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 45_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain("AUTH_SECRET is not set");
});
