import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "../helpers/db";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp";

/**
 * `npm run reminders` as an operator runs it: a separate process (tsx with the
 * react-server condition), on PostgreSQL when the suite runs there, else on a
 * fresh embedded database of its own, sending to a real SMTP server.
 */
const onPostgres = process.env.TEST_DB === "postgres";
if (onPostgres) setupTestDatabase({ demo: true });
const PORT = 2527;
let smtp: TestSmtpServer;
let pgliteDir: string | undefined;

function runCli(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(PORT),
    SMTP_TLS: "none",
    SMTP_FROM: "Helsinki <reminders@hel.example>",
    APP_URL: "https://advocacy.example.test",
    DEMO_MODE: "true",
    // A port nothing listens on: the "is the app running on the embedded database" check finds nothing.
    PORT: "1",
  };
  if (!onPostgres) {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = pgliteDir;
  }
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "--conditions", "react-server", "lib/reminders/cli.ts"], { env, timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  smtp = await startSmtpServer(PORT);
  if (!onPostgres) pgliteDir = await mkdtemp(path.join(tmpdir(), "reminders-cli-"));
});
afterAll(async () => {
  await smtp.close();
  if (pgliteDir) await rm(pgliteDir, { recursive: true, force: true });
});

describe("npm run reminders", () => {
  it("sends the demo contact person's digest in Finnish, reports it, and sends nothing on a second run", { timeout: 400_000 }, async () => {
    const first = await runCli();
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\d+ recipients, [1-9]\d* digests built, [1-9]\d* sent/);
    const [mail] = smtp.to("editor@example.com");
    expect(mail?.subject).toMatch(/odottaa sinua/);
    expect(mail?.text).toContain("https://advocacy.example.test/fi/staff/");

    const count = smtp.received.length;
    const second = await runCli();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 digests built, 0 sent, [1-9]\d* already sent this period/);
    expect(smtp.received).toHaveLength(count);
  });
});
