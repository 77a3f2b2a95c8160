import "server-only";
import type { Db } from "@/db/client";
import { claimDigest, finishDigest } from "@/db/queries/reminders/digests";
import { allReminderItems } from "@/db/queries/reminders/items";
import { listRecipients, unitNameMap } from "@/db/queries/reminders/recipients";
import { env } from "@/lib/env";
import { digestContent } from "./assign";
import { digestPeriod } from "./dates";
import { renderDigest } from "./email";
import type { Mailer } from "./mailer";
import { appBaseUrl } from "./base-url";
import { todayInHelsinki } from "@/lib/dates";

export type JobReport = {
  /** "smtp": e-mailed; "log": SMTP is not configured, the digests were written to the log. */
  mode: "smtp" | "log";
  /** Helsinki's date the run counted from. */
  today: string;
  /** People with a staff role who want digests. */
  recipients: number;
  /** Digests made in this run (claimed for their period). */
  built: number;
  /** Of those, delivered to the SMTP server. */
  sent: number;
  /** Of those, written to the log (no SMTP server). */
  logged: number;
  /** People whose digest for this period was already sent (or is being sent by another run). */
  alreadySent: number;
  /** People with nothing to be reminded of. */
  nothingToSend: number;
  /** Digests that could not be made or sent; each is tried again by a later run. */
  failures: { userId: string; email: string; error: string }[];
};

/**
 * Build and send this period's digests: one per person and period (ISO week
 * or day, as each person chose), never two — the claim in the database
 * decides, whichever run or server gets there first. One person's failure is
 * recorded and reported; the others still go out.
 */
export async function runReminders({ db, mailer, now = new Date() }: { db: Db; mailer: Mailer; now?: Date }): Promise<JobReport> {
  const { REMINDER_LOOKAHEAD_DAYS: lookahead, STALE_AFTER_DAYS: staleAfterDays } = env();
  const today = todayInHelsinki(now);
  const [people, items, unitNames] = await Promise.all([listRecipients(db), allReminderItems(db, { today, staleAfterDays, lookahead }), unitNameMap(db)]);
  const baseUrl = appBaseUrl();
  const report: JobReport = { mode: mailer.mode, today, recipients: 0, built: 0, sent: 0, logged: 0, alreadySent: 0, nothingToSend: 0, failures: [] };

  for (const person of people) {
    if (person.frequency === "none") continue;
    report.recipients++;
    const frequency = person.frequency;
    let claimId: string | null = null;
    try {
      const content = digestContent(person, items, today, lookahead);
      if (content.count === 0) {
        report.nothingToSend++;
        continue;
      }
      const message = await renderDigest({ name: person.name, locale: person.locale, frequency, content, today, baseUrl, unitNames });
      claimId = await claimDigest(db, { userId: person.id, period: digestPeriod(frequency, today), frequency, locale: person.locale, itemCount: content.count });
      if (!claimId) {
        report.alreadySent++;
        continue;
      }
      report.built++;
      const { messageId } = await mailer.send({ to: person.email, ...message });
      await finishDigest(db, claimId, { status: mailer.mode === "smtp" ? "sent" : "logged", messageId });
      if (mailer.mode === "smtp") report.sent++;
      else report.logged++;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      report.failures.push({ userId: person.id, email: person.email, error: text });
      if (claimId) await finishDigest(db, claimId, { status: "failed", error: text }).catch(() => {});
    }
  }
  return report;
}

/** One line for logs and the command line. */
export function summarize(r: JobReport): string {
  const how = r.mode === "smtp" ? `${r.sent} sent` : `${r.logged} written to the log (SMTP is not configured)`;
  return `[reminders] ${r.today}: ${r.recipients} recipients, ${r.built} digests built, ${how}, ${r.alreadySent} already sent this period, ${r.nothingToSend} with nothing to remind, ${r.failures.length} failed`;
}
