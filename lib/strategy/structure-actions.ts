import "server-only";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import { archiveStructural, liveGoalId, livePeriodId, loadActive, loadArchived, requireActiveParent, restoreRow, saveStructural, type StructureType } from "@/db/queries/strategy/write-structure";
import { defineAction, type ServerAction } from "@/lib/actions/define-action";
import { defineStepAction } from "@/lib/actions/step-action";
import { invalidField } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";
import { publishIfAsked } from "./structure";

type Row = Parameters<typeof restoreRow>[0]["item"];
type Intent = { intent?: "save" | "publish" };

/** The item a goal or priority hangs under: its kind and the input field naming it. */
const parents = {
  goal: { type: "period", field: "periodId", live: livePeriodId },
  priority: { type: "goal", field: "goalId", live: liveGoalId },
  measure: { type: "goal", field: "goalId", live: liveGoalId },
} as const satisfies Partial<Record<StructureType, { type: StructureType; field: string; live: (tx: Tx, id: string) => Promise<string | null> }>>;

const parentOf = (type: StructureType) => (parents as Partial<Record<StructureType, (typeof parents)[keyof typeof parents]>>)[type];

/**
 * Bring an archived item back as a draft (see restoreRow); refused while its
 * parent (a goal's period, a priority's or measure's goal) is archived.
 * Coordinators and admins only, like archiving.
 */
export function structureRestoreAction<R extends Row, Out>(type: StructureType, result: (item: R) => Out) {
  const parent = parentOf(type);
  return defineStepAction({
    name: `strategy.${type}.restore`,
    requires: ["strategy.manage"],
    load: (tx, id) => loadArchived<R>(tx, type, id),
    step: async (ctx) => {
      if (parent) await requireActiveParent(ctx.tx, parent.type, (ctx.item as unknown as Record<string, string>)[parent.field]!);
      await restoreRow(ctx, type);
      return result(ctx.item);
    },
  });
}

/**
 * The four actions of a period, goal or priority: create (under a live
 * parent; "save and publish" publishes at once), the version-checked save
 * (saveStructural: exactly the changed fields in the history), archive and
 * restore. `values` turns the input into the columns (and may refuse a field).
 */
export function structureActions<R extends Row, C extends z.ZodType<Intent>, U extends z.ZodType<Intent & { id: string; version: number }>, V extends Record<string, unknown>, Out>(
  type: "period" | "goal" | "priority",
  kind: {
    inputs: { create: C; update: U };
    values: (tx: Tx, input: z.output<C> | z.output<U>) => V | Promise<V>;
    fields: readonly (keyof V & string)[];
    insert: (tx: Tx, values: V & Record<string, string>, actor: Actor) => Promise<R>;
    result: (item: R) => Out;
  },
): { create: ServerAction<Out>; update: ServerAction<Out>; archive: ServerAction<Out>; restore: ServerAction<Out> } {
  const parent = parentOf(type);
  return {
    create: defineAction({
      name: `strategy.${type}.create`,
      input: kind.inputs.create,
      requires: ["strategy.manage"],
      run: async ({ tx, actor, input, audit }) => {
        let link: Record<string, string> = {};
        if (parent) {
          const parentId = await parent.live(tx, (input as Record<string, string>)[parent.field]!);
          if (!parentId) throw invalidField(parent.field, "unknownItem");
          link = { [parent.field]: parentId };
        }
        const v = { ...(await kind.values(tx, input)), ...link };
        const row = await kind.insert(tx, v, actor);
        await recordCreate(audit, type, row, v);
        await publishIfAsked({ tx, actor, audit }, type, row.id, row.version, input.intent);
        return kind.result(row);
      },
    }),
    update: defineAction({
      name: `strategy.${type}.update`,
      input: kind.inputs.update,
      requires: ["strategy.manage"],
      load: (tx, input) => loadActive<R>(tx, type, input.id),
      run: async (ctx) => {
        await saveStructural({ ctx, type, values: await kind.values(ctx.tx, ctx.input), fields: [...kind.fields] });
        return kind.result(ctx.item);
      },
    }),
    /** Refused while something active hangs under it. */
    archive: defineStepAction({
      name: `strategy.${type}.archive`,
      requires: ["strategy.manage"],
      load: (tx, id) => loadActive<R>(tx, type, id),
      step: async (ctx) => (await archiveStructural(ctx, type), kind.result(ctx.item)),
    }),
    restore: structureRestoreAction(type, kind.result),
  };
}
