"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requiredText, uuidField, versionField } from "@/lib/forms/zod-fields";
import { reviewSource } from "@/lib/review/sources";

/**
 * The review decisions for every area's items: the registry
 * (lib/review/sources.ts) knows how each type is published or returned.
 */
const target = { type: z.string().trim().min(1).max(40), id: uuidField(), version: versionField() };

async function lockTarget(tx: Parameters<NonNullable<Parameters<typeof defineAction>[0]["load"]>>[0], input: { type: string; id: string }) {
  const source = reviewSource(input.type);
  if (!source) return null;
  const row = await source.lock(tx, input.id);
  return row ? { source, row } : null;
}

export const publishItem = defineAction({
  name: "review.publish",
  input: z.strictObject(target),
  requires: ["content.publish"],
  load: lockTarget,
  run: async ({ tx, actor, input, item, audit }) => {
    await item.source.publish({ tx, actor, audit }, item.row, input.version);
    return undefined;
  },
});

export const returnItem = defineAction({
  name: "review.return",
  input: z.strictObject({ ...target, comment: requiredText(2000) }),
  requires: ["content.publish"],
  load: lockTarget,
  run: async ({ tx, actor, input, item, audit }) => {
    await item.source.returnToEditor({ tx, actor, audit }, item.row, input.version, input.comment);
    return undefined;
  },
});
