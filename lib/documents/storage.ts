import "server-only";
import type { Db, Tx } from "@/db/client";
import { readBlob, writeBlob } from "@/db/queries/documents/blobs";
import type { DocumentStorageName } from "@/db/schema/documents";
import { env } from "@/lib/env";

/**
 * Where the bytes of document versions are kept, behind one small interface.
 * A version row names its storage, so a switch of `DOCUMENT_STORAGE` keeps
 * the older files readable from where they were written.
 *
 * - `pg` (default): the bytes in `document_blobs`, written in the upload's own
 *   transaction (a failed upload leaves nothing behind).
 * - `s3`: an S3-compatible object store. NOT AVAILABLE in this build: it needs
 *   an AWS Signature V4 client, and none is installed (adding a dependency is
 *   the city's decision). The interface is ready for it; selecting it makes
 *   uploads fail with a clear server error until a client is added.
 */
export type DocumentStorage = {
  name: DocumentStorageName;
  put: (tx: Tx, key: string, bytes: Uint8Array, contentType: string) => Promise<void>;
  get: (db: Db, key: string) => Promise<Uint8Array | null>;
};

const pgStorage: DocumentStorage = {
  name: "pg",
  put: (tx, key, bytes) => writeBlob(tx, key, bytes),
  get: (db, key) => readBlob(db, key),
};

const s3Unavailable = () => {
  throw new Error("DOCUMENT_STORAGE=s3 needs an S3 client (AWS SigV4), which this build does not include; use DOCUMENT_STORAGE=pg");
};

const s3Storage: DocumentStorage = {
  name: "s3",
  put: async () => s3Unavailable(),
  get: async () => s3Unavailable(),
};

const storages: Record<DocumentStorageName, DocumentStorage> = { pg: pgStorage, s3: s3Storage };

/** The storage new versions are written to. */
export function currentStorage(): DocumentStorage {
  return storages[env().DOCUMENT_STORAGE];
}

/** The storage a stored version was written to. */
export function storageNamed(name: DocumentStorageName): DocumentStorage {
  return storages[name];
}

/** Largest accepted file, in bytes. */
export function maxDocumentBytes(): number {
  return env().DOCUMENT_MAX_MB * 1024 * 1024;
}
