import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { insertVersion, nextVersionNumber, type DocumentSnapshot } from "@/db/queries/documents/documents";
import type { DocumentParent } from "@/db/queries/documents/parents";
import { documentsTable, publishDocumentSnapshot } from "@/db/queries/documents/write";
import type { Document, DocumentVersion } from "@/db/schema";
import type { DocumentParentKind } from "@/db/schema/documents";
import type { AuditFn } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { canEditOwned, type Actor, type Capability } from "@/lib/permissions";
import { detectDocumentType, safeFileName } from "./files";
import { currentStorage, maxDocumentBytes } from "./storage";

export { DOCUMENT } from "./vocabulary";
export { documentsTable };

/** Who may add and change documents of an item: the item's own editing rule (manage, or own unit / contact person). */
const editRule: Record<DocumentParentKind, [Capability, Capability]> = {
  advocacyActivity: ["advocacy.manage", "advocacy.editOwn"],
  advocacyPlan: ["advocacy.manage", "advocacy.editOwn"],
  euProject: ["funding.manage", "funding.editOwn"],
  network: ["networks.manage", "networks.editOwn"],
  measure: ["strategy.manage", "strategy.editOwn"],
};

/** Every capability that may change some item's documents (the role-level check of the actions). */
export const documentCapabilities: Capability[] = [...new Set(Object.values(editRule).flat())];

export function mayEditDocuments(actor: Actor, parent: DocumentParent): boolean {
  const [manage, own] = editRule[parent.kind];
  return canEditOwned(actor, { unitId: parent.unitId, contactIds: parent.contactIds }, manage, own);
}

/**
 * Review state after a change: a public document waits for a coordinator's
 * review (pending) before the change is public; an internal one is a draft
 * that never enters the queue and is never published.
 */
export function stateAfterSave(visibility: "public" | "internal"): "draft" | "pending" {
  return visibility === "public" ? "pending" : "draft";
}

/**
 * Read, check and store one uploaded file as the next version of a document:
 * size (DOCUMENT_MAX_MB) and type by content; refused files change nothing.
 */
export async function storeVersion(tx: Tx, documentId: string, file: Blob, actor: Actor): Promise<DocumentVersion> {
  const max = maxDocumentBytes();
  if (file.size > max) throw invalidField("file", "fileTooLarge", { max: Math.round(max / 1024 / 1024) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > max) throw invalidField("file", "fileTooLarge", { max: Math.round(max / 1024 / 1024) });
  if (!bytes.length) throw invalidField("file", "fileRequired");
  const type = await detectDocumentType(bytes);
  if (!type) throw invalidField("file", "fileType");
  const storage = currentStorage();
  const id = randomUUID();
  const key = `documents/${documentId}/${id}`;
  await storage.put(tx, key, bytes, type.contentType);
  try {
    return await insertVersion(tx, {
      id,
      documentId,
      number: await nextVersionNumber(tx, documentId),
      fileName: safeFileName((file as File).name ?? "", type.extension),
      contentType: type.contentType,
      byteSize: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storage: storage.name,
      storageKey: key,
      createdBy: actor.id,
    });
  } catch (error) {
    // Bytes in an object store are outside the transaction: take them back (PostgreSQL's go with the rollback).
    await storage.remove(tx, key).catch(() => undefined);
    throw error;
  }
}

/** What the history records of a version. */
export const versionSummary = (v: DocumentVersion) => ({ versionNumber: v.number, fileName: v.fileName, contentType: v.contentType, byteSize: v.byteSize, sha256: v.sha256 });

/** The public snapshot of a document at its current version; null for an internal one (approved, nothing public). */
export function documentSnapshot(doc: Document, version: DocumentVersion | null): DocumentSnapshot | null {
  if (doc.visibility !== "public") return null;
  return {
    visibility: "public",
    parentKind: doc.parentKind,
    parentId: doc.parentId,
    kind: doc.kind,
    title: doc.title,
    versionId: version?.id ?? null,
    versionNumber: version?.number ?? null,
    fileName: version?.fileName ?? null,
    contentType: version?.contentType ?? null,
    byteSize: version?.byteSize ?? null,
    decisionUrl: doc.decisionUrl,
    decisionNumber: doc.decisionNumber,
    decisionDate: doc.decisionDate,
    decisionBody: doc.decisionBody,
  };
}

/** Publish a reviewed document with the shared workflow (lib/publishing.ts): its snapshot names the version that was reviewed. */
export async function publishDocumentRow(tx: Tx, doc: Document, version: DocumentVersion | null, expectedVersion: number, actor: Actor, audit: AuditFn) {
  return publishDocumentSnapshot(tx, doc, documentSnapshot(doc, version), expectedVersion, actor, audit);
}
