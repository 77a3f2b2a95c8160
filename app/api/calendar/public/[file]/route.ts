import { getDb } from "@/db/client";
import { isLocale } from "@/lib/i18n/routing";
import { publicCalendar } from "@/lib/reminders/calendar";

export const dynamic = "force-dynamic";

/** The public calendar of published milestones, in Finnish, Swedish or English (`fi.ics`, `sv.ics`, `en.ics`). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = file.replace(/\.ics$/, "");
  if (!file.endsWith(".ics") || !isLocale(locale)) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(await publicCalendar(await getDb(), locale), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="helsinki-milestones-${locale}.ics"`,
      "Cache-Control": "public, max-age=900",
    },
  });
}
