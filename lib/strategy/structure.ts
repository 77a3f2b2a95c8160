import "server-only";
import type { Tx } from "@/db/client";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { can } from "@/lib/permissions";
import { reviewSource } from "@/lib/review/sources";

/**
 * "Save and publish" of a strategy item: after the save, publish through the
 * item's review source (coordinators and admins only). The saves themselves
 * are in db/queries/strategy/write-structure.ts.
 */
export async function publishIfAsked(ctx: { tx: Tx; actor: ActionContext<unknown, unknown>["actor"]; audit: ActionContext<unknown, unknown>["audit"] }, type: string, id: string, version: number, intent: string | undefined) {
  if (intent !== "publish") return;
  if (!can(ctx.actor.role, "content.publish")) throw new ActionError("forbidden");
  const source = reviewSource(type);
  const row = await source?.lock(ctx.tx, id);
  if (!source || !row) throw new ActionError("not_found");
  await source.publish(ctx, row, version);
}
