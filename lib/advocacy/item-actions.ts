import "server-only";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { planIdOfPriority } from "@/db/queries/advocacy/staff";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { pickFields } from "@/lib/publishing";
import { checkPublishNow, loadForEdit, loadPriority, mayCreateFor, mayEditItem, saveItem, type AdvocacyKind } from "./workflow";

type Values = Record<string, unknown> & { visibility: "public" | "internal"; publishNow: boolean };
type CreateInput = Values & { priorityId: string };
type UpdateInput = Values & { id: string; version: number; priorityId?: string };
type Saved = { id: string; version: number };
/** What a save answers: a plan its priority; an action or ask the priority it was under before (it may have moved). */
type Created<K> = K extends "plan" ? Saved & { priorityId: string } : Saved;
type Updated<K> = K extends "plan" ? Saved & { priorityId: string } : Saved & { previousPriorityId: string };

/**
 * The create and the version-checked save of an advocacy plan, action or ask
 * (lib/advocacy/workflow.ts): an editor for their own unit's priorities, a
 * coordinator for all; "publish now" only for those who may publish; the
 * history compares `fields`. A plan is one per priority (a second create is a
 * conflict, never an overwrite) and keeps its priority; an action or an ask
 * may move to another priority (the save answers the previous one).
 */
export function advocacyItemActions<K extends AdvocacyKind, C extends z.ZodType<CreateInput>, U extends z.ZodType<UpdateInput>>(
  kind: K,
  def: {
    names: readonly [create: string, update: string];
    inputs: { create: C; update: U };
    fields: readonly string[];
    /** Checks of the input against the database before either save (e.g. the responsible person exists). */
    check?: (tx: Tx, input: Values) => Promise<void>;
  },
) {
  const requires = ["advocacy.manage", "advocacy.editOwn"] as const;
  const values = (input: Values) => pickFields(input, def.fields as (keyof Values & string)[]) as Values;
  return {
    create: defineAction({
      name: def.names[0],
      input: def.inputs.create,
      requires,
      load: (tx, input) => loadPriority(tx, input.priorityId),
      authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
      run: async ({ tx, actor, input, audit }) => {
        await def.check?.(tx, input);
        // Someone else wrote the plan meanwhile: never overwrite it silently.
        if (kind === "plan" && (await planIdOfPriority(tx, input.priorityId))) throw new ActionError("conflict", { key: "errors.conflictUnknown" });
        const insertOnly = kind === "plan" ? { priorityId: input.priorityId } : undefined;
        const row = await saveItem({ tx, kind, fields: def.fields, values: values(input), insertOnly, publishNow: input.publishNow, actor, audit });
        return { id: row.id, version: row.version, ...(kind === "plan" ? { priorityId: input.priorityId } : {}) } as Created<K>;
      },
    }),
    update: defineAction({
      name: def.names[1],
      input: def.inputs.update,
      requires,
      load: (tx, input) => loadForEdit(tx, kind, input.id, kind === "plan" ? undefined : input.priorityId),
      authorize: (actor, item, input) => mayEditItem(actor, item, input.publishNow),
      run: async ({ tx, actor, input, item, audit }) => {
        await def.check?.(tx, input);
        const existing = { row: item.row, expectedVersion: input.version };
        const row = await saveItem({ tx, kind, fields: def.fields, values: values(input), existing, publishNow: input.publishNow, actor, audit });
        const priorityId = (item.row as { priorityId: string }).priorityId;
        return { id: row.id, version: row.version, ...(kind === "plan" ? { priorityId } : { previousPriorityId: priorityId }) } as Updated<K>;
      },
    }),
  };
}
