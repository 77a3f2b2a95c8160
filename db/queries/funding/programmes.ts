import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { fundingProgrammes } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";

/** The EU programme reference list: reads and writes (the admins' programmes page and its actions). */
export type ProgrammeRow = typeof fundingProgrammes.$inferSelect;
export type ProgrammeValues = { code: string; name: LocalizedText; managementMode: ProgrammeRow["managementMode"]; periodStart: number; periodEnd: number; active: boolean };

/** Every programme in the list's order. */
export function listProgrammes(db: Db) {
  return db.select().from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder), asc(fundingProgrammes.code));
}

/** Another programme (not `exceptId`) already has this code. */
export async function programmeCodeTaken(tx: Tx, code: string, exceptId?: string): Promise<boolean> {
  const [other] = await tx
    .select({ id: fundingProgrammes.id })
    .from(fundingProgrammes)
    .where(exceptId ? and(eq(fundingProgrammes.code, code), ne(fundingProgrammes.id, exceptId)) : eq(fundingProgrammes.code, code));
  return Boolean(other);
}

/** A new programme at the end of the list. */
export async function insertProgramme(tx: Tx, values: ProgrammeValues) {
  const all = await tx.select({ id: fundingProgrammes.id }).from(fundingProgrammes);
  const [row] = await tx.insert(fundingProgrammes).values({ ...values, sortOrder: all.length }).returning();
  if (!row) throw new Error("programme not created");
  return row;
}

export async function lockProgramme(tx: Tx, id: string) {
  return (await tx.select().from(fundingProgrammes).where(eq(fundingProgrammes.id, id)).for("update"))[0];
}

export function saveProgramme(tx: Tx, id: string, version: number, values: ProgrammeValues, actor: Actor) {
  return updateVersioned<ProgrammeRow>(tx, fundingProgrammes, id, version, values, actor);
}
