import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { documents, documentVersions, users, type Document, type DocumentVersion } from "../../schema";
import type { DocumentParentKind } from "../../schema/documents";
import { publicWhere } from "../public/visibility";

/** What a published document shows publicly: the snapshot taken when it was reviewed (lib/documents/write.ts). */
export type DocumentSnapshot = {
  visibility: "public";
  parentKind: DocumentParentKind;
  parentId: string;
  kind: Document["kind"];
  title: Document["title"];
  versionId: string | null;
  versionNumber: number | null;
  fileName: string | null;
  contentType: string | null;
  byteSize: number | null;
  decisionUrl: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionBody: string | null;
};

export type StaffDocument = Document & { versions: (DocumentVersion & { createdByName: string | null })[] };

/** The documents of one item for its staff page (archived ones left out), each with all its versions, newest first. */
export async function staffDocuments(db: Db, parentKind: DocumentParentKind, parentId: string): Promise<StaffDocument[]> {
  const docs = await db
    .select()
    .from(documents)
    .where(and(eq(documents.parentKind, parentKind), eq(documents.parentId, parentId), isNull(documents.archivedAt)))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(200);
  if (!docs.length) return [];
  const versions = await db
    .select({
      id: documentVersions.id,
      documentId: documentVersions.documentId,
      number: documentVersions.number,
      fileName: documentVersions.fileName,
      contentType: documentVersions.contentType,
      byteSize: documentVersions.byteSize,
      sha256: documentVersions.sha256,
      storage: documentVersions.storage,
      storageKey: documentVersions.storageKey,
      createdAt: documentVersions.createdAt,
      createdBy: documentVersions.createdBy,
      createdByName: users.name,
    })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.createdBy))
    .where(
      inArray(
        documentVersions.documentId,
        docs.map((d) => d.id),
      ),
    )
    .orderBy(desc(documentVersions.number));
  return docs.map((d) => ({ ...d, versions: versions.filter((v) => v.documentId === d.id) }));
}

/** The public documents of one item (the item's own publicness is part of the rule). */
export async function publicDocuments(db: Db, parentKind: DocumentParentKind, parentId: string): Promise<(DocumentSnapshot & { id: string })[]> {
  const rows = await db
    .select({ id: documents.id, published: documents.published })
    .from(documents)
    .where(and(eq(documents.parentKind, parentKind), eq(documents.parentId, parentId), publicWhere.document()))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(200);
  return rows.map((r) => ({ ...(r.published as DocumentSnapshot), id: r.id }));
}

/** The public documents of several items at once (e.g. every advocacy action on one page): parent id → documents. */
export async function publicDocumentsOf(db: Db, parentKind: DocumentParentKind, parentIds: string[]): Promise<Map<string, (DocumentSnapshot & { id: string })[]>> {
  const out = new Map<string, (DocumentSnapshot & { id: string })[]>();
  if (!parentIds.length) return out;
  const rows = await db
    .select({ id: documents.id, parentId: documents.parentId, published: documents.published })
    .from(documents)
    .where(and(eq(documents.parentKind, parentKind), inArray(documents.parentId, parentIds), publicWhere.document()))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(1000);
  for (const r of rows) {
    const list = out.get(r.parentId) ?? [];
    list.push({ ...(r.published as DocumentSnapshot), id: r.id });
    out.set(r.parentId, list);
  }
  return out;
}

/** A version for a staff download: any version of a document that is not archived. */
export async function versionForStaff(db: Db, versionId: string) {
  const [row] = await db
    .select({ version: documentVersions })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(eq(documentVersions.id, versionId), isNull(documents.archivedAt)));
  return row?.version ?? null;
}

/** A version for a public download: only the version named by a public document's published snapshot. */
export async function versionForPublic(db: Db, versionId: string) {
  const [row] = await db
    .select({ version: documentVersions })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(eq(documentVersions.id, versionId), sql`${documents.published}->>'versionId' = ${versionId}`, publicWhere.document()));
  return row?.version ?? null;
}

/** Lock a document for a change. */
export async function loadDocumentForUpdate(tx: Tx, id: string): Promise<Document | null> {
  const [row] = await tx.select().from(documents).where(eq(documents.id, id)).for("update");
  return row ?? null;
}

export async function versionById(db: Db | Tx, id: string) {
  const [row] = await db.select().from(documentVersions).where(eq(documentVersions.id, id));
  return row ?? null;
}

export async function nextVersionNumber(tx: Tx, documentId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${documentVersions.number}), 0)::int` }).from(documentVersions).where(eq(documentVersions.documentId, documentId));
  return (row?.n ?? 0) + 1;
}

export async function insertVersion(tx: Tx, values: typeof documentVersions.$inferInsert) {
  const [row] = await tx.insert(documentVersions).values(values).returning();
  return row!;
}

/** A new document on an item (its file, if any, is stored after and named by setCurrentVersion). */
export async function insertDocument(tx: Tx, values: Omit<typeof documents.$inferInsert, "id">) {
  const [row] = await tx.insert(documents).values(values).returning();
  if (!row) throw new Error("document not created");
  return row;
}

/** Point a just-created document at its first stored version (no version bump: the create is one step). */
export async function setCurrentVersion(tx: Tx, documentId: string, versionId: string) {
  await tx.update(documents).set({ currentVersionId: versionId }).where(eq(documents.id, documentId));
}
