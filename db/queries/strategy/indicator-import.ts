import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "../../client";
import { indicatorPoints, indicators } from "../../schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { archivedRowError, fromFile, NOT_ALLOWED, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { canEditOwned, type Actor } from "@/lib/permissions";
import type { IndicatorValueCsvRow } from "@/lib/strategy/indicator-import-spec";
import { findPoint, loadActiveIndicator, touchIndicator, type LoadedIndicator } from "./write-indicators";

/**
 * Applying one row of an indicator values' import (the shared all-or-nothing
 * import, lib/import-export/import.ts), by the rules of the value form
 * (savePoint / deletePoint): the person may edit the indicator (their unit's,
 * or any with strategy.manage); a computed indicator takes only targets; a
 * value for a day that has one replaces it. The one rule of every import: a
 * column the file lacks keeps the stored value, an empty cell clears it (an
 * empty value removes the value). Each indicator a file changes goes to a new
 * version once (back to review when it is public), and every change is in its
 * history.
 */
export type IndicatorImportRun = { indicators: Map<string, LoadedIndicator | null>; versions: Map<string, number> };
export const indicatorImportRun = (): IndicatorImportRun => ({ indicators: new Map(), versions: new Map() });

/** numeric(20,4) as the database gives it back ("12" → "12.0000"). */
function scale4(v: string) {
  const [i, f = ""] = v.split(".");
  return `${i}.${f.padEnd(4, "0")}`;
}

export async function applyIndicatorValueRow(tx: Tx, run: IndicatorImportRun, actor: Actor, audit: AuditFn, row: ValidatedRow<IndicatorValueCsvRow>, dryRun: boolean): Promise<RowOutcome | RowError[]> {
  const { line, data: d } = row;
  const errors: RowError[] = [];
  const fail = (column: string, key: string) => errors.push({ line, column, message: { key } });
  if (!d.indicator_id) {
    fail("indicator_id", "errors.required");
    return errors;
  }
  if (!run.indicators.has(d.indicator_id)) run.indicators.set(d.indicator_id, await loadActiveIndicator(tx, d.indicator_id));
  const indicator = run.indicators.get(d.indicator_id);
  if (!indicator) {
    const [archived] = await tx.select({ id: indicators.id }).from(indicators).where(and(eq(indicators.id, d.indicator_id), isNotNull(indicators.archivedAt)));
    return [archived ? archivedRowError(line, "indicator_id") : { line, column: "indicator_id", message: { key: "errors.unknownItem" } }];
  }
  if (!canEditOwned(actor, { unitId: indicator.responsibleUnitId }, "strategy.manage", "strategy.editOwn")) fail("indicator_id", NOT_ALLOWED);
  if (indicator.source === "computed" && d.kind === "actual") fail("kind", "errors.computedValues");
  const existing = await findPoint(tx, indicator.id, d.kind, d.date);
  const value = fromFile(row, "value", d.value === null ? null : scale4(d.value), existing?.value ?? null);
  const note = fromFile(row, "note", d.note, existing?.note ?? null);
  if (!existing && value === null && !row.present.has("value")) fail("value", "errors.required");
  if (errors.length) return errors;

  const before = existing ? { kind: existing.kind, date: existing.date, value: existing.value, note: existing.note } : null;
  const after = value === null ? null : { kind: d.kind, date: d.date, value, note };
  if (!existing && !after) return "unchanged"; // an empty value for a day with none: nothing to clear
  if (existing && after && existing.value === after.value && existing.note === after.note) return "unchanged";
  if (!dryRun) {
    if (!existing) await tx.insert(indicatorPoints).values({ indicatorId: indicator.id, kind: d.kind, date: d.date, value: after!.value, note, createdBy: actor.id });
    else if (!after) await tx.delete(indicatorPoints).where(eq(indicatorPoints.id, existing.id));
    else await tx.update(indicatorPoints).set({ value: after.value, note, updatedAt: new Date() }).where(eq(indicatorPoints.id, existing.id));
    let version = run.versions.get(indicator.id);
    if (version === undefined) {
      version = await touchIndicator(tx, indicator, actor);
      run.versions.set(indicator.id, version);
    }
    await audit({ entityType: "indicator", entityId: indicator.id, action: !existing ? "point_create" : !after ? "point_delete" : "point_update", version, before, after });
  }
  if (!existing) return "created";
  const cleared = !after ? 1 : existing.note && !note ? 1 : 0;
  return { updated: true, cleared };
}
