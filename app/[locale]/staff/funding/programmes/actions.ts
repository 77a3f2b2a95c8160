"use server";

import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { fundingProgrammes } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { changedFields, updateVersioned } from "@/lib/publishing";
import { createProgrammeInput, updateProgrammeInput } from "@/lib/funding/schemas";

/** The EU programme reference list: admins maintain it (funding.programmes). */
const paths = { paths: ["/staff/funding", "/staff/funding/programmes", "/staff/funding/projects", "/eu-projects"] };

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
  const [other] = await tx
    .select({ id: fundingProgrammes.id })
    .from(fundingProgrammes)
    .where(exceptId ? and(eq(fundingProgrammes.code, code), ne(fundingProgrammes.id, exceptId)) : eq(fundingProgrammes.code, code));
  if (other) throw new ActionError("invalid", { key: "errors.invalid" }, { code: [{ key: "errors.programmeCodeTaken" }] });
}

export const createProgramme = defineAction({
  name: "funding.programme.create",
  input: createProgrammeInput,
  requires: ["funding.programmes"],
  run: async ({ tx, input, audit }) => {
    await codeFree(tx, input.code);
    const all = await tx.select({ id: fundingProgrammes.id }).from(fundingProgrammes);
    const [row] = await tx.insert(fundingProgrammes).values({ ...values(input), sortOrder: all.length }).returning();
    if (!row) throw new Error("programme not created");
    await audit({ entityType: "fundingProgramme", entityId: row.id, action: "create", version: 1, after: values(input) });
    return { id: row.id };
  },
  revalidate: () => paths,
});

export const updateProgramme = defineAction({
  name: "funding.programme.update",
  input: updateProgrammeInput,
  requires: ["funding.programmes"],
  load: async (tx, input) => (await tx.select().from(fundingProgrammes).where(eq(fundingProgrammes.id, input.id)).for("update"))[0],
  run: async ({ tx, actor, input, item, audit }) => {
    await codeFree(tx, input.code, item.id);
    const row = await updateVersioned<typeof item>(tx, fundingProgrammes, item.id, input.version, values(input), actor);
    const diff = changedFields(item as unknown as Record<string, unknown>, row as unknown as Record<string, unknown>, ["code", "name", "managementMode", "periodStart", "periodEnd", "active"]);
    await audit({ entityType: "fundingProgramme", entityId: item.id, action: "update", version: row.version, ...diff });
    void actor;
    return { version: row.version };
  },
  revalidate: () => paths,
});
