// `npm run reminders`: build and send this period's reminder digests once, then exit.
// Exit code 0 when every digest went out, 1 when some failed (a later run retries them), 2 when it could not run.
import { closeDb, getDb, usesEmbeddedDatabase } from "@/db/client";
import { env } from "@/lib/env";
import { runReminders, summarize } from "./job";
import { mailerFromEnv } from "./mailer";

async function appIsRunning(): Promise<boolean> {
  try {
    const response = await fetch(`http://localhost:${process.env.PORT ?? 3000}/api/health`, { signal: AbortSignal.timeout(1500) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  // The embedded database may be opened by one process only: with the app running, use its job route instead.
  if (usesEmbeddedDatabase() && (await appIsRunning())) {
    console.error(
      `[reminders] The app is running on the embedded database (${env().PGLITE_DIR}), which only one process may open.\n` +
        "Run the job through the app instead: set JOBS_SECRET for the app and\n" +
        `  curl -X POST -H "Authorization: Bearer $JOBS_SECRET" http://localhost:${process.env.PORT ?? 3000}/api/jobs/reminders\n` +
        "or stop the app and run this command again.",
    );
    return 2;
  }
  const mailer = mailerFromEnv();
  if (mailer.mode === "log") console.info("[reminders] SMTP is not configured (SMTP_HOST): digests are written to the log, not sent.");
  try {
    const report = await runReminders({ db: await getDb(), mailer });
    console.info(summarize(report));
    for (const f of report.failures) console.error(`[reminders] failed for ${f.email}: ${f.error}`);
    return report.failures.length ? 1 : 0;
  } finally {
    mailer.close();
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("[reminders]", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
