"use server";

import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { applyIndicatorValueRow, indicatorImportRun } from "@/db/queries/strategy/indicator-import";
import { defineAction, type AuditFn } from "@/lib/actions/define-action";
import { applyAllOrNothing, importRejected, type ImportSummary, type RowError } from "@/lib/import-export/import";
import { importUploadInput, validateUpload, type ImportUpload } from "@/lib/import-export/upload";
import type { Actor } from "@/lib/permissions";
import { indicatorValueImportSpec } from "@/lib/strategy/indicator-import-spec";

/**
 * One import run of indicator values: the file's cell checks and the
 * database checks (unknown or archived indicator, another unit's indicator,
 * a value for a computed one) reported together by spreadsheet row; then all
 * rows saved, or none.
 */
async function run(tx: Tx, actor: Actor, audit: AuditFn, upload: ImportUpload, dryRun: boolean): Promise<ImportSummary> {
  const validated = await validateUpload(tx, actor.id, "indicator-values", upload, indicatorValueImportSpec, { remember: !dryRun });
  const state = indicatorImportRun();
  if (!validated.ok) {
    // Every problem at once: the rows that passed the cell checks are checked against the database too (nothing is written).
    const more: RowError[] = [];
    for (const row of validated.rows) {
      const outcome = await applyIndicatorValueRow(tx, state, actor, audit, row, true);
      if (Array.isArray(outcome)) more.push(...outcome);
    }
    throw importRejected([...validated.errors, ...more].sort((a, b) => a.line - b.line));
  }
  const summary = await applyAllOrNothing(validated.rows, (row) => applyIndicatorValueRow(tx, state, actor, audit, row, dryRun));
  if (!dryRun) await audit({ entityType: "indicator_value_import", entityId: randomUUID(), action: "import", after: summary });
  return summary;
}


/** Indicator values and targets from a CSV or .xlsx file (all or nothing); an editor only for their unit's indicators. */
export const importIndicatorValues = defineAction({
  name: "strategy.indicator.importValues",
  input: importUploadInput,
  requires: ["strategy.manage", "strategy.editOwn"],
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, false),
});

/** The same checks without saving anything. */
export const checkIndicatorValuesImport = defineAction({
  name: "strategy.indicator.importValuesCheck",
  input: importUploadInput,
  requires: ["strategy.manage", "strategy.editOwn"],
  readOnly: true,
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, true),
});
