"use server";

import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { returnInput, reviewInput } from "@/lib/advocacy/schemas";
import { entityType, kindTable, loadOwned, mayEdit, publishItem } from "@/lib/advocacy/workflow";
import { can } from "@/lib/permissions";
import { archiveRow, returnRow } from "@/lib/publishing";

const itemPath = (kind: "plan" | "activity" | "ask", id: string, priorityId: string) =>
  kind === "plan" ? `/staff/advocacy/plans/${priorityId}` : kind === "activity" ? `/staff/advocacy/activities/${id}` : `/staff/advocacy/asks/${id}`;

const paths = (kind: "plan" | "activity" | "ask", id: string, priorityId: string) => [
  "/staff/advocacy",
  "/staff/advocacy/asks",
  "/staff/review",
  itemPath(kind, id, priorityId),
  `/staff/advocacy/priorities/${priorityId}`,
  "/advocacy",
];

/** Approve an advocacy item: its public snapshot (if any) replaces the published one. */
export const publishAdvocacyItem = defineAction({
  name: "advocacy.publish",
  input: reviewInput,
  requires: ["content.publish"],
  load: (tx, input) => loadOwned(tx, input.kind, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    if (item.row.archivedAt) throw new ActionError("not_found");
    const updated = await publishItem({ tx, kind: input.kind, row: item.row, expectedVersion: input.version, actor, audit });
    return { id: input.id, version: updated.version, priorityId: item.row.priorityId };
  },
  revalidate: (input, data) => ({ paths: paths(input.kind, input.id, data.priorityId) }),
});

/** Send an item back to its editor with a comment; the public keeps the last published version. */
export const returnAdvocacyItem = defineAction({
  name: "advocacy.return",
  input: returnInput,
  requires: ["content.publish"],
  load: (tx, input) => loadOwned(tx, input.kind, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    const updated = await returnRow({
      tx,
      table: kindTable[input.kind],
      entityType: entityType[input.kind],
      row: item.row as never,
      expectedVersion: input.version,
      comment: input.comment,
      actor,
      audit,
    });
    return { id: input.id, version: updated.version, priorityId: item.row.priorityId };
  },
  revalidate: (input, data) => ({ paths: paths(input.kind, input.id, data.priorityId) }),
});

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
  revalidate: (input, data) => ({ paths: paths(input.kind, input.id, data.priorityId) }),
});
