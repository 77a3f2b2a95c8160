import { getCurrentUser, getSessionUserId } from "@/lib/auth/current-user";
import { findImportJob } from "@/lib/import-export/jobs";
import { importLists, type ImportListKey } from "@/lib/import-export/lists";
import { can } from "@/lib/permissions";

const headers = { "cache-control": "no-store" };
const notFound = () => Response.json({ ok: false, code: "not_found" }, { status: 404, headers });

/**
 * GET /api/staff/import-jobs/<id> — the progress of a check or import that
 * is running or just ended (lib/import-export/jobs.ts): rows checked, rows
 * through the database step and the total, and how it ended; counts only.
 *
 * The person who started it is told from the signed session alone, so the
 * answer comes while the import holds the embedded database; anyone else is
 * read from the database and sees it only when they may follow every import
 * of that list (a coordinator: the list's `oversee` capability). For everyone
 * else the job does not exist (404), so job ids cannot be probed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const sessionId = await getSessionUserId();
  if (!sessionId) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401, headers });
  const job = /^[0-9a-f-]{36}$/.test(id) ? findImportJob(id) : null;
  if (job && job.ownerId === sessionId) return Response.json({ ok: true, data: job.view }, { headers });
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401, headers });
  if (!job || !can(user.role, importLists[job.list as ImportListKey].oversee)) return notFound();
  return Response.json({ ok: true, data: job.view }, { headers });
}
