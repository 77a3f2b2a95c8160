"use server";

import { z } from "zod";
import { defineImportActions } from "@/lib/actions/import-actions";
import { uuidField } from "@/lib/forms/zod-fields";
import { importUploadInput } from "@/lib/import-export/upload";
import { applyMeasureRow, measureImportContext } from "@/lib/strategy/measure-import";
import { measureImportSpec } from "@/lib/strategy/measure-import-spec";

/**
 * Measures and their round texts from a CSV or .xlsx file, into an open round
 * (all or nothing; lib/actions/import-actions.ts): the database checks
 * (unknown or archived measure, another unit's measure, a reference column
 * changed, …) are reported with the file's; an editor only their own measures.
 */
const measures = defineImportActions({
  list: "measures",
  names: ["strategy.measure.import", "strategy.measure.importCheck"],
  spec: measureImportSpec,
  /** The file, and the open reporting round its round texts go into. */
  input: importUploadInput.and(z.object({ round: uuidField() })),
  context: (tx, input) => measureImportContext(tx, input.round),
  applyRow: applyMeasureRow,
  auditEntity: "measure_import",
  auditDetails: (ctx) => ({ roundId: ctx.round.id }),
});

export const importMeasures = measures.apply;
/** The same checks without saving anything. */
export const checkMeasuresImport = measures.check;
