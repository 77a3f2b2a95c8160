import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createActivity, updateActivity } from "@/app/[locale]/staff/advocacy/activities/actions";
import { createAsk, updateAsk } from "@/app/[locale]/staff/advocacy/asks/actions";
import { createPlan, updatePlan } from "@/app/[locale]/staff/advocacy/plans/actions";
import { historyForStaff } from "@/db/queries/audit";
import { advocacyActivities, advocacyPlans, governmentAsks } from "@/db/schema";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { newPriority } from "./fixtures";

const getDb = setupTestDatabase({ demo: true });

/**
 * Plans, actions and asks share one save path (lib/advocacy/workflow.ts
 * saveItem over lib/publishing.ts saveWorkingCopy): the same review states,
 * history entries and lost-update refusal for every kind.
 */
const kinds = [
  {
    kind: "plan",
    entity: "advocacy_plan",
    table: advocacyPlans,
    create: createPlan,
    update: updatePlan,
    fields: (priorityId: string) => ({ priorityId, visibility: "public", objectivesFi: "Tavoite", publicSummaryFi: "Tiivistelmä", publicSummarySv: "Sammanfattning" }),
    edit: { objectivesFi: "Uusi tavoite" },
    changed: "objectives",
  },
  {
    kind: "activity",
    entity: "advocacy_activity",
    table: advocacyActivities,
    create: createActivity,
    update: updateActivity,
    fields: (priorityId: string) => ({ priorityId, visibility: "public", type: "meeting", date: "2026-03-02", titleFi: "Tapaaminen", titleSv: "Möte" }),
    edit: { titleFi: "Tapaaminen ministeriössä" },
    changed: "title",
  },
  {
    kind: "ask",
    entity: "government_ask",
    table: governmentAsks,
    create: createAsk,
    update: updateAsk,
    fields: (priorityId: string) => ({ priorityId, visibility: "public", programmeYear: "2027", wordingFi: "Kirjaus", wordingSv: "Skrivning" }),
    edit: { wordingFi: "Tarkempi kirjaus" },
    changed: "wording",
  },
] as const;

describe("one save path for plans, actions and asks", () => {
  for (const k of kinds) {
    it(`${k.kind}: published at once by a coordinator, an editor's change waits for review, a stale save writes nothing`, async () => {
      const db = await getDb();
      const coordinator = await actorByEmail(db, "coordinator@example.com");
      const editor = await actorByEmail(db, "editor@example.com");
      const p = await newPriority(db, "KANS");
      const base = k.fields(p.id);
      const created = await k.create.execute(coordinator, { ...base, publishNow: "on" } as never);
      if (!created.ok) throw new Error(`not created: ${JSON.stringify(created)}`);
      const id = created.data.id;
      const row = async () => (await db.select().from(k.table).where(eq(k.table.id, id)))[0]!;
      expect(await row()).toMatchObject({ reviewState: "published", version: created.data.version, createdBy: coordinator.id });

      const edited = await k.update.execute(editor, { ...base, ...k.edit, id, version: created.data.version } as never);
      if (!edited.ok) throw new Error(`not edited: ${JSON.stringify(edited)}`);
      expect(edited.data.version).toBe(created.data.version + 1);
      const afterEdit = await row();
      expect(afterEdit).toMatchObject({ reviewState: "pending", updatedBy: editor.id });
      // The public snapshot stays what was published until a coordinator approves.
      expect(JSON.stringify(afterEdit.published)).not.toContain(Object.values(k.edit)[0]);

      const stale = await k.update.execute(coordinator, { ...base, id, version: created.data.version, publishNow: "on" } as never);
      expect(stale).toMatchObject({ ok: false, code: "conflict", conflict: { by: editor.name } });
      expect(await row()).toMatchObject({ version: edited.data.version, reviewState: "pending" });

      const history = await historyForStaff(db, k.entity, id);
      expect(history.map((h) => h.action)).toEqual(["create", "publish", "update"]);
      // The update records only what changed.
      expect(Object.keys(history[2]!.after ?? {})).toEqual([k.changed]);
    });
  }
});
