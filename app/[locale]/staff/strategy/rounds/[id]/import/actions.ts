"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { defineAction, type AuditFn } from "@/lib/actions/define-action";
import { uuidField } from "@/lib/forms/zod-fields";
import { applyAllOrNothing, importRejected, type ImportSummary, type RowError } from "@/lib/import-export/import";
import { importUploadInput, validateUpload } from "@/lib/import-export/upload";
import type { Actor } from "@/lib/permissions";
import { applyMeasureRow, measureImportContext } from "@/lib/strategy/measure-import";
import { measureImportSpec } from "@/lib/strategy/measure-import-spec";

/** The file, and the open reporting round its round texts go into. */
const input = importUploadInput.and(z.object({ round: uuidField() }));
type Input = z.output<typeof input>;

/**
 * One import run of measures and their round texts: the file's cell checks
 * and the database checks (unknown or archived measure, another unit's
 * measure, a reference column changed, …) reported together by spreadsheet
 * row; then every row saved, or none.
 */
async function run(tx: Tx, actor: Actor, audit: AuditFn, upload: Input, dryRun: boolean): Promise<ImportSummary> {
  const ctx = await measureImportContext(tx, upload.round);
  const validated = await validateUpload(tx, actor.id, "measures", upload, measureImportSpec, { remember: !dryRun });
  if (!validated.ok) {
    // Every problem at once: the rows that passed the cell checks are checked against the database too (nothing is written).
    const more: RowError[] = [];
    for (const row of validated.rows) {
      const outcome = await applyMeasureRow(tx, ctx, actor, audit, row, true);
      if (Array.isArray(outcome)) more.push(...outcome);
    }
    throw importRejected([...validated.errors, ...more].sort((a, b) => a.line - b.line));
  }
  const summary = await applyAllOrNothing(validated.rows, (row) => applyMeasureRow(tx, ctx, actor, audit, row, dryRun));
  if (!dryRun) await audit({ entityType: "measure_import", entityId: randomUUID(), action: "import", after: { ...summary, roundId: ctx.round.id } });
  return summary;
}

/** Measures and their round texts from a CSV or .xlsx file, into an open round (all or nothing); an editor only their own measures. */
export const importMeasures = defineAction({
  name: "strategy.measure.import",
  input,
  requires: ["strategy.manage", "strategy.editOwn"],
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, false),
});

/** The same checks without saving anything. */
export const checkMeasuresImport = defineAction({
  name: "strategy.measure.importCheck",
  input,
  requires: ["strategy.manage", "strategy.editOwn"],
  readOnly: true,
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, true),
});
