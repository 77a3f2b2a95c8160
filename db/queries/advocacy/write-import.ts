import "server-only";
import { eq, isNull } from "drizzle-orm";
import type { Tx } from "../../client";
import { priorities, users } from "../../schema";

/** What an advocacy actions' or asks' import looks up, once per file: the priorities (not archived) and the active people. */
export async function advocacyImportLookups(tx: Tx) {
  const [prios, people] = await Promise.all([
    tx.select({ id: priorities.id, title: priorities.title, unitId: priorities.responsibleUnitId }).from(priorities).where(isNull(priorities.archivedAt)),
    tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.active, true)),
  ]);
  return { prios, people };
}
