import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { importMappings } from "@/db/schema";

/** The column mapping a person last used for a list (empty when none). */
export async function savedMapping(db: Db | Tx, userId: string, list: string): Promise<Record<string, string>> {
  const [row] = await db.select({ mapping: importMappings.mapping }).from(importMappings).where(and(eq(importMappings.userId, userId), eq(importMappings.list, list)));
  return row?.mapping ?? {};
}

/** Remember a mapping, merged over the earlier one (a file with other columns adds to it). */
export async function rememberMapping(tx: Tx, userId: string, list: string, mapping: Record<string, string>): Promise<void> {
  if (!Object.keys(mapping).length) return;
  const merged = { ...(await savedMapping(tx, userId, list)), ...mapping };
  await tx
    .insert(importMappings)
    .values({ userId, list, mapping: merged })
    .onConflictDoUpdate({ target: [importMappings.userId, importMappings.list], set: { mapping: merged, updatedAt: sql`now()` } });
}
