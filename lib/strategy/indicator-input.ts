import { z } from "zod";
import { dayDate, decimalField, idList, localizedShape, requiredInt, uuidField, versionField } from "@/lib/forms/zod-fields";

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
};
export const createIndicatorInput = z.strictObject({ ...shape, periodId: uuidField() });
export const updateIndicatorInput = z.strictObject({ ...shape, id: uuidField(), version: versionField() });
export const pointInput = z.strictObject({ indicatorId: uuidField(), kind: z.enum(["actual", "target"]), date: dayDate(), value: decimalField() });
export const deletePointInput = z.strictObject({ id: uuidField() });
