import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/jobs/reminders/route";
import { resetEnvCache } from "@/lib/env";
import type { JobReport } from "@/lib/reminders/job";
import { setupTestDatabase } from "../helpers/db";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp";
import { makeMeasure, makePerson, refusedAndFine, tri, uniq } from "./fixtures";

/** The scheduler's route: refused without the secret, runs the job with it and reports what it did. */
const getDb = setupTestDatabase({ demo: true });
const PORT = 2526;
const SECRET = "a-long-random-jobs-secret-for-the-tests-0123456789";
let smtp: TestSmtpServer;

const call = (authorization?: string) =>
  POST(new Request("http://localhost/api/jobs/reminders", { method: "POST", headers: authorization ? { authorization } : {} }));

beforeAll(async () => {
  smtp = await startSmtpServer(PORT);
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(PORT), SMTP_TLS: "none", SMTP_FROM: "reminders@hel.example" });
  resetEnvCache();
});
afterAll(async () => {
  await smtp.close();
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_TLS", "SMTP_FROM", "JOBS_SECRET"]) delete process.env[k];
  resetEnvCache();
});

describe("POST /api/jobs/reminders", () => {
  it("does not exist while JOBS_SECRET is not configured", async () => {
    delete process.env.JOBS_SECRET;
    resetEnvCache();
    expect((await call(`Bearer ${SECRET}`)).status).toBe(404);
    expect(smtp.received).toHaveLength(0);
  });

  it("refuses a missing or wrong secret with 401 and sends nothing", async () => {
    process.env.JOBS_SECRET = SECRET;
    resetEnvCache();
    for (const header of [undefined, "Bearer", `Bearer ${SECRET}x`, `Bearer ${SECRET.slice(0, -1)}`, `Basic ${SECRET}`, SECRET]) {
      const response = await call(header);
      expect(response.status, String(header)).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect(smtp.received).toHaveLength(0);
  });

  it("with the secret it runs the job and reports what was built and sent; a second call sends nothing", async () => {
    const db = await getDb();
    const p = await makePerson(db, { role: "editor", unit: "KANS", locale: "sv" });
    await makeMeasure(db, { unit: "KANS", title: tri(uniq("route"), "Reitti", "Rutt", "Route"), contacts: [p.id], createdDaysAgo: 150 });
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = (await response.json()) as JobReport;
    expect(report.mode).toBe("smtp");
    expect(report.built).toBeGreaterThan(0);
    expect(report.sent).toBe(report.built);
    expect(report.failures).toEqual([]);
    expect(smtp.received).toHaveLength(report.sent);
    expect(smtp.to(p.email)).toHaveLength(1);

    const again = (await (await call(`Bearer ${SECRET}`)).json()) as JobReport;
    expect(again.built).toBe(0);
    expect(again.alreadySent).toBe(report.built);
    expect(smtp.received).toHaveLength(report.sent);
  });

  it("reports per-recipient failures with status 500, after sending the rest", async () => {
    const db = await getDb();
    const { refused, fine } = await refusedAndFine(db, smtp, tri(uniq("routefail"), "Reitti", "Rutt", "Route"));
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(500);
    const report = (await response.json()) as JobReport;
    expect(report.failures).toEqual([expect.objectContaining({ userId: refused.id, email: refused.email })]);
    expect(report.sent).toBe(1);
    expect(smtp.to(fine.email)).toHaveLength(1);
  });
});
