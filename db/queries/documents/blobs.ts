import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { documentBlobs } from "../../schema";

/** The PostgreSQL document storage (lib/documents/storage.ts): one row of bytes per version. */
export async function writeBlob(tx: Tx, key: string, bytes: Uint8Array): Promise<void> {
  await tx.insert(documentBlobs).values({ key, data: bytes });
}

export async function readBlob(db: Db | Tx, key: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ data: documentBlobs.data }).from(documentBlobs).where(eq(documentBlobs.key, key));
  return row?.data ?? null;
}
