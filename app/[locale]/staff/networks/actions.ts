"use server";

import { z } from "zod";
import { loadNetworkForAction } from "@/db/queries/networks/staff";
import {
  archiveNetworkRow,
  assertUniqueName,
  insertNetwork,
  networkColumns,
  networkPriorityIds,
  publishNetworkRow,
  replaceNetworkLinks,
  returnNetworkRow,
  saveNetwork,
} from "@/db/queries/networks/write";
import type { Tx } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { defineStepAction, stepInput } from "@/lib/actions/step-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { networkCreateInput, networkUpdateInput } from "@/lib/networks/input";
import { statusChangeProblem } from "@/lib/networks/status";
import { canonicalText, mayEditNetwork, NETWORK } from "@/lib/networks/write";
import { can, mayAssignUnit } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";

const edited = ["name", "description", "type", "website", "countryCode", "annualFeeCents", "feeCurrency", "staffDays", "responsibleUnitId", "decisionNumber", "decisionDate", "internalNotes", "contactIds", "priorityIds"];

/** Add a network (or a candidate) to the registry. Editors add networks of their own unit only. */
export const createNetwork = defineAction({
  name: "networks.create",
  input: networkCreateInput,
  requires: ["networks.manage", "networks.editOwn"],
  authorize: (actor, _item, input) => mayEditNetwork(actor, { responsibleUnitId: input.responsibleUnitId, contactIds: [] }),
  run: async ({ tx, actor, input, audit }) => {
    const problem = statusChangeProblem([], input.statusSince?.date ?? null, undefined, input.statusSince?.precision);
    if (problem) throw invalidField("statusSince", problem);
    const columns = networkColumns(input);
    await assertUniqueName(tx, columns.name, null);
    const row = await insertNetwork(tx, columns, input.status, input.statusSince, actor);
    await replaceNetworkLinks(tx, row.id, input.contactIds, input.priorityIds);
    await audit({ entityType: NETWORK, entityId: row.id, action: "create", version: 1, after: { ...columns, status: input.status, statusSince: input.statusSince?.date ?? null, statusSincePrecision: input.statusSince?.precision ?? "day", contactIds: input.contactIds, priorityIds: input.priorityIds } });
    if (input.intent === "publish" && can(actor.role, "content.publish")) await publishNetworkRow(tx, row, actor, audit);
    return { id: row.id };
  },
});

/** Save the network's fields. The form's version guards against overwriting someone else's save. */
export const updateNetwork = defineAction({
  name: "networks.update",
  input: networkUpdateInput,
  requires: ["networks.manage", "networks.editOwn"],
  load: (tx, input) => loadNetworkForAction(tx, input.id),
  // The editor must be allowed to edit it now and still after the change, and may not hand it to
  // another unit (listing oneself as a contact person does not make that allowed), as for EU projects.
  authorize: (actor, item, input) =>
    mayEditNetwork(actor, item) &&
    mayAssignUnit(actor, "networks.manage", input.responsibleUnitId, item.responsibleUnitId) &&
    mayEditNetwork(actor, { responsibleUnitId: input.responsibleUnitId, contactIds: input.contactIds }),
  run: async ({ tx, actor, input, item, audit }) => {
    if (item.archivedAt) throw new ActionError("not_found");
    const columns = networkColumns(input);
    await assertUniqueName(tx, columns.name, item.id);
    const beforeLinks = { contactIds: [...item.contactIds].sort(), priorityIds: (await networkPriorityIds(tx, item.id)).sort() };
    const updated = await saveNetwork(tx, item, input.version, actor, columns);
    await replaceNetworkLinks(tx, item.id, input.contactIds, input.priorityIds);
    const diff = changedFields(
      { ...item, name: canonicalText(item.name), description: canonicalText(item.description), ...beforeLinks },
      { ...updated, name: canonicalText(updated.name), description: canonicalText(updated.description), contactIds: [...new Set(input.contactIds)].sort(), priorityIds: [...new Set(input.priorityIds)].sort() },
      edited,
    );
    await audit({ entityType: NETWORK, entityId: item.id, action: "update", version: updated.version, ...diff });
    if (input.intent === "publish" && can(actor.role, "content.publish")) await publishNetworkRow(tx, updated, actor, audit);
    return { id: item.id };
  },
});

/** A network in the registry (archived is not found), locked for the step. */
const loadLive = async (tx: Tx, id: string) => {
  const network = await loadNetworkForAction(tx, id);
  return network && !network.archivedAt ? network : null;
};

/** Approve and publish the working copy (coordinators and admins), the version the page showed. */
export const publishNetwork = defineStepAction({
  name: "networks.publish",
  requires: ["content.publish"],
  load: loadLive,
  step: async ({ tx, actor, input, item, audit }) => (await publishNetworkRow(tx, item, actor, audit, input.version), { id: item.id }),
});

/** Send an editor's change back with a comment. */
export const returnNetwork = defineStepAction({
  name: "networks.return",
  input: stepInput.extend({ comment: z.string().trim().min(1).max(2000) }),
  requires: ["content.publish"],
  load: loadNetworkForAction,
  step: async ({ tx, actor, input, item, audit }) => (await returnNetworkRow(tx, item, input.version, input.comment, actor, audit), { id: item.id }),
});

/** Archive (never delete): the network leaves the lists and the public site; its history stays. */
export const archiveNetwork = defineStepAction({
  name: "networks.archive",
  requires: ["networks.manage"],
  load: loadLive,
  step: async ({ tx, actor, input, item, audit }) => (await archiveNetworkRow(tx, item, input.version, actor, audit), { id: item.id }),
});
