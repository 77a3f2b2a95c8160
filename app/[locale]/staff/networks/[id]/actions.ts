"use server";

import { z } from "zod";
import { loadNetworkForAction } from "@/db/queries/networks/staff";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { dateField, flexibleDateField, networkRoleShape, participationKindField, roleTermCheck, statusField } from "@/lib/networks/input";
import { optionalText, requiredText } from "@/lib/forms/zod-fields";
import { latestStatusDay, statusChangeProblem } from "@/lib/networks/status";
import { mayEditNetwork, NETWORK } from "@/lib/networks/write";
import { deleteNetworkRole, deleteParticipation, insertNetworkRole, insertParticipation, insertStatusChange, saveNetwork, statusChangeDays } from "@/db/queries/networks/write";
import type { Tx } from "@/db/client";

const onNetwork = { networkId: z.uuid(), version: z.coerce.number().int().min(1) };
const load = (tx: Tx, input: { networkId: string }) => loadNetworkForAction(tx, input.networkId);
const live = <T extends { archivedAt: Date | null }>(n: T) => {
  if (n.archivedAt) throw new ActionError("not_found");
  return n;
};

/**
 * Record a membership status change with its date. The history stays in
 * order: a change dated before a later recorded one, or in the future, is refused.
 */
export const changeNetworkStatus = defineAction({
  name: "networks.changeStatus",
  input: z.object({ ...onNetwork, status: statusField, changedOn: flexibleDateField, note: optionalText(1000) }),
  requires: ["networks.manage", "networks.editOwn"],
  load,
  authorize: (actor, item) => mayEditNetwork(actor, item),
  run: async ({ tx, actor, input, item, audit }) => {
    live(item);
    const existing = await statusChangeDays(tx, item.id);
    // An empty date = not known (kept as such, never today).
    const changedOn = input.changedOn?.date ?? null;
    const precision = input.changedOn?.precision ?? "day";
    const problem = statusChangeProblem(existing, changedOn, undefined, precision);
    if (problem) throw invalidField("changedOn", problem, { date: latestStatusDay(existing) ?? "" });
    const updated = await saveNetwork(tx, item, input.version, actor, { status: input.status, statusSince: changedOn, statusSincePrecision: precision });
    await insertStatusChange(tx, { networkId: item.id, status: input.status, changedOn, changedOnPrecision: precision, note: input.note, createdBy: actor.id });
    await audit({
      entityType: NETWORK,
      entityId: item.id,
      action: "status",
      version: updated.version,
      before: { status: item.status, statusSince: item.statusSince, statusSincePrecision: item.statusSincePrecision },
      after: { status: input.status, statusSince: changedOn, statusSincePrecision: precision, note: input.note },
    });
    return { id: item.id };
  },
});

/** Add one of the city's roles in the network (e.g. chair of a working group) with its period. */
export const addNetworkRole = defineAction({
  name: "networks.addRole",
  input: z.object({ ...onNetwork, ...networkRoleShape }).refine(roleTermCheck, { message: "errors.endBeforeStart", path: ["endDate"] }),
  requires: ["networks.manage", "networks.editOwn"],
  load,
  authorize: (actor, item) => mayEditNetwork(actor, item),
  run: async ({ tx, actor, input, item, audit }) => {
    live(item);
    const updated = await saveNetwork(tx, item, input.version, actor);
    const title = { fi: input.title_fi, ...(input.title_sv ? { sv: input.title_sv } : {}), ...(input.title_en ? { en: input.title_en } : {}) };
    const body = input.body_fi ? { fi: input.body_fi, ...(input.body_sv ? { sv: input.body_sv } : {}), ...(input.body_en ? { en: input.body_en } : {}) } : null;
    const term = {
      startDate: input.startDate?.date ?? null,
      startPrecision: input.startDate?.precision ?? "day",
      endDate: input.endDate?.date ?? null,
      endPrecision: input.endDate?.precision ?? "day",
    } as const;
    const role = await insertNetworkRole(tx, { networkId: item.id, title, body, ...term });
    await audit({ entityType: NETWORK, entityId: item.id, action: "role.add", version: updated.version, after: { roleId: role?.id, title, body, ...term } });
    return { id: item.id };
  },
});

/** Remove a role entered by mistake (an ended role is kept with its end date instead). */
export const removeNetworkRole = defineAction({
  name: "networks.removeRole",
  input: z.object({ ...onNetwork, roleId: z.uuid() }),
  requires: ["networks.manage", "networks.editOwn"],
  load,
  authorize: (actor, item) => mayEditNetwork(actor, item),
  run: async ({ tx, actor, input, item, audit }) => {
    live(item);
    const role = await deleteNetworkRole(tx, item.id, input.roleId);
    if (!role) throw new ActionError("not_found");
    const updated = await saveNetwork(tx, item, input.version, actor);
    await audit({ entityType: NETWORK, entityId: item.id, action: "role.remove", version: updated.version, before: { roleId: role.id, title: role.title, body: role.body, startDate: role.startDate, startPrecision: role.startPrecision, endDate: role.endDate, endPrecision: role.endPrecision } });
    return { id: item.id };
  },
});

/** A dated entry in the participation log: who took part and what came of it. */
export const addParticipation = defineAction({
  name: "networks.addParticipation",
  input: z.object({
    networkId: z.uuid(),
    occurredOn: dateField,
    kind: participationKindField,
    title: requiredText(300),
    participants: optionalText(1000),
    outcome: optionalText(4000),
  }),
  requires: ["networks.manage", "networks.editOwn"],
  load,
  authorize: (actor, item) => mayEditNetwork(actor, item),
  run: async ({ tx, actor, input, item, audit }) => {
    live(item);
    const entry = await insertParticipation(tx, { networkId: item.id, occurredOn: input.occurredOn, kind: input.kind, title: input.title, participants: input.participants, outcome: input.outcome, createdBy: actor.id });
    if (!entry) throw new Error("entry not created");
    await audit({ entityType: "network_participation", entityId: entry.id, action: "create", after: { networkId: item.id, occurredOn: entry.occurredOn, kind: entry.kind, title: entry.title, participants: entry.participants, outcome: entry.outcome } });
    return { id: entry.id };
  },
});

/** Remove a participation entry entered by mistake (its content stays in the history). */
export const removeParticipation = defineAction({
  name: "networks.removeParticipation",
  input: z.object({ networkId: z.uuid(), entryId: z.uuid() }),
  requires: ["networks.manage", "networks.editOwn"],
  load,
  authorize: (actor, item) => mayEditNetwork(actor, item),
  run: async ({ tx, input, item, audit }) => {
    const entry = await deleteParticipation(tx, item.id, input.entryId);
    if (!entry) throw new ActionError("not_found");
    await audit({ entityType: "network_participation", entityId: entry.id, action: "delete", before: { networkId: item.id, occurredOn: entry.occurredOn, kind: entry.kind, title: entry.title, participants: entry.participants, outcome: entry.outcome } });
    return { id: entry.id };
  },
});
