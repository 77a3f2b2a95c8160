import { fileResponse, tableToCsv, tablesToXlsx } from "@/lib/import-export/table";
import { getDb } from "@/db/client";
import { listNetworksForExport } from "@/db/queries/networks/export";
import { getCurrentUser } from "@/lib/auth/current-user";
import { networkExportColumns } from "@/lib/networks/transfer";
import { can } from "@/lib/permissions";

/**
 * GET /api/networks/export?format=csv|xlsx — the whole registry (staff data,
 * internal notes included) for executives, coordinators and admins. The CSV
 * has the import's columns, so it can be edited and imported back.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "export.read")) return Response.json({ ok: false, code: "forbidden" }, { status: 403 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const rows = await listNetworksForExport(await getDb());
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") return fileResponse(tableToCsv({ name: "networks", columns: networkExportColumns("money"), rows }), `networks-${date}.csv`, "csv");
  return fileResponse(await tablesToXlsx([{ name: "Networks", columns: networkExportColumns("number"), rows }]), `networks-${date}.xlsx`, "xlsx");
}
