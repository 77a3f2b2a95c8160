import { and, eq, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDocumentVersion, archiveDocument, createDocument, updateDocument } from "@/app/[locale]/staff/documents/actions";
import { createNetwork } from "@/app/[locale]/staff/networks/actions";
import { publishItem } from "@/app/[locale]/staff/review/actions";
import { GET } from "@/app/api/documents/[versionId]/route";
import { publicDocuments, publicDocumentsOf, staffDocuments } from "@/db/queries/documents/documents";
import { publicWhere } from "@/db/queries/public/visibility";
import { advocacyActivities, advocacyPlans, auditLog, documentBlobs, documents, documentVersions, euProjects, measures, networks } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import type { Actor } from "@/lib/permissions";
import { reviewSource } from "@/lib/review/sources";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { file, htmlBytes, pdfBytes, pngBytes, svgBytes, zipBytes } from "./fixtures";

const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

const getDb = setupTestDatabase({ demo: true });

let coordinator: Actor;
let editorOther: Actor;
let networkId: string;

async function download(versionId: string, as: Actor | null) {
  current.actor = as;
  return GET(new Request(`http://localhost/api/documents/${versionId}`), { params: Promise.resolve({ versionId }) });
}

async function counts() {
  const db = await getDb();
  const [d] = await db.select({ n: sql<number>`count(*)::int` }).from(documents);
  const [v] = await db.select({ n: sql<number>`count(*)::int` }).from(documentVersions);
  const [b] = await db.select({ n: sql<number>`count(*)::int` }).from(documentBlobs);
  return { documents: d!.n, versions: v!.n, blobs: b!.n };
}

const base = (over: Record<string, unknown> = {}) => ({
  parentKind: "network",
  parentId: networkId,
  kind: "decision",
  titleFi: "Jäsenyyspäätös",
  titleSv: "Medlemskapsbeslut",
  visibility: "internal",
  ...over,
});

beforeAll(async () => {
  const db = await getDb();
  coordinator = await actorByEmail(db, "coordinator@example.com");
  editorOther = await createActor(db, "editor", "STRA");
  // A published network of the demo data whose unit is not STRA's.
  const [n] = await db
    .select({ id: networks.id, unitId: networks.responsibleUnitId })
    .from(networks)
    .where(and(isNotNull(networks.published), sql`${networks.archivedAt} is null`));
  networkId = n!.id;
});

