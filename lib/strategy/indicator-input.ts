import { z } from "zod";
import { dayDate, decimalField, idList, localizedShape, optionalDayDate, optionalText, requiredInt, uuidField, versionField } from "@/lib/forms/zod-fields";
import { websiteField } from "@/lib/networks/input";

/** A select left at "" is null (not stated / not known). */
const blank = (v: unknown) => (v === "" ? null : v);
const optionalEnum = <T extends [string, ...string[]]>(values: T) => z.preprocess(blank, z.enum(values).nullable().optional()).transform((v) => v ?? null);

export const indicatorSources = ["manual", "computed", "external"] as const;
export const indicatorDirections = ["up", "down", "keep"] as const;
export const indicatorCadences = ["monthly", "quarterly", "yearly"] as const;

/**
 * Where the values come from, which way is better, the baseline (null = not
 * known, never 0) and when the next value is due (a day or a cadence). The
 * combinations are checked in `checkIndicatorSource`.
 */
const sourceShape = {
  source: z.enum(indicatorSources).optional().default("manual"),
  computation: optionalText(60),
  sourceName: optionalText(200),
  sourceUrl: websiteField,
  direction: optionalEnum([...indicatorDirections]),
  baselineValue: z.preprocess(blank, decimalField().nullable().optional()).transform((v) => v ?? null),
  baselineDate: optionalDayDate(),
  nextDueDate: optionalDayDate(),
  cadence: optionalEnum([...indicatorCadences]),
};

const shape = {
  ...localizedShape("title", 300, true),
  ...localizedShape("description", 5000, false),
  ...localizedShape("unit", 40, true),
  decimals: requiredInt().pipe(z.number().min(0).max(4)),
  responsibleUnitId: uuidField(),
  visibility: z.enum(["public", "internal"]),
  measureIds: idList(100),
  priorityIds: idList(100),
  intent: z.enum(["save", "publish"]).optional().default("save"),
  ...sourceShape,
};
export const createIndicatorInput = z.strictObject({ ...shape, periodId: uuidField() });
export const updateIndicatorInput = z.strictObject({ ...shape, id: uuidField(), version: versionField() });
export const pointInput = z.strictObject({ indicatorId: uuidField(), kind: z.enum(["actual", "target"]), date: dayDate(), value: decimalField() });
export const deletePointInput = z.strictObject({ id: uuidField() });

type SourceFields = { source: (typeof indicatorSources)[number]; computation: string | null; sourceName: string | null; sourceUrl: string | null; baselineValue: string | null; baselineDate: string | null; nextDueDate: string | null; cadence: string | null };

/**
 * The source fields that belong together, or the field that is wrong:
 * a computed indicator names a known computation (and needs no due date: the
 * app counts it); an external one names its source; a baseline value has its
 * date; the next value is due on a day or by a cadence, not both.
 * Returns the columns to store (fields of other sources cleared).
 */
export function checkIndicatorSource<T extends SourceFields>(input: T, isComputation: (key: string) => boolean): { field: keyof SourceFields; key: string } | null {
  if (input.source === "computed" && (!input.computation || !isComputation(input.computation))) return { field: "computation", key: "required" };
  if (input.source === "external" && !input.sourceName) return { field: "sourceName", key: "required" };
  if (input.baselineValue !== null && input.baselineDate === null) return { field: "baselineDate", key: "required" };
  if (input.baselineValue === null && input.baselineDate !== null) return { field: "baselineValue", key: "required" };
  if (input.nextDueDate !== null && input.cadence !== null) return { field: "cadence", key: "dueDayOrCadence" };
  return null;
}

/** A typed decimal as numeric(20,4) gives it back ("12" → "12.0000"), so an unchanged baseline is not a change. */
function scale4(v: string) {
  const [i, f = ""] = v.split(".");
  return `${i}.${f.padEnd(4, "0")}`;
}

export function sourceColumns(input: SourceFields & { direction: string | null }) {
  const computed = input.source === "computed";
  return {
    source: input.source,
    computation: computed ? input.computation : null,
    sourceName: input.source === "external" ? input.sourceName : null,
    sourceUrl: input.source === "external" ? input.sourceUrl : null,
    direction: input.direction as (typeof indicatorDirections)[number] | null,
    baselineValue: input.baselineValue === null ? null : scale4(input.baselineValue),
    baselineDate: input.baselineDate,
    // A computed indicator is counted by the app: no value is ever due from anyone.
    nextDueDate: computed ? null : input.nextDueDate,
    cadence: computed ? null : (input.cadence as (typeof indicatorCadences)[number] | null),
  };
}
