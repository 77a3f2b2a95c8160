"use server";

import { defineImportActions } from "@/lib/actions/import-actions";
import { applyProjectRow, importContext, previewRow, referenceErrors } from "@/lib/funding/import-apply";
import { projectImportSpec } from "@/lib/funding/import-spec";

/**
 * EU projects from a CSV or .xlsx file: all or nothing. Every row is validated first; then,
 * in one transaction, each row is upserted by its external id. Any bad row
 * rolls everything back and every bad row is reported with its line. The check
 * tells how many projects would be created or updated.
 */
const projects = defineImportActions({
  list: "eu-projects",
  names: ["funding.import", "funding.import.check"],
  spec: projectImportSpec,
  context: (tx, _input, rows) => importContext(tx, rows),
  applyRow: (tx, ctx, actor, audit, row, dryRun) => (dryRun ? previewRow(ctx, row) : applyProjectRow(tx, ctx, row, actor, audit)),
  rowErrors: referenceErrors,
  auditEntity: "euProjectImport",
});

export const importProjects = projects.apply;
/** The same checks without saving anything. */
export const checkProjectImport = projects.check;
