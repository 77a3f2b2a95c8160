import { getDb } from "@/db/client";
import { versionForPublic, versionForStaff } from "@/db/queries/documents/documents";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentDisposition } from "@/lib/documents/files";
import { storageNamed } from "@/lib/documents/storage";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";

/**
 * Download one version of a document. Staff who may read internal content
 * get any version of a document that is not archived; everyone else only the
 * version a public document was published with, under the one public
 * visibility rule (db/queries/public/visibility.ts) — the rest answers 404, so
 * an internal document's existence is not revealed. Always an attachment with
 * the type found from the content at upload, never rendered inline.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
  const { versionId } = await params;
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (!isUuid(versionId)) return notFound();
  const user = await getCurrentUser();
  const staff = user !== null && can(user.role, "internal.read");
  const db = await getDb();
  const version = staff ? await versionForStaff(db, versionId) : await versionForPublic(db, versionId);
  if (!version) return notFound();
  const bytes = await storageNamed(version.storage).get(db, version.storageKey);
  if (!bytes) return notFound();
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: {
      "content-type": version.contentType,
      "content-length": String(bytes.byteLength),
      "content-disposition": contentDisposition(version.fileName),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      // Not kept by any cache: a document made internal must stop being reachable at once.
      "cache-control": "no-store",
      etag: `"${version.sha256}"`,
    },
  });
}
