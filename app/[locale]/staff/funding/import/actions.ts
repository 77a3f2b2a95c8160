"use server";

import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { applyAllOrNothing, importRejected, validateCsv, type ImportSummary, type RowError } from "@/lib/import-export/import";
import { applyProjectRow, importContext, previewRow } from "@/lib/funding/import-apply";
import { projectImportSpec } from "@/lib/funding/import-spec";
import { importInput } from "@/lib/funding/schemas";

/**
 * EU projects from CSV: all or nothing. Every row is validated first; then,
 * in one transaction, each row is upserted by its external id. Any bad row
 * rolls everything back and every bad row is reported with its line.
 */
export const importProjects = defineAction({
  name: "funding.import",
  input: importInput,
  requires: ["funding.manage"],
  run: async ({ tx, actor, input, audit }): Promise<ImportSummary> => {
    const validated = validateCsv(input.csv, projectImportSpec);
    if (!validated.ok) throw importRejected(validated.errors);
    const ctx = await importContext(tx, validated.rows);
    const summary = await applyAllOrNothing(validated.rows, (row) => applyProjectRow(tx, ctx, row, actor, audit));
    // The run itself is recorded too (also when every row was unchanged): who imported how much, when.
    await audit({ entityType: "euProjectImport", entityId: randomUUID(), action: "import", after: { ...summary } });
    return summary;
  },
  revalidate: () => ({ paths: ["/staff/funding", "/staff/funding/projects", "/eu-projects", "/staff/dashboard"] }),
});

/** The same checks without saving anything: how many projects would be created or updated. */
export const checkProjectImport = defineAction({
  name: "funding.import.check",
  input: importInput,
  requires: ["funding.manage"],
  readOnly: true,
  run: async ({ tx, input }): Promise<ImportSummary> => {
    const validated = validateCsv(input.csv, projectImportSpec);
    if (!validated.ok) throw importRejected(validated.errors);
    const ctx = await importContext(tx, validated.rows);
    const summary: ImportSummary = { total: validated.rows.length, created: 0, updated: 0, unchanged: 0 };
    const errors: RowError[] = [];
    for (const row of validated.rows) {
      const outcome = previewRow(ctx, row);
      if (Array.isArray(outcome)) errors.push(...outcome);
      else summary[outcome]++;
    }
    if (errors.length) throw importRejected(errors);
    return summary;
  },
});
