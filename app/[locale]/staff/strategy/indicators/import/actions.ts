"use server";

import { applyIndicatorValueRow, indicatorImportRun } from "@/db/queries/strategy/indicator-import";
import { defineImportActions } from "@/lib/actions/import-actions";
import { indicatorValueImportSpec } from "@/lib/strategy/indicator-import-spec";

/**
 * Indicator values and targets from a CSV or .xlsx file (all or nothing;
 * lib/actions/import-actions.ts): the database checks (unknown or archived
 * indicator, another unit's indicator, a value for a computed one) are
 * reported with the file's; an editor only for their unit's indicators.
 */
const values = defineImportActions({
  list: "indicator-values",
  names: ["strategy.indicator.importValues", "strategy.indicator.importValuesCheck"],
  spec: indicatorValueImportSpec,
  context: () => indicatorImportRun(),
  applyRow: applyIndicatorValueRow,
  auditEntity: "indicator_value_import",
});

export const importIndicatorValues = values.apply;
/** The same checks without saving anything. */
export const checkIndicatorValuesImport = values.check;
