import { z } from "zod";
import { localizedShape, requiredInt, uuidField, versionField } from "@/lib/forms/zod-fields";

const intent = z.enum(["save", "publish"]).optional().default("save");
const year = () => requiredInt().pipe(z.number().min(2000).max(2100));

export const periodShape = { ...localizedShape("name", 200, true), startYear: year(), endYear: year(), intent };
export const goalShape = { ...localizedShape("title", 300, true), ...localizedShape("description", 5000, false), scope: z.enum(["international", "eu", "national"]), intent };
export const priorityShape = {
  ...localizedShape("title", 300, true),
  ...localizedShape("description", 5000, false),
  responsibleUnitId: z.union([z.literal(""), uuidField()]).optional().transform((v) => v || null),
  intent,
};

export const createPeriodInput = z.strictObject(periodShape);
export const updatePeriodInput = z.strictObject({ ...periodShape, id: uuidField(), version: versionField() });
export const copyPeriodInput = z.strictObject({ ...periodShape, sourceId: uuidField() });
export const createGoalInput = z.strictObject({ ...goalShape, periodId: uuidField() });
export const updateGoalInput = z.strictObject({ ...goalShape, id: uuidField(), version: versionField() });
export const createPriorityInput = z.strictObject({ ...priorityShape, goalId: uuidField() });
export const updatePriorityInput = z.strictObject({ ...priorityShape, id: uuidField(), version: versionField() });
