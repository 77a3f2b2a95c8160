import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reminderDigests } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { digestPeriod } from "@/lib/reminders/dates";
import { runReminders } from "@/lib/reminders/job";
import { logMailer, mailerFromEnv } from "@/lib/reminders/mailer";
import { setupTestDatabase } from "../helpers/db";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp";
import { middayInHelsinki } from "../helpers/clock";
import { daysFromToday, makeMeasure, makeMilestone, makePerson, makeUpdate, refusedAndFine, today, tri, uniq } from "./fixtures";

/**
 * Digests travel over real SMTP to a local server (smtp-server) and the test
 * reads what arrived: who got a message, in which language, with which items
 * and links — and that a second run sends nothing.
 */
const getDb = setupTestDatabase({ demo: true });
const PORT = 2525;
const APP_URL = "https://advocacy.example.test";
let smtp: TestSmtpServer;

function useSmtp() {
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(PORT), SMTP_TLS: "none", SMTP_FROM: "Helsinki <reminders@hel.example>", APP_URL, SMTP_USER: "jobs", SMTP_PASSWORD: "s3cret-pass" });
  resetEnvCache();
}

async function run(now?: Date) {
  const mailer = mailerFromEnv();
  try {
    return await runReminders({ db: await getDb(), mailer, now });
  } finally {
    mailer.close();
  }
}

beforeAll(async () => {
  smtp = await startSmtpServer(PORT, { user: "jobs", password: "s3cret-pass" });
  useSmtp();
});
afterAll(async () => {
  await smtp.close();
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_TLS", "SMTP_FROM", "APP_URL", "SMTP_USER", "SMTP_PASSWORD"]) delete process.env[k];
  resetEnvCache();
});

