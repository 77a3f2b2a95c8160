import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDocumentVersion, createDocument } from "@/app/[locale]/staff/documents/actions";
import { publishItem } from "@/app/[locale]/staff/review/actions";
import { GET } from "@/app/api/documents/[versionId]/route";
import { documentBlobs, documents, documentVersions, networks } from "@/db/schema";
import { s3Storage } from "@/lib/documents/storage";
import { resetEnvCache } from "@/lib/env";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { file, pdfBytes } from "./fixtures";

/**
 * The S3-compatible document store (DOCUMENT_STORAGE=s3) against a small
 * S3 stand-in in this process: it keeps objects by path, and answers 403 to
 * any request without an AWS Signature V4 Authorization header for the
 * configured key, region and service.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

const getDb = setupTestDatabase({ demo: true });

type Seen = { method: string; path: string; authorization: string | undefined; sha256: string | undefined; contentType: string | undefined };
const objects = new Map<string, { body: Buffer; contentType: string }>();
const seen: Seen[] = [];
let server: Server;
let endpoint: string;

const signed = (req: IncomingMessage) =>
  /^AWS4-HMAC-SHA256 Credential=TESTKEY\/\d{8}\/eu-north-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/.test(req.headers.authorization ?? "") &&
  typeof req.headers["x-amz-date"] === "string";

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      seen.push({ method: req.method ?? "", path, authorization: req.headers.authorization, sha256: req.headers["x-amz-content-sha256"] as string | undefined, contentType: req.headers["content-type"] });
      if (!signed(req)) return void res.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
      if (req.method === "PUT") {
        objects.set(path, { body: Buffer.concat(chunks), contentType: req.headers["content-type"] ?? "" });
        return void res.writeHead(200, { etag: '"x"' }).end();
      }
      const object = objects.get(path);
      if (req.method === "GET") return object ? void res.writeHead(200, { "content-type": object.contentType }).end(object.body) : void res.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
      if (req.method === "DELETE") {
        objects.delete(path);
        return void res.writeHead(204).end();
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const k of ["DOCUMENT_STORAGE", "DOCUMENT_S3_ENDPOINT", "DOCUMENT_S3_REGION", "DOCUMENT_S3_BUCKET", "DOCUMENT_S3_ACCESS_KEY_ID", "DOCUMENT_S3_SECRET_ACCESS_KEY"]) delete process.env[k];
  resetEnvCache();
  await new Promise((resolve) => server.close(resolve));
});

const config = () => ({ endpoint, region: "eu-north-1", bucket: "asiakirjat", accessKeyId: "TESTKEY", secretAccessKey: "testsecret" });

describe("S3-compatible document store", () => {
  it("PUT, GET and DELETE a blob at <endpoint>/<bucket>/<key>, every request signed (SigV4)", async () => {
    const store = s3Storage(config());
    const bytes = pdfBytes("s3 round trip");
    await store.put(null as never, "documents/a/b", bytes, "application/pdf");
    expect(objects.get("/asiakirjat/documents/a/b")).toMatchObject({ contentType: "application/pdf" });
    expect(await store.get(null as never, "documents/a/b")).toEqual(bytes);
    await store.remove(null as never, "documents/a/b");
    expect(await store.get(null as never, "documents/a/b")).toBeNull();
    expect(seen.map((s) => [s.method, s.path])).toEqual([
      ["PUT", "/asiakirjat/documents/a/b"],
      ["GET", "/asiakirjat/documents/a/b"],
      ["DELETE", "/asiakirjat/documents/a/b"],
      ["GET", "/asiakirjat/documents/a/b"],
    ]);
    for (const s of seen) expect(s.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=TESTKEY\//);
    // The body's hash is signed too (not UNSIGNED-PAYLOAD).
    expect(seen[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a refused request is an error, not an empty file", async () => {
    const wrong = s3Storage({ ...config(), region: "us-east-1" });
    await expect(wrong.put(null as never, "documents/x", pdfBytes(), "application/pdf")).rejects.toThrow(/S3 PUT documents\/x failed: 403/);
    await expect(wrong.get(null as never, "documents/x")).rejects.toThrow(/403/);
  });

  it("DOCUMENT_STORAGE=s3 without its settings names what is missing", async () => {
    process.env.DOCUMENT_STORAGE = "s3";
    resetEnvCache();
    const { currentStorage } = await import("@/lib/documents/storage");
    expect(() => currentStorage()).toThrow(/DOCUMENT_S3_ENDPOINT, DOCUMENT_S3_REGION, DOCUMENT_S3_BUCKET, DOCUMENT_S3_ACCESS_KEY_ID, DOCUMENT_S3_SECRET_ACCESS_KEY/);
  });

  it("uploads through the documents flow go to the bucket, nothing to PostgreSQL; the public/internal rule is unchanged", async () => {
    Object.assign(process.env, {
      DOCUMENT_STORAGE: "s3",
      DOCUMENT_S3_ENDPOINT: endpoint,
      DOCUMENT_S3_REGION: "eu-north-1",
      DOCUMENT_S3_BUCKET: "asiakirjat",
      DOCUMENT_S3_ACCESS_KEY_ID: "TESTKEY",
      DOCUMENT_S3_SECRET_ACCESS_KEY: "testsecret",
    });
    resetEnvCache();
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const [n] = await db.select({ id: networks.id }).from(networks).where(and(isNotNull(networks.published), sql`${networks.archivedAt} is null`));
    const blobsBefore = (await db.select({ n: sql<number>`count(*)::int` }).from(documentBlobs))[0]!.n;
    const download = async (versionId: string, as: Actor | null) => {
      current.actor = as;
      return GET(new Request(`http://localhost/api/documents/${versionId}`), { params: Promise.resolve({ versionId }) });
    };

    const created = await createDocument.execute(coordinator, { parentKind: "network", parentId: n!.id, kind: "decision", titleFi: "Päätös", titleSv: "Beslut", visibility: "public", file: file(pdfBytes("s3 v1"), "paatos.pdf") });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [v1] = await db.select().from(documentVersions).where(eq(documentVersions.documentId, created.data.id));
    expect(v1).toMatchObject({ storage: "s3", storageKey: `documents/${created.data.id}/${v1!.id}` });
    expect(objects.get(`/asiakirjat/${v1!.storageKey}`)?.body).toEqual(Buffer.from(pdfBytes("s3 v1")));
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(documentBlobs))[0]!.n).toBe(blobsBefore);

    // Staff read it back from the bucket; the public may not before review and publication.
    const staff = await download(v1!.id, coordinator);
    expect(staff.status).toBe(200);
    expect(new Uint8Array(await staff.arrayBuffer())).toEqual(pdfBytes("s3 v1"));
    expect((await download(v1!.id, null)).status).toBe(404);
    let [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
    expect((await publishItem.execute(coordinator, { type: "document", id: doc!.id, version: doc!.version })).ok).toBe(true);
    const open = await download(v1!.id, null);
    expect(open.status).toBe(200);
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(pdfBytes("s3 v1"));

    // A new version waits for review: stored, but not public.
    [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
    const v2 = await addDocumentVersion.execute(coordinator, { id: doc!.id, version: doc!.version, file: file(pdfBytes("s3 v2"), "paatos.pdf") });
    if (!v2.ok) throw new Error(JSON.stringify(v2));
    expect((await download(v2.data.versionId, null)).status).toBe(404);
    expect((await download(v2.data.versionId, coordinator)).status).toBe(200);

    // A version written to PostgreSQL before the switch stays readable from there.
    process.env.DOCUMENT_STORAGE = "pg";
    resetEnvCache();
    [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
    const v3 = await addDocumentVersion.execute(coordinator, { id: doc!.id, version: doc!.version, file: file(pdfBytes("pg v3"), "paatos.pdf") });
    if (!v3.ok) throw new Error(JSON.stringify(v3));
    const [row3] = await db.select().from(documentVersions).where(eq(documentVersions.id, v3.data.versionId));
    expect(row3!.storage).toBe("pg");
    expect(new Uint8Array(await (await download(v1!.id, coordinator)).arrayBuffer())).toEqual(pdfBytes("s3 v1"));
    expect(new Uint8Array(await (await download(v3.data.versionId, coordinator)).arrayBuffer())).toEqual(pdfBytes("pg v3"));
  });
});
