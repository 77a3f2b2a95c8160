"use server";

import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { reviewInput } from "@/lib/advocacy/schemas";
import { entityType, kindTable, loadOwned, mayEdit } from "@/lib/advocacy/workflow";
import { can } from "@/lib/permissions";
import { archiveRow } from "@/lib/publishing";

// Publishing and returning go through the cross-area review actions
// (app/[locale]/staff/review/actions.ts, registry lib/advocacy/review-sources.ts).

/**
 * Archive instead of delete. An editor may archive their own unpublished
 * items; taking something off the public site is for those who may publish.
 */
export const archiveAdvocacyItem = defineAction({
  name: "advocacy.archive",
  input: reviewInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadOwned(tx, input.kind, input.id),
  authorize: (actor, item) => mayEdit(actor, item) && (item.row.published === null || can(actor.role, "content.publish")),
  run: async ({ tx, actor, input, item, audit }) => {
    if (item.row.archivedAt) throw new ActionError("not_found");
    const updated = await archiveRow({
      tx,
      table: kindTable[input.kind],
      entityType: entityType[input.kind],
      row: item.row as never,
      expectedVersion: input.version,
      actor,
      audit,
    });
    return { id: input.id, version: updated.version, priorityId: item.row.priorityId };
  },
});
