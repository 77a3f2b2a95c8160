"use server";

import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { applyAllOrNothing, countOutcome, importRejected, type ImportSummary, type RowError } from "@/lib/import-export/import";
import { importUploadInput, validateUpload, type ImportUpload } from "@/lib/import-export/upload";
import type { Tx } from "@/db/client";
import { applyProjectRow, importContext, previewRow, referenceErrors } from "@/lib/funding/import-apply";
import { projectImportSpec } from "@/lib/funding/import-spec";

/** Validate the file; when some rows are bad, check the others against the database too, so every bad row is reported at once. */
async function validated(tx: Tx, actorId: string, upload: ImportUpload, remember: boolean) {
  const result = await validateUpload(tx, actorId, "eu-projects", upload, projectImportSpec, { remember });
  const ctx = await importContext(tx, result.rows);
  if (!result.ok) {
    const errors: RowError[] = [...result.errors, ...result.rows.flatMap((row) => referenceErrors(ctx, row))];
    throw importRejected(errors.sort((a, b) => a.line - b.line));
  }
  return { rows: result.rows, ctx };
}

/**
 * EU projects from a CSV or .xlsx file: all or nothing. Every row is validated first; then,
 * in one transaction, each row is upserted by its external id. Any bad row
 * rolls everything back and every bad row is reported with its line.
 */
export const importProjects = defineAction({
  name: "funding.import",
  input: importUploadInput,
  requires: ["funding.manage"],
  run: async ({ tx, actor, input, audit }): Promise<ImportSummary> => {
    const { rows, ctx } = await validated(tx, actor.id, input, true);
    const summary = await applyAllOrNothing(rows, (row) => applyProjectRow(tx, ctx, row, actor, audit));
    // The run itself is recorded too (also when every row was unchanged): who imported how much, when.
    await audit({ entityType: "euProjectImport", entityId: randomUUID(), action: "import", after: { ...summary } });
    return summary;
  },
});

/** The same checks without saving anything: how many projects would be created or updated. */
export const checkProjectImport = defineAction({
  name: "funding.import.check",
  input: importUploadInput,
  requires: ["funding.manage"],
  readOnly: true,
  run: async ({ tx, actor, input }): Promise<ImportSummary> => {
    const { rows, ctx } = await validated(tx, actor.id, input, false);
    const summary: ImportSummary = { total: rows.length, created: 0, updated: 0, unchanged: 0, cleared: 0 };
    const errors: RowError[] = [];
    for (const row of rows) {
      const outcome = previewRow(ctx, row);
      if (Array.isArray(outcome)) errors.push(...outcome);
      else countOutcome(summary, outcome);
    }
    if (errors.length) throw importRejected(errors);
    return summary;
  },
});
