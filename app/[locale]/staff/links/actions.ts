"use server";

import { touchMeasure } from "@/db/queries/strategy/write-children";
import { loadActiveMeasure, type LoadedMeasure } from "@/db/queries/strategy/write-measures";
import { defineAction, type AuditFn } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { linkInput, type LinkInput } from "@/lib/links/kinds";
import { deleteLink, findLink, insertLink, loadLinkTarget, type LinkTarget } from "@/db/queries/links/write";
import { canEditOwned, type Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import type { Tx } from "@/db/client";

/**
 * Links from a measure to what carries it out (EU projects, networks,
 * advocacy actions and asks, evaluation rounds), added or removed from either
 * side. A link joins two items: whoever may edit both may make or remove it.
 * The form's `version` is that of the item whose page it is on (a stale form
 * gets a conflict); the measure's version goes up and it waits for review
 * again (its public snapshot carries the links), the target's version goes
 * up too. Both histories record the change.
 */
type Loaded = { measure: LoadedMeasure; target: LinkTarget };

async function load(tx: Tx, input: LinkInput): Promise<Loaded | null> {
  const measure = await loadActiveMeasure(tx, input.measureId);
  if (!measure) return null;
  const target = await loadLinkTarget(tx, input.kind, input.targetId);
  return target ? { measure, target } : null;
}

const mayEditBoth = (actor: Actor, { measure, target }: Loaded) =>
  canEditOwned(actor, { unitId: measure.responsibleUnitId, contactIds: measure.contactIds }, "strategy.manage", "strategy.editOwn") && target.mayEdit(actor);

/** Bump both versions, checking the one the form was based on; returns the measure's and the target's new versions. */
async function touchBoth(tx: Tx, input: LinkInput, { measure, target }: Loaded, actor: Actor) {
  const measureVersion = await touchMeasure(tx, measure, actor, input.from === "measure" ? input.version : measure.version);
  const targetRow = await updateVersioned<{ id: string; version: number; updatedAt: Date }>(
    tx,
    target.table,
    target.id,
    input.from === "target" ? input.version : target.version,
    {},
    actor,
  );
  return { measureVersion, targetVersion: targetRow.version };
}

async function auditBoth(audit: AuditFn, action: "link" | "unlink", input: LinkInput, loaded: Loaded, versions: { measureVersion: number; targetVersion: number }) {
  const onMeasure = { kind: input.kind, targetId: input.targetId };
  const onTarget = { measureId: input.measureId };
  await audit({ entityType: "measure", entityId: loaded.measure.id, action, version: versions.measureVersion, before: action === "unlink" ? onMeasure : null, after: action === "link" ? onMeasure : null });
  await audit({ entityType: loaded.target.entityType, entityId: loaded.target.id, action, version: versions.targetVersion, before: action === "unlink" ? onTarget : null, after: action === "link" ? onTarget : null });
}

/** Both ends are loaded and locked, and the person must be able to edit both; each end's version is bumped and its history records the change. */
const onBoth = { input: linkInput, requires: ["strategy.manage", "strategy.editOwn"] as const, load, authorize: mayEditBoth };
/** The goal to show, and the new version of the end the form was on. */
const saved = (input: LinkInput, item: Loaded, versions: { measureVersion: number; targetVersion: number }) => ({ goalId: item.measure.goalId, version: input.from === "measure" ? versions.measureVersion : versions.targetVersion });

export const linkMeasure = defineAction({
  name: "links.add",
  ...onBoth,
  run: async ({ tx, actor, input, item, audit }) => {
    if (await findLink(tx, item.measure.id, input.kind, item.target.id)) {
      throw new ActionError("invalid", { key: "errors.duplicate" }, { [input.from === "measure" ? "targetId" : "measureId"]: [{ key: "errors.duplicate" }] });
    }
    const versions = await touchBoth(tx, input, item, actor);
    await insertLink(tx, item.measure.id, input.kind, item.target.id, actor);
    await auditBoth(audit, "link", input, item, versions);
    return saved(input, item, versions);
  },
});

export const unlinkMeasure = defineAction({
  name: "links.remove",
  ...onBoth,
  run: async ({ tx, actor, input, item, audit }) => {
    const link = await findLink(tx, item.measure.id, input.kind, item.target.id);
    if (!link) throw new ActionError("not_found");
    const versions = await touchBoth(tx, input, item, actor);
    await deleteLink(tx, link.id);
    await auditBoth(audit, "unlink", input, item, versions);
    return saved(input, item, versions);
  },
});
