import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import { resultsGate } from "@/db/queries/evaluation/results";
import { getRound } from "@/db/queries/evaluation/staff";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roundResultsCsv } from "@/lib/evaluation/export";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

/**
 * A round's results as CSV. Executives, coordinators and admins may export
 * (closed rounds; coordinators also open ones). Development needs are in it
 * only for coordinators and admins, and respondents' names only when the
 * round is not anonymous.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; roundId: string }> }) {
  const { locale: raw, roundId } = await params;
  const locale = isLocale(raw) ? raw : "fi";
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user.role, "export.read")) return new Response("Forbidden", { status: 403 });
  if (!/^[0-9a-f-]{36}$/i.test(roundId)) return new Response("Not found", { status: 404 });
  const db = await getDb();
  const round = await getRound(db, roundId);
  if (!round) return new Response("Not found", { status: 404 });
  const manage = can(user.role, "evaluation.manage");
  if (!manage && round.status !== "closed") return new Response("Forbidden", { status: 403 });
  // createTranslator works in and outside a page request (the route is also called in tests).
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "evaluation" }) as unknown as (key: string, params?: Record<string, number>) => string;
  const gate = await resultsGate(db, roundId);
  if (!gate?.visible) return new Response(t("resultsHidden", { minimum: gate?.minimum ?? 0, submitted: gate?.submitted ?? 0 }), { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  const csv = await roundResultsCsv(db, roundId, {
    freeTexts: manage,
    locale,
    labels: { priority: t("priority"), answers: t("answers"), mean: t("mean"), sd: t("sd"), min: t("min"), max: t("max"), needs: t("needs"), respondent: t("respondent") },
  });
  if (!csv) return new Response("Not found", { status: 404 });
  return new Response(csv.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csv.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
