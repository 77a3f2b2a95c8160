import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { runReminders, summarize } from "@/lib/reminders/job";
import { mailerFromEnv } from "@/lib/reminders/mailer";
import { secretsMatch } from "@/lib/reminders/tokens";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * For an external scheduler (cron, a Kubernetes CronJob): run the reminder
 * job. `Authorization: Bearer $JOBS_SECRET`; without JOBS_SECRET configured
 * the route does not exist (404), with a wrong or missing secret it answers
 * 401. 200 with the report when every digest went out; 500 with the same
 * report when some failed (a later run tries them again).
 */
export async function POST(request: Request) {
  const secret = env().JOBS_SECRET;
  if (!secret) return new Response("Not found", { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  const header = request.headers.get("authorization") ?? "";
  const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  if (!secretsMatch(given, secret)) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="jobs"' } });
  }
  let mailer;
  try {
    mailer = mailerFromEnv();
  } catch (error) {
    return Response.json({ error: "configuration", message: error instanceof Error ? error.message : "SMTP configuration" }, { status: 500, headers: noStore });
  }
  try {
    const report = await runReminders({ db: await getDb(), mailer });
    console.info(summarize(report));
    return Response.json(report, { status: report.failures.length ? 500 : 200, headers: noStore });
  } catch (error) {
    console.error("[reminders] the job failed:", error instanceof Error ? error.message : error);
    return Response.json({ error: "job_failed" }, { status: 500, headers: noStore });
  } finally {
    mailer.close();
  }
}
