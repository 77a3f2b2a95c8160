"use server";

import { z } from "zod";
import { reorderSibling } from "@/db/queries/strategy/reorder";
import { defineAction } from "@/lib/actions/define-action";
import { uuidField } from "@/lib/forms/zod-fields";

/**
 * Move a goal, priority or measure up or down among its siblings. Order is
 * presentation, not content: it applies to the published version at once
 * (no review), and each moved item's history records it.
 */
export const reorderItem = defineAction({
  name: "strategy.reorder",
  input: z.strictObject({ type: z.enum(["goal", "priority", "measure"]), id: uuidField(), direction: z.enum(["up", "down"]) }),
  requires: ["strategy.manage"],
  run: async ({ tx, input, audit }) => {
    const moved = await reorderSibling(tx, input.type, input.id, input.direction);
    for (const m of moved) await audit({ entityType: input.type, entityId: m.id, action: "reorder", before: { sortOrder: m.before }, after: { sortOrder: m.after } });
    return { moved: moved.length };
  },
});