describe("reminder digests over SMTP", () => {
  it("a contact person with a stale measure gets a digest in their language, with a link straight to the form, and no other unit's internal item", async () => {
    const db = await getDb();
    const mark = uniq("stale");
    const svEditor = await makePerson(db, { role: "editor", unit: "KANS", locale: "sv", name: "Signe Svensson" });
    const enEditor = await makePerson(db, { role: "editor", unit: "ELKE", locale: "en", name: "Ellen English" });
    const coordinator = await makePerson(db, { role: "coordinator", unit: "STRA", locale: "fi", name: "Kaisa Koordinaattori" });
    // Signe's measure: no progress update for 200 days (STALE_AFTER_DAYS is 90).
    const stale = await makeMeasure(db, { unit: "KANS", title: tri(mark, "Vanhentunut toimenpide", "Inaktuell åtgärd", "Stale measure"), contacts: [svEditor.id], createdDaysAgo: 200 });
    // Another unit's internal measure, nobody named: Ellen's unit gets it; Signe must never see it.
    const secret = await makeMeasure(db, { unit: "ELKE", title: tri(mark, "Sisäinen ELKE", "Intern ELKE", "Internal ELKE"), visibility: "internal", createdDaysAgo: 5 });
    await makeMilestone(db, secret.id, { title: tri(mark, "Salainen välitavoite", "Hemligt delmål", "Secret milestone"), due: daysFromToday(-3) });
    // Signe's milestone coming up in 5 days.
    await makeMilestone(db, stale.id, { title: tri(mark, "Tuleva välitavoite", "Kommande delmål", "Upcoming milestone"), due: daysFromToday(5) });

    const report = await run();
    expect(report.mode).toBe("smtp");
    expect(report.failures).toEqual([]);
    expect(report.sent).toBe(report.built);
    expect(smtp.logins.length).toBeGreaterThan(0); // SMTP_USER / SMTP_PASSWORD were used

    const [toSigne, ...moreToSigne] = smtp.to(svEditor.email);
    expect(moreToSigne).toEqual([]);
    expect(toSigne!.subject).toMatch(/väntar på dig/);
    expect(toSigne!.from).toContain("reminders@hel.example");
    for (const part of [toSigne!.text, toSigne!.html]) {
      expect(part).toContain(`Inaktuell åtgärd ${mark}`);
      expect(part).toContain("Lägesrapport");
      expect(part).toContain(`Kommande delmål ${mark}`);
      expect(part).toContain(`${APP_URL}/sv/staff/strategy/measures/${stale.id}#updates-heading`);
      expect(part).toContain(`${APP_URL}/sv/staff/strategy/measures/${stale.id}#milestones-heading`);
      expect(part).toContain(`${APP_URL}/sv/staff/profile`);
      expect(part).not.toMatch(new RegExp(`(Intern ELKE|Hemligt delmål|Sisäinen ELKE|Internal ELKE|Secret milestone) ${mark}`));
    }
    expect(toSigne!.html).toContain('<html lang="sv">');
    expect(toSigne!.text).toMatch(/ingen lägesrapport sedan åtgärden skapades [0-9.]+; nästa väntades [0-9.]+, för 110 dagar sedan/);

    const [toEllen] = smtp.to(enEditor.email);
    expect(toEllen!.subject).toMatch(/need your attention|needs your attention/);
    expect(toEllen!.text).toContain(`Secret milestone ${mark}`);
    expect(toEllen!.text).toContain("your unit's (no contact person named)");
    expect(toEllen!.text).not.toContain(`Stale measure ${mark}`);

    // The coordinator's overview lists what is overdue in every unit, with the unit.
    const [toKaisa] = smtp.to(coordinator.email);
    expect(toKaisa!.subject).toMatch(/odottaa sinua/);
    expect(toKaisa!.text).toContain("MYÖHÄSSÄ KOKO KAUPUNGISSA");
    expect(toKaisa!.text).toContain(`Salainen välitavoite ${mark}`);
    expect(toKaisa!.text).toContain(`Vanhentunut toimenpide ${mark}`);
    expect(toKaisa!.text).toContain("Kaupunginkanslia, elinkeino-osasto");
    // Not yet due: not in anybody's overview.
    expect(toKaisa!.text).not.toContain(`Tuleva välitavoite ${mark}`);

    const [row] = await db.select().from(reminderDigests).where(eq(reminderDigests.userId, svEditor.id));
    expect(row).toMatchObject({ status: "sent", period: digestPeriod("weekly", today()), locale: "sv", attempts: 1 });
    expect(row!.messageId).toBeTruthy();
  });

  it("running the job again in the same period sends nothing", async () => {
    const before = smtp.received.length;
    const report = await run();
    expect(report.built).toBe(0);
    expect(report.sent).toBe(0);
    expect(report.alreadySent).toBeGreaterThan(0);
    expect(smtp.received.length).toBe(before);
  });

  it("two app servers running the job at the same moment send each digest once", async () => {
    const db = await getDb();
    const mark = uniq("race");
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => makePerson(db, { role: "editor", unit: "KANS", locale: "fi" })));
    for (const p of people) await makeMeasure(db, { unit: "KANS", title: tri(mark, "Kilpa", "Kapplöpning", "Race"), contacts: [p.id], createdDaysAgo: 150 });
    // On PostgreSQL the second "server" has its own connection pool; the embedded database has one connection by nature.
    const url = process.env.TEST_DB === "postgres" ? process.env.DATABASE_URL : undefined;
    const client = url ? postgres(url, { max: 4, onnotice: () => {} }) : null;
    const other = client ? (drizzle(client, { schema, casing: "snake_case" }) as unknown as Db) : db;
    const mailers = [mailerFromEnv(), mailerFromEnv(), mailerFromEnv()];
    try {
      const reports = await Promise.all([
        runReminders({ db, mailer: mailers[0]! }),
        runReminders({ db: other, mailer: mailers[1]! }),
        runReminders({ db: other, mailer: mailers[2]! }),
      ]);
      const built = reports.reduce((n, r) => n + r.built, 0);
      const sent = reports.reduce((n, r) => n + r.sent, 0);
      expect(sent).toBe(built);
      for (const p of people) expect(smtp.to(p.email), p.email).toHaveLength(1);
      expect(reports.reduce((n, r) => n + r.alreadySent, 0)).toBeGreaterThanOrEqual(2 * people.length);
    } finally {
      for (const m of mailers) m.close();
      await client?.end();
    }
  });

  it("daily and weekly: a daily reader gets one digest per day, a person who chose none gets nothing", async () => {
    const db = await getDb();
    const mark = uniq("freq");
    const daily = await makePerson(db, { role: "editor", unit: "KANS", frequency: "daily" });
    const none = await makePerson(db, { role: "editor", unit: "KANS", frequency: "none" });
    for (const p of [daily, none]) await makeMeasure(db, { unit: "KANS", title: tri(mark, "Tiheys", "Frekvens", "Frequency"), contacts: [p.id], createdDaysAgo: 120 });
    await run();
    await run();
    expect(smtp.to(daily.email)).toHaveLength(1);
    expect(smtp.to(daily.email)[0]!.text).toContain("Päivän koonti");
    expect(smtp.to(none.email)).toHaveLength(0);
    const tomorrow = middayInHelsinki(daysFromToday(1));
    await run(tomorrow);
    expect(smtp.to(daily.email)).toHaveLength(2);
    expect(smtp.to(none.email)).toHaveLength(0);
  });

  it("a person with nothing overdue or coming up gets no e-mail", async () => {
    const db = await getDb();
    const fresh = await makePerson(db, { role: "editor", unit: "KANS" });
    const m = await makeMeasure(db, { unit: "KANS", title: tri(uniq("fresh"), "Ajan tasalla", "Aktuell", "Up to date"), contacts: [fresh.id], createdDaysAgo: 100 });
    await makeUpdate(db, m.id, 3);
    await run();
    expect(smtp.to(fresh.email)).toHaveLength(0);
  });

  it("a recipient the SMTP server refuses is reported; the others still get theirs, and the next run retries", async () => {
    const db = await getDb();
    const { refused, fine } = await refusedAndFine(db, smtp, tri(uniq("fail"), "Virhe", "Fel", "Failure"));
    const report = await run();
    expect(report.failures.map((f) => f.email)).toEqual([refused.email]);
    expect(report.failures[0]!.error).toMatch(/mailbox unavailable/);
    expect(smtp.to(fine.email)).toHaveLength(1);
    const [row] = await db.select().from(reminderDigests).where(eq(reminderDigests.userId, refused.id));
    expect(row).toMatchObject({ status: "failed", attempts: 1 });

    smtp.reject.delete(refused.email);
    const retry = await run();
    expect(retry.failures).toEqual([]);
    expect(retry.sent).toBe(1);
    expect(smtp.to(refused.email)).toHaveLength(1);
    expect(smtp.to(fine.email)).toHaveLength(1);
    const [after] = await db.select().from(reminderDigests).where(eq(reminderDigests.userId, refused.id));
    expect(after).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("titles are shown as text in the HTML part, never as markup", async () => {
    const db = await getDb();
    const p = await makePerson(db, { role: "editor", unit: "KANS" });
    await makeMeasure(db, { unit: "KANS", title: { fi: `<img src=x onerror=alert(1)> & "lainaus" ${uniq()}` }, contacts: [p.id], createdDaysAgo: 120 });
    await run();
    const [mail] = smtp.to(p.email);
    expect(mail!.html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;lainaus&quot;");
    expect(mail!.html).not.toContain("<img");
  });
});

describe("without SMTP configured", () => {
  it("writes the digests to the log, says so, and still sends each period once", async () => {
    const db = await getDb();
    const p = await makePerson(db, { role: "editor", unit: "KANS", locale: "en" });
    const mark = uniq("log");
    await makeMeasure(db, { unit: "KANS", title: tri(mark, "Loki", "Logg", "Logged measure"), contacts: [p.id], createdDaysAgo: 120 });
    delete process.env.SMTP_HOST;
    resetEnvCache();
    try {
      const lines: string[] = [];
      const mailer = mailerFromEnv((l) => lines.push(l));
      expect(mailer.mode).toBe("log");
      const report = await runReminders({ db, mailer });
      expect(report.mode).toBe("log");
      expect(report.logged).toBeGreaterThan(0);
      expect(report.sent).toBe(0);
      const mine = lines.filter((l) => l.includes(`To: ${p.email}`));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toContain("SMTP is not configured");
      expect(mine[0]).toContain(`Logged measure ${mark}`);
      const again = await runReminders({ db, mailer: logMailer((l) => lines.push(l)) });
      expect(again.logged).toBe(0);
      expect(lines.filter((l) => l.includes(`To: ${p.email}`))).toHaveLength(1);
      const [row] = await db.select().from(reminderDigests).where(eq(reminderDigests.userId, p.id));
      expect(row!.status).toBe("logged");
    } finally {
      useSmtp();
    }
  });

  it("SMTP_HOST without SMTP_FROM is refused with a clear message", () => {
    delete process.env.SMTP_FROM;
    resetEnvCache();
    try {
      expect(() => mailerFromEnv()).toThrow(/SMTP_FROM/);
    } finally {
      useSmtp();
    }
  });
});
