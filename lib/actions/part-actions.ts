import "server-only";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import type { Actor, Capability } from "@/lib/permissions";
import { defineAction, type ServerAction } from "./define-action";
import { ActionError } from "./result";

type Ref = { id: string; version: number };

/**
 * The save (add or edit) and the remove of a part of a version-checked item
 * (an EU project's partners, reporting periods, audits): the item is loaded
 * and locked, the part written, the item's version bumped (so two people never
 * overwrite each other; `touch` says whether the public sees the change) and
 * the change recorded in the item's history as `<part>.add`, `<part>.update`
 * or `<part>.remove`. A part that is not the item's answers "not found".
 */
export function definePartActions<P extends { id: string }, K extends string, S extends z.ZodType<Ref & { [key in K]?: string | null }>, V extends Record<string, unknown>, R extends V>(def: {
  names: readonly [save: string, remove: string];
  inputs: { save: S; remove: z.ZodType<Ref & { [key in K]: string }> };
  requires: readonly Capability[];
  load: (tx: Tx, input: { id: string }) => Promise<P | null>;
  authorize: (actor: Actor, item: P) => boolean;
  /** The history's entity type and the part's name in its actions. */
  entityType: string;
  part: string;
  /** The input field naming an existing part (absent on a new one). */
  idField: K;
  values: (input: z.output<S>) => V;
  add: (tx: Tx, itemId: string, values: V) => Promise<unknown>;
  /** Returns the part as it was, or nothing when the item has no such part. */
  update: (tx: Tx, itemId: string, partId: string, values: V) => Promise<R | null | undefined>;
  remove: (tx: Tx, itemId: string, partId: string) => Promise<R | null | undefined>;
  /** What the history keeps of a removed part. */
  removed: readonly (keyof R & string)[];
  touch: (tx: Tx, item: P, expectedVersion: number, actor: Actor) => Promise<{ version: number }>;
}): { save: ServerAction<{ version: number }>; remove: ServerAction<{ version: number }> } {
  const { entityType, part } = def;
  const base = { requires: def.requires, load: def.load, authorize: def.authorize };
  const pick = (row: R, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, row[f]]));
  return {
    save: defineAction({
      ...base,
      name: def.names[0],
      input: def.inputs.save,
      run: async ({ tx, actor, input, item, audit }) => {
        const values = def.values(input);
        const partId = input[def.idField] as string | null | undefined;
        let before: Record<string, unknown> | null = null;
        if (partId) {
          const old = await def.update(tx, item.id, partId, values);
          if (!old) throw new ActionError("not_found");
          before = pick(old, Object.keys(values));
        } else {
          await def.add(tx, item.id, values);
        }
        const updated = await def.touch(tx, item, input.version, actor);
        await audit({ entityType, entityId: item.id, action: partId ? `${part}.update` : `${part}.add`, version: updated.version, before, after: values });
        return { version: updated.version };
      },
    }),
    remove: defineAction({
      ...base,
      name: def.names[1],
      input: def.inputs.remove,
      run: async ({ tx, actor, input, item, audit }) => {
        const removed = await def.remove(tx, item.id, input[def.idField] as string);
        if (!removed) throw new ActionError("not_found");
        const updated = await def.touch(tx, item, input.version, actor);
        await audit({ entityType, entityId: item.id, action: `${part}.remove`, version: updated.version, before: pick(removed, def.removed) });
        return { version: updated.version };
      },
    }),
  };
}
