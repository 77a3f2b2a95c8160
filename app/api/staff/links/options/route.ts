import { getDb } from "@/db/client";
import { isLinkSearchKind, searchLinkOptions } from "@/db/queries/links/staff";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pick } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

/**
 * GET /api/staff/links/options?kind=<euProject|network|advocacyActivity|governmentAsk|evaluationRound|measure>&q=<text>&locale=<fi|sv|en>
 * — the "link to…" search of the measure-link forms: the first matches by
 * name (in the reader's language, Finnish when not translated) and whether
 * there are more. Staff only; names only, nothing else of the items.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "no-store" };
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401, headers });
  if (!can(user.role, "staff.view")) return Response.json({ ok: false, code: "forbidden" }, { status: 403, headers });
  const params = new URL(request.url).searchParams;
  const kind = params.get("kind") ?? "";
  const q = params.get("q") ?? "";
  const raw = params.get("locale") ?? "fi";
  const locale = isLocale(raw) ? raw : "fi";
  if (!isLinkSearchKind(kind) || q.length > 200) return Response.json({ ok: false, code: "invalid" }, { status: 400, headers });
  if (!q.trim()) return Response.json({ options: [], more: false }, { headers });
  const { options, more } = await searchLinkOptions(await getDb(), kind, q);
  return Response.json({ options: options.map((o) => ({ value: o.value, label: pick(o.label, locale) || "?" })), more }, { headers });
}
