import { getDb } from "@/db/client";
import { alignmentsForExport, projectsForExport, type ExportAlignment, type ExportProject } from "@/db/queries/funding/export";
import { getCurrentUser } from "@/lib/auth/current-user";
import { euRate } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { fileResponse, tableToCsv, tableToSheet, type ExportTable } from "@/lib/import-export/table";
import { toXlsx } from "@/lib/import-export/xlsx";
import { can } from "@/lib/permissions";
import { isoAtPrecision } from "@/lib/strategy/dates";

/**
 * The EU project portfolio as CSV (re-importable: the same column names the
 * import reads) or XLSX (projects and their alignments as two sheets).
 * Staff with export rights only (executives, coordinators, admins).
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "export.read")) return Response.json({ ok: false, code: "forbidden" }, { status: 403 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const localeParam = url.searchParams.get("locale");
  const locale = isLocale(localeParam) ? localeParam : "fi";
  const db = await getDb();
  const [projects, alignments] = await Promise.all([projectsForExport(db), alignmentsForExport(db)]);

  const projectTable: ExportTable<ExportProject> = {
    name: "EU projects",
    rows: projects,
    columns: [
      { header: "external_id", value: (p) => p.externalId },
      { header: "name_fi", value: (p) => p.name.fi },
      { header: "name_sv", value: (p) => p.name.sv },
      { header: "name_en", value: (p) => p.name.en },
      { header: "acronym", value: (p) => p.acronym },
      { header: "programme", value: (p) => p.programmeCode },
      { header: "call", value: (p) => p.call },
      { header: "status", value: (p) => p.status },
      { header: "role", value: (p) => p.role },
      { header: "total_budget", type: "money", value: (p) => p.totalBudgetCents },
      { header: "eu_contribution", type: "money", value: (p) => p.euContributionCents },
      { header: "state_funding", type: "money", value: (p) => p.stateFundingCents },
      { header: "own_funding", type: "money", value: (p) => p.ownFundingCents },
      // A month or a year only is written as the import reads it ("2022-06", "2016"); a full date stays a date.
      { header: "start_date", type: "date", value: (p) => isoAtPrecision(p.startDate, p.startPrecision) },
      { header: "end_date", type: "date", value: (p) => isoAtPrecision(p.endDate, p.endPrecision) },
      { header: "unit", value: (p) => p.unitCode },
      { header: "cordis_id", value: (p) => p.cordisId },
      { header: "kohesio_code", value: (p) => p.kohesioCode },
      { header: "decision_number", value: (p) => p.decisionNumber },
      { header: "risk_level", value: (p) => p.riskLevel },
      { header: "internal_notes", value: (p) => p.internalNotes },
    ],
  };
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") return fileResponse(tableToCsv(projectTable), `eu-projects-${date}.csv`, "csv");

  const withRate: ExportTable<ExportProject> = {
    ...projectTable,
    columns: [...projectTable.columns, { header: "eu_rate_percent", type: "number", value: (p) => {
      const bp = euRate(p);
      return bp === null ? null : bp / 100;
    } }],
  };
  const alignmentTable: ExportTable<ExportAlignment> = {
    name: "Alignment",
    rows: alignments,
    columns: [
      { header: "external_id", value: (a) => a.externalId },
      { header: "goal", value: (a) => pick(a.goal, locale) },
      { header: "priority", value: (a) => pick(a.priority, locale) },
      { header: "strength", type: "number", value: (a) => a.strength },
      { header: "justification", value: (a) => a.justification },
    ],
  };
  return fileResponse(await toXlsx([tableToSheet(withRate), tableToSheet(alignmentTable)]), `eu-projects-${date}.xlsx`, "xlsx");
}
