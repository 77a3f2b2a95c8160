"use server";

import { insertCommentary, isLiveGoalOf, livePeriod, lockCommentary, updateCommentary } from "@/db/queries/dashboard/commentary";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { commentaryInput } from "@/lib/dashboard/commentary";

/**
 * A coordinator's commentary on one section of the executive briefing, for
 * the period and goal shown. Version-checked: the form carries the version it
 * was opened at (0 for a section without commentary), so two coordinators
 * never silently overwrite each other; every save is in the history.
 */
export const saveCommentary = defineAction({
  name: "dashboard.commentary.save",
  input: commentaryInput,
  requires: ["dashboard.comment"],
  load: (tx, input) => livePeriod(tx, input.periodId),
  run: async ({ tx, actor, input, item: period, audit }) => {
    const goalKey = input.goalId ?? "";
    if (goalKey && !(await isLiveGoalOf(tx, goalKey, period.id))) throw invalidField("goalId", "unknownItem");
    const key = { periodId: period.id, goalKey, section: input.section };
    const body = input.body ?? "";
    let existing = await lockCommentary(tx, key);
    if (!existing && input.version === 0) {
      if (!body) throw new ActionError("invalid", { key: "errors.noChanges" });
      const created = await insertCommentary(tx, { ...key, body, updatedBy: actor.id });
      if (created) {
        await audit({ entityType: "briefing_commentary", entityId: created.id, action: "create", version: created.version, before: null, after: { ...key, body } });
        return { id: created.id, version: created.version };
      }
      // Another coordinator wrote the first commentary a moment ago: theirs is newer than the form.
      existing = await lockCommentary(tx, key);
    }
    if (!existing) throw new ActionError("not_found");
    if (existing.body === body && existing.version === input.version) throw new ActionError("invalid", { key: "errors.noChanges" });
    const row = await updateCommentary(tx, existing.id, input.version, body, actor);
    await audit({ entityType: "briefing_commentary", entityId: row.id, action: "update", version: row.version, before: { body: existing.body }, after: { ...key, body } });
    return { id: row.id, version: row.version };
  },
});
