import { z } from "zod";
import { flexibleDate, idList, localizedShape, optionalText, requiredInt, uuidField, versionField } from "@/lib/forms/zod-fields";
import type { Precision } from "@/lib/strategy/dates";

export const measureStatuses = ["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"] as const;
export const visibilities = ["public", "internal"] as const;

/** The fields of the measure form. Unknown fields are refused (a tampered form). */
export const measureFields = {
  ...localizedShape("title", 300, true),
  ...localizedShape("description", 5000, false),
  status: z.enum(measureStatuses),
  progress: requiredInt().pipe(z.number().refine((v) => v >= 0 && v <= 100, { message: "errors.progressRange" })),
  startDate: flexibleDate(),
  dueDate: flexibleDate(),
  goalId: uuidField(),
  responsibleUnitId: uuidField(),
  priorityIds: idList(50).pipe(z.array(z.string()).min(1)),
  contactIds: idList(20),
  weight: requiredInt().pipe(z.number().min(1).max(100)),
  visibility: z.enum(visibilities),
  internalNotes: optionalText(5000),
  /** "publish" = save and publish at once (publishers only). */
  intent: z.enum(["save", "publish"]).optional().default("save"),
};

export const createMeasureInput = z.strictObject(measureFields);
export const updateMeasureInput = z.strictObject({ ...measureFields, id: uuidField(), version: versionField() });
export type MeasureInput = z.output<typeof createMeasureInput>;

/** The due date may not end before the start date begins. */
export function dueBeforeStart(input: Pick<MeasureInput, "startDate" | "dueDate">, effectiveEnd: (d: string, p: Precision) => string) {
  return Boolean(input.startDate && input.dueDate && effectiveEnd(input.dueDate.date, input.dueDate.precision) < input.startDate.date);
}
