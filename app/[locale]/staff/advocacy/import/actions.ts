"use server";

import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { defineAction, type AuditFn } from "@/lib/actions/define-action";
import { advocacyImportContext, applyActivityRow, applyAskRow, type AdvocacyImportContext } from "@/lib/advocacy/import-apply";
import { activityImportSpec, askImportSpec } from "@/lib/advocacy/import-spec";
import { applyAllOrNothing, importRejected, type ImportSpec, type ImportSummary, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { importUploadInput, validateUpload, type ImportUpload } from "@/lib/import-export/upload";
import type { Actor } from "@/lib/permissions";

type ApplyRow<T> = (tx: Tx, ctx: AdvocacyImportContext, actor: Actor, audit: AuditFn, row: ValidatedRow<T>, dryRun: boolean) => Promise<RowOutcome | RowError[]>;

/**
 * One import run of advocacy actions or asks: the file's cell checks and the
 * database checks (unknown priority or person, another unit's item, …)
 * reported together by spreadsheet row; then all rows saved, or none.
 */
async function run<T>(tx: Tx, actor: Actor, audit: AuditFn, upload: ImportUpload, list: "advocacy-actions" | "asks", spec: ImportSpec<T>, apply: ApplyRow<T>, dryRun: boolean): Promise<ImportSummary> {
  const validated = await validateUpload(tx, actor.id, list, upload, spec, { remember: !dryRun });
  const ctx = await advocacyImportContext(tx);
  if (!validated.ok) {
    // Every problem at once: the rows that passed the cell checks are checked against the database too (nothing is written).
    const more: RowError[] = [];
    for (const row of validated.rows) {
      const outcome = await apply(tx, ctx, actor, audit, row, true);
      if (Array.isArray(outcome)) more.push(...outcome);
    }
    throw importRejected([...validated.errors, ...more].sort((a, b) => a.line - b.line));
  }
  // Any bad row: every problem is reported and the transaction rolls back (applyAllOrNothing throws).
  const summary = await applyAllOrNothing(validated.rows, (row) => apply(tx, ctx, actor, audit, row, dryRun));
  if (!dryRun) await audit({ entityType: list === "asks" ? "government_ask_import" : "advocacy_activity_import", entityId: randomUUID(), action: "import", after: summary });
  return summary;
}

/** Advocacy actions from a CSV or .xlsx file (all or nothing); an editor only for their own unit's priorities. */
export const importActivities = defineAction({
  name: "advocacy.importActivities",
  input: importUploadInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, "advocacy-actions", activityImportSpec, applyActivityRow, false),
});

/** The same checks without saving anything. */
export const checkActivitiesImport = defineAction({
  name: "advocacy.importActivitiesCheck",
  input: importUploadInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  readOnly: true,
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, "advocacy-actions", activityImportSpec, applyActivityRow, true),
});

/** Government asks from a CSV or .xlsx file (all or nothing); an editor only for their own unit's priorities. */
export const importAsks = defineAction({
  name: "advocacy.importAsks",
  input: importUploadInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, "asks", askImportSpec, applyAskRow, false),
});

/** The same checks without saving anything. */
export const checkAsksImport = defineAction({
  name: "advocacy.importAsksCheck",
  input: importUploadInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  readOnly: true,
  run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, "asks", askImportSpec, applyAskRow, true),
});