describe("documents", () => {
  it("uploads a file, keeps every version, records history, and serves it to staff with safe headers", async () => {
    const db = await getDb();
    const created = await createDocument.execute(coordinator, { ...base(), file: file(pdfBytes("v1"), "../../Päätös \"2023\".PDF") });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
    expect(doc).toMatchObject({ visibility: "internal", reviewState: "draft", published: null });

    const again = await addDocumentVersion.execute(coordinator, { id: doc!.id, version: doc!.version, file: file(pngBytes(), "scan.pdf", "application/pdf") });
    if (!again.ok) throw new Error(JSON.stringify(again));
    const [listed] = (await staffDocuments(db, "network", networkId)).filter((d) => d.id === doc!.id);
    expect(listed!.versions.map((v) => [v.number, v.contentType, v.fileName])).toEqual([
      [2, "image/png", "scan.png"],
      [1, "application/pdf", "Päätös 2023.pdf"],
    ]);
    expect(listed!.currentVersionId).toBe(again.data.versionId);
    const history = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "document"), eq(auditLog.entityId, doc!.id)));
    expect(history.map((h) => h.action).sort()).toEqual(["create", "version"]);

    // A stale version number is a conflict, not a silent overwrite.
    const stale = await addDocumentVersion.execute(coordinator, { id: doc!.id, version: doc!.version, file: file(pdfBytes(), "x.pdf") });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });

    const v1 = listed!.versions[1]!;
    const res = await download(v1.id, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Paatos 2023.pdf"; filename*=UTF-8''${encodeURIComponent("Päätös 2023.pdf")}`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes("v1"));
    // Internal: never reachable signed out.
    expect((await download(v1.id, null)).status).toBe(404);
    expect(await publicDocuments(db, "network", networkId)).toEqual([]);
  });

  it("decides the type by content: HTML, SVG or a plain ZIP named .pdf are refused, and nothing is stored", async () => {
    const before = await counts();
    for (const bytes of [htmlBytes(), svgBytes(), zipBytes(), new Uint8Array([1, 2, 3])]) {
      const res = await createDocument.execute(coordinator, { ...base(), file: file(bytes, "report.pdf", "application/pdf") });
      expect(res).toMatchObject({ ok: false, code: "invalid", fields: { file: [{ key: "errors.fileType" }] } });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a file above the size limit (DOCUMENT_MAX_MB), changing nothing", async () => {
    const before = await counts();
    process.env.DOCUMENT_MAX_MB = "1";
    resetEnvCache();
    try {
      const big = new Uint8Array(1024 * 1024 + 10);
      big.set(pdfBytes());
      const res = await createDocument.execute(coordinator, { ...base(), file: file(big, "big.pdf") });
      expect(res).toMatchObject({ ok: false, code: "invalid", fields: { file: [{ key: "errors.fileTooLarge", params: { max: 1 } }] } });
      const fits = new Uint8Array(1024 * 1024 - 10);
      fits.set(pdfBytes());
      expect((await createDocument.execute(coordinator, { ...base(), file: file(fits, "fits.pdf") })).ok).toBe(true);
    } finally {
      delete process.env.DOCUMENT_MAX_MB;
      resetEnvCache();
    }
    expect((await counts()).documents).toBe(before.documents + 1);
  });

  it("a public document is public only once reviewed and published, and then only its reviewed version", async () => {
    const db = await getDb();
    const created = await createDocument.execute(coordinator, { ...base({ visibility: "public", kind: "report" }), file: file(pdfBytes("public v1"), "raportti.pdf") });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const queue = await reviewSource("document")!.queue(db);
    expect(queue.find((q) => q.id === id)).toMatchObject({ state: "pending", area: "networks" });
    // Waiting for review: not public, not downloadable signed out.
    expect((await publicDocuments(db, "network", networkId)).map((d) => d.id)).not.toContain(id);
    const [v1] = await db.select().from(documentVersions).where(eq(documentVersions.documentId, id));
    expect((await download(v1!.id, null)).status).toBe(404);

    // An editor may not publish; a coordinator does, from the review queue.
    let [doc] = await db.select().from(documents).where(eq(documents.id, id));
    expect(await publishItem.execute(editorOther, { type: "document", id, version: doc!.version })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await publishItem.execute(coordinator, { type: "document", id, version: doc!.version })).ok).toBe(true);
    expect((await publicDocuments(db, "network", networkId)).find((d) => d.id === id)).toMatchObject({ versionId: v1!.id, fileName: "raportti.pdf", kind: "report" });
    expect((await download(v1!.id, null)).status).toBe(200);

    // A new version waits for review; the public keeps the reviewed one.
    [doc] = await db.select().from(documents).where(eq(documents.id, id));
    const v2 = await addDocumentVersion.execute(coordinator, { id, version: doc!.version, file: file(pdfBytes("public v2"), "raportti.pdf") });
    if (!v2.ok) throw new Error(JSON.stringify(v2));
    expect((await download(v1!.id, null)).status).toBe(200);
    expect((await download(v2.data.versionId, null)).status).toBe(404);
    [doc] = await db.select().from(documents).where(eq(documents.id, id));
    expect((await publishItem.execute(coordinator, { type: "document", id, version: doc!.version })).ok).toBe(true);
    expect((await download(v2.data.versionId, null)).status).toBe(200);
    expect((await download(v1!.id, null)).status).toBe(404);

    // Made internal: gone from the public at once, no review needed.
    [doc] = await db.select().from(documents).where(eq(documents.id, id));
    const internal = await updateDocument.execute(coordinator, { id, version: doc!.version, kind: "report", titleFi: "Raportti", visibility: "internal" });
    expect(internal.ok).toBe(true);
    expect((await download(v2.data.versionId, null)).status).toBe(404);
    expect((await publicDocuments(db, "network", networkId)).map((d) => d.id)).not.toContain(id);
    expect((await download(v2.data.versionId, coordinator)).status).toBe(200);

    // Archived: gone for staff too.
    [doc] = await db.select().from(documents).where(eq(documents.id, id));
    expect((await archiveDocument.execute(coordinator, { id, version: doc!.version })).ok).toBe(true);
    expect((await download(v2.data.versionId, coordinator)).status).toBe(404);
    expect((await staffDocuments(db, "network", networkId)).map((d) => d.id)).not.toContain(id);
  });

  it("a published public document of an unpublished item is not public (the one visibility rule)", async () => {
    const db = await getDb();
    const network = await createNetwork.execute(coordinator, { name_fi: "Luonnosverkosto", name_sv: "Utkastnätverk", type: "global_network", status: "candidate", statusSince: "2024-01-01" });
    if (!network.ok) throw new Error(JSON.stringify(network));
    const created = await createDocument.execute(coordinator, { ...base({ parentId: network.data.id, visibility: "public" }), file: file(pdfBytes(), "a.pdf") });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
    expect((await publishItem.execute(coordinator, { type: "document", id: doc!.id, version: doc!.version })).ok).toBe(true);
    const [after] = await db.select().from(documents).where(eq(documents.id, doc!.id));
    expect(after!.published).not.toBeNull();
    expect(await publicDocuments(db, "network", network.data.id)).toEqual([]);
    expect((await download(doc!.currentVersionId!, null)).status).toBe(404);
  });

  it("keeps decisions of the city's decision archive as number, date and body, and validates the link", async () => {
    const db = await getDb();
    const bad = await createDocument.execute(coordinator, { ...base(), decisionUrl: "https://paatokset.hel.fi.evil.example/fi/asia/x", decisionNumber: "1", decisionDate: "1.2.2023" });
    expect(bad).toMatchObject({ ok: false, fields: { decisionUrl: [{ key: "errors.decisionUrl" }] } });
    const noNumber = await createDocument.execute(coordinator, { ...base(), decisionUrl: "https://paatokset.hel.fi/fi/asia/hel-2023-001234" });
    expect(noNumber).toMatchObject({ ok: false, fields: { decisionNumber: [{ key: "errors.required" }], decisionDate: [{ key: "errors.required" }] } });
    const noFile = await createDocument.execute(coordinator, { ...base() });
    expect(noFile).toMatchObject({ ok: false, fields: { file: [{ key: "errors.fileRequired" }] } });
    const ok = await createDocument.execute(coordinator, {
      ...base(),
      decisionUrl: "https://paatokset.hel.fi/fi/asia/hel-2023-001234",
      decisionNumber: "HEL 2023-001234",
      decisionDate: "15.6.2023",
      decisionBody: "Kaupunginhallitus",
    });
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const [doc] = await db.select().from(documents).where(eq(documents.id, ok.data.id));
    expect(doc).toMatchObject({ decisionNumber: "HEL 2023-001234", decisionDate: "2023-06-15", decisionBody: "Kaupunginhallitus", currentVersionId: null });
  });

  it("every kind of item shows its published public documents on the public side, under the item's own public rule", async () => {
    const db = await getDb();
    const [activity] = await db.select({ id: advocacyActivities.id }).from(advocacyActivities).where(publicWhere.advocacyActivity()).limit(1);
    const [plan] = await db.select({ id: advocacyPlans.id }).from(advocacyPlans).where(publicWhere.advocacyPlan()).limit(1);
    const [project] = await db.select({ id: euProjects.id }).from(euProjects).where(publicWhere.euProject()).limit(1);
    const [measure] = await db.select({ id: measures.id }).from(measures).where(publicWhere.measure()).limit(1);
    const parents = { advocacyActivity: activity?.id, advocacyPlan: plan?.id, euProject: project?.id, measure: measure?.id } as const;
    for (const [parentKind, parentId] of Object.entries(parents)) {
      expect(parentId, `a public ${parentKind} in the demo data`).toBeDefined();
      const created = await createDocument.execute(coordinator, { ...base({ parentKind, parentId, visibility: "public" }), file: file(pdfBytes(parentKind), `${parentKind}.pdf`) });
      if (!created.ok) throw new Error(`${parentKind}: ${JSON.stringify(created)}`);
      const [doc] = await db.select().from(documents).where(eq(documents.id, created.data.id));
      expect((await publicDocumentsOf(db, parentKind as never, [parentId!])).get(parentId!) ?? [], parentKind).toEqual([]);
      expect((await publishItem.execute(coordinator, { type: "document", id: doc!.id, version: doc!.version })).ok).toBe(true);
      expect((await publicDocuments(db, parentKind as never, parentId!)).map((d) => d.fileName), parentKind).toContain(`${parentKind}.pdf`);
      expect((await download(doc!.currentVersionId!, null)).status, parentKind).toBe(200);
    }
  });

  it("only those who may edit the item may attach documents to it", async () => {
    const before = await counts();
    const res = await createDocument.execute(editorOther, { ...base(), file: file(pdfBytes(), "a.pdf") });
    expect(res).toMatchObject({ ok: false, code: "forbidden" });
    expect(await counts()).toEqual(before);
  });
});
