import { z } from "zod";
import { measures, type Measure } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { canEditOwned } from "@/lib/permissions";
import { changedFields, loadForUpdate, updateVersioned } from "@/lib/publishing";

/**
 * The stand-in save the test harnesses (permission matrix, hostile input,
 * concurrency) prove themselves on, built the way the areas build theirs:
 * validate, lock, owner check, version-checked update, history with
 * before/after. It saves a measure's internal notes.
 */
export function measureNotesSave(name: string) {
  return defineAction({
    name,
    input: z.object({ id: z.string().uuid(), version: z.coerce.number().int(), internalNotes: z.string().trim().min(1).max(2000) }),
    requires: ["strategy.manage", "strategy.editOwn"],
    load: (tx, input) => loadForUpdate<Measure & { version: number }>(tx, measures, input.id),
    authorize: (actor, item) => canEditOwned(actor, { unitId: item.responsibleUnitId }, "strategy.manage", "strategy.editOwn"),
    run: async ({ tx, actor, input, item, audit }) => {
      const after = await updateVersioned<Measure & { version: number }>(tx, measures, item.id, input.version, { internalNotes: input.internalNotes }, actor);
      await audit({ entityType: "measure", entityId: item.id, action: "update", version: after.version, ...changedFields(item, after, ["internalNotes"]) });
    },
  });
}
