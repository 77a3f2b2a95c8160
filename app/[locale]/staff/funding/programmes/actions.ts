"use server";

import { insertProgramme, lockProgramme, programmeCodeTaken, saveProgramme } from "@/db/queries/funding/programmes";
import type { Tx } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { changedFields } from "@/lib/publishing";
import { createProgrammeInput, updateProgrammeInput } from "@/lib/funding/schemas";

/** The EU programme reference list: admins maintain it (funding.programmes). */

function values(input: { code: string; nameFi: string; nameSv: string; nameEn: string | null; managementMode: "direct" | "shared" | "indirect"; periodStart: number; periodEnd: number; active: boolean }) {
  return {
    code: input.code,
    name: { fi: input.nameFi, sv: input.nameSv, ...(input.nameEn ? { en: input.nameEn } : {}) },
    managementMode: input.managementMode,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    active: input.active,
  };
}

async function codeFree(tx: Tx, code: string, exceptId?: string) {
  if (await programmeCodeTaken(tx, code, exceptId)) throw new ActionError("invalid", { key: "errors.invalid" }, { code: [{ key: "errors.programmeCodeTaken" }] });
}

export const createProgramme = defineAction({
  name: "funding.programme.create",
  input: createProgrammeInput,
  requires: ["funding.programmes"],
  run: async ({ tx, input, audit }) => {
    await codeFree(tx, input.code);
    const row = await insertProgramme(tx, values(input));
    await audit({ entityType: "fundingProgramme", entityId: row.id, action: "create", version: 1, after: values(input) });
    return { id: row.id };
  },
});

export const updateProgramme = defineAction({
  name: "funding.programme.update",
  input: updateProgrammeInput,
  requires: ["funding.programmes"],
  load: (tx, input) => lockProgramme(tx, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    await codeFree(tx, input.code, item.id);
    const row = await saveProgramme(tx, item.id, input.version, values(input), actor);
    const diff = changedFields(item as unknown as Record<string, unknown>, row as unknown as Record<string, unknown>, ["code", "name", "managementMode", "periodStart", "periodEnd", "active"]);
    await audit({ entityType: "fundingProgramme", entityId: item.id, action: "update", version: row.version, ...diff });
    void actor;
    return { version: row.version };
  },
});
