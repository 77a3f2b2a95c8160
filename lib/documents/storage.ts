import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
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
 * - `s3`: an S3-compatible object store (AWS S3, MinIO, Ceph, UpCloud, …),
 *   path-style URLs `<endpoint>/<bucket>/<key>`, requests signed with AWS
 *   Signature V4 (aws4fetch). Configured by DOCUMENT_S3_ENDPOINT,
 *   DOCUMENT_S3_REGION, DOCUMENT_S3_BUCKET, DOCUMENT_S3_ACCESS_KEY_ID and
 *   DOCUMENT_S3_SECRET_ACCESS_KEY (README). The object is written before the
 *   version row; when writing the row fails, the object is deleted again.
 *   Should the transaction fail after that, an object that no row names may
 *   stay in the bucket: it is never served (downloads go by version row).
 *
 * Who may download what is decided before the storage is asked
 * (app/api/documents/[versionId]/route.ts): the public/internal rule is the
 * same whichever storage holds the bytes, and the bucket itself stays private.
 */
export type DocumentStorage = {
  name: DocumentStorageName;
  put: (tx: Tx, key: string, bytes: Uint8Array, contentType: string) => Promise<void>;
  get: (db: Db, key: string) => Promise<Uint8Array | null>;
  /** Remove stored bytes (an upload whose transaction failed); a missing key is no error. */
  remove: (tx: Tx | Db, key: string) => Promise<void>;
};

const pgStorage: DocumentStorage = {
  name: "pg",
  put: (tx, key, bytes) => writeBlob(tx, key, bytes),
  get: (db, key) => readBlob(db, key),
  // The blob row goes with the rolled-back transaction.
  remove: async () => {},
};

export type S3Config = { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string };

/** An S3-compatible store with path-style addressing; every request is signed (SigV4). */
export function s3Storage(config: S3Config, fetchImpl: typeof fetch = fetch): DocumentStorage {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: "s3" });
  const base = config.endpoint.replace(/\/+$/, "");
  const url = (key: string) => `${base}/${encodeURIComponent(config.bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
  const send = async (key: string, init: RequestInit) => {
    const request = await client.sign(url(key), init);
    return fetchImpl(request);
  };
  const fail = async (what: string, key: string, res: Response): Promise<never> => {
    const body = (await res.text().catch(() => "")).slice(0, 300);
    throw new Error(`S3 ${what} ${key} failed: ${res.status} ${res.statusText} ${body}`.trim());
  };
  return {
    name: "s3",
    put: async (_tx, key, bytes, contentType) => {
      const res = await send(key, { method: "PUT", body: bytes as BodyInit, headers: {
          "content-type": contentType,
          "content-length": String(bytes.byteLength),
          // The body's hash is signed too (aws4fetch would send UNSIGNED-PAYLOAD): the store refuses bytes changed on the way.
          "x-amz-content-sha256": createHash("sha256").update(bytes).digest("hex"),
        },
      });
      if (!res.ok) await fail("PUT", key, res);
      await res.arrayBuffer().catch(() => undefined);
    },
    get: async (_db, key) => {
      const res = await send(key, { method: "GET" });
      if (res.status === 404) return null;
      if (!res.ok) return fail("GET", key, res);
      return new Uint8Array(await res.arrayBuffer());
    },
    remove: async (_tx, key) => {
      const res = await send(key, { method: "DELETE" });
      if (!res.ok && res.status !== 404) await fail("DELETE", key, res);
      await res.arrayBuffer().catch(() => undefined);
    },
  };
}

/** The S3 settings from the environment; a clear error naming what is missing when DOCUMENT_STORAGE=s3 lacks any. */
export function s3ConfigFromEnv(): S3Config {
  const e = env();
  const values = {
    DOCUMENT_S3_ENDPOINT: e.DOCUMENT_S3_ENDPOINT,
    DOCUMENT_S3_REGION: e.DOCUMENT_S3_REGION,
    DOCUMENT_S3_BUCKET: e.DOCUMENT_S3_BUCKET,
    DOCUMENT_S3_ACCESS_KEY_ID: e.DOCUMENT_S3_ACCESS_KEY_ID,
    DOCUMENT_S3_SECRET_ACCESS_KEY: e.DOCUMENT_S3_SECRET_ACCESS_KEY,
  };
  const missing = Object.entries(values).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length) throw new Error(`DOCUMENT_STORAGE=s3 needs ${missing.join(", ")} (see README, "Documents")`);
  return {
    endpoint: values.DOCUMENT_S3_ENDPOINT!,
    region: values.DOCUMENT_S3_REGION!,
    bucket: values.DOCUMENT_S3_BUCKET!,
    accessKeyId: values.DOCUMENT_S3_ACCESS_KEY_ID!,
    secretAccessKey: values.DOCUMENT_S3_SECRET_ACCESS_KEY!,
  };
}

let s3Cached: { key: string; storage: DocumentStorage } | undefined;
function s3FromEnv(): DocumentStorage {
  const config = s3ConfigFromEnv();
  const key = JSON.stringify(config);
  if (s3Cached?.key !== key) s3Cached = { key, storage: s3Storage(config) };
  return s3Cached.storage;
}

/** The storage new versions are written to. */
export function currentStorage(): DocumentStorage {
  return storageNamed(env().DOCUMENT_STORAGE);
}

/** The storage a stored version was written to. */
export function storageNamed(name: DocumentStorageName): DocumentStorage {
  return name === "s3" ? s3FromEnv() : pgStorage;
}

/** Largest accepted file, in bytes. */
export function maxDocumentBytes(): number {
  return env().DOCUMENT_MAX_MB * 1024 * 1024;
}
