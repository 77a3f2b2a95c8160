import "server-only";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { uuidField, versionField } from "@/lib/forms/zod-fields";
import type { Actor, Capability } from "@/lib/permissions";
import { defineAction, type ActionContext, type ServerAction } from "./define-action";

/** The input of a step: the item's id and the version the person saw (the confirm button's hidden fields). */
export const stepInput = z.strictObject({ id: uuidField(), version: versionField() });

export type StepInput = { id: string; version: number };

type Shared<Item, I extends StepInput> = {
  requires: readonly Capability[];
  /** Finds (and locks) the item; nothing answers "not found". */
  load: (tx: Tx, id: string) => Promise<Item | null | undefined>;
  /** Item-level check (e.g. "editor of the owning unit"). */
  authorize?: (actor: Actor, item: Item) => boolean;
  /** Another id-and-version schema (default `stepInput`). */
  input?: z.ZodType<I>;
};

/**
 * An action that takes one existing, version-checked item one step — archive,
 * restore, publish, open, close — declared by its name and its step: the
 * input is the item's id and version, `load` finds it, `step` writes the row
 * (version-checked) and its history record and returns the action's answer.
 * An ordinary `defineAction` result: export it one by one and the matrix and
 * hostile tests find it.
 */
export function defineStepAction<Item, Out, I extends StepInput = StepInput>(
  def: Shared<Item, I> & { name: string; step: (ctx: ActionContext<I, Item>) => Promise<Out> },
): ServerAction<Out> {
  return defineAction({
    name: def.name,
    input: def.input ?? (stepInput as unknown as z.ZodType<I>),
    requires: def.requires,
    load: (tx, input) => def.load(tx, input.id),
    authorize: def.authorize,
    run: def.step,
  });
}

/**
 * Several steps on one kind of item (a round's close, reopen, publish) that
 * share who may take them and how the item is loaded:
 * `const roundStep = stepActions({ requires, load }); export const closeRound = roundStep("…close", async (ctx) => …);`
 */
export function stepActions<Item, I extends StepInput = StepInput>(shared: Shared<Item, I>) {
  return <Out>(name: string, step: (ctx: ActionContext<I, Item>) => Promise<Out>) => defineStepAction<Item, Out, I>({ ...shared, name, step });
}
