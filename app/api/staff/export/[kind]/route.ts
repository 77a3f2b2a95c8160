import { getDb } from "@/db/client";
import { staffExportRows } from "@/db/queries/exports/staff";
import { getCurrentUser } from "@/lib/auth/current-user";
import { advocacyActionExportColumns, askExportColumns, indicatorValueExportColumns, isStaffExportKind, measureExportColumns, progressUpdateExportColumns, type StaffExportKind } from "@/lib/exports/staff";
import { fileResponse, tableToCsv, tablesToXlsx, type ExportTable } from "@/lib/import-export/table";
import { can } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";

const sheetNames: Record<StaffExportKind, string> = { measures: "Measures", "progress-updates": "Progress updates", "advocacy-actions": "Advocacy actions", asks: "Asks", "indicator-values": "Indicator values" };

async function table(kind: StaffExportKind): Promise<ExportTable<never>> {
  const db = await getDb();
  const name = sheetNames[kind];
  // Each kind's rows with its own columns; the table's row type is erased only here.
  switch (kind) {
    case "measures":
      return { name, columns: measureExportColumns, rows: await staffExportRows.measures(db) } as unknown as ExportTable<never>;
    case "progress-updates":
      return { name, columns: progressUpdateExportColumns, rows: await staffExportRows["progress-updates"](db) } as unknown as ExportTable<never>;
    case "advocacy-actions":
      return { name, columns: advocacyActionExportColumns, rows: await staffExportRows["advocacy-actions"](db) } as unknown as ExportTable<never>;
    case "asks":
      return { name, columns: askExportColumns, rows: await staffExportRows.asks(db) } as unknown as ExportTable<never>;
    case "indicator-values":
      return { name, columns: indicatorValueExportColumns, rows: await staffExportRows["indicator-values"](db) } as unknown as ExportTable<never>;
  }
}

/**
 * GET /api/staff/export/<measures|progress-updates|advocacy-actions|asks>?format=csv|xlsx —
 * staff data (drafts and internal notes included) for executives,
 * coordinators and admins, the same permission as the other exports. The
 * columns are the kind's file contract (lib/exports/staff.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "export.read")) return Response.json({ ok: false, code: "forbidden" }, { status: 403 });
  if (!isStaffExportKind(kind)) return Response.json({ ok: false, code: "not_found" }, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const t = await table(kind);
  const file = `${kind}-${todayInHelsinki()}.${format}`;
  return format === "csv" ? fileResponse(tableToCsv(t), file, "csv") : fileResponse(await tablesToXlsx([t]), file, "xlsx");
}
