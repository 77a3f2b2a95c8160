import { getDb } from "@/db/client";
import { recipientByFeedToken } from "@/db/queries/reminders/feeds";
import { privateCalendar } from "@/lib/reminders/calendar";

export const dynamic = "force-dynamic";

/**
 * A person's private calendar feed, at a secret URL (`<token>.ics`) that a
 * calendar program polls without signing in: the token is the credential.
 * A revoked, renewed-away or unknown token — or a person who may no longer
 * sign in — answers 404, the same as a URL that never existed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
  const db = await getDb();
  const person = token ? await recipientByFeedToken(db, token) : null;
  if (!person) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(await privateCalendar(db, person), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="deadlines.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
