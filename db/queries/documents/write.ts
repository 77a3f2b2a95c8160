import "server-only";
import type { Tx } from "../../client";
import { documents, type Document } from "../../schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { DOCUMENT } from "@/lib/documents/vocabulary";
import type { Actor } from "@/lib/permissions";
import { publishRow, versionedRows, type PublishableTable } from "@/lib/publishing";
import type { DocumentSnapshot } from "./documents";

/** The documents' table for the shared workflow (lib/publishing.ts): save, lock, return. */
export const documentsTable = documents as unknown as PublishableTable;

const documentRows = versionedRows<Document>(documents, DOCUMENT);
/** Save over a document (version-checked from the version the form was based on). */
export const saveDocumentRow = documentRows.save;
/** Archive a document with the shared workflow (its history entry included). */
export const archiveDocumentRow = documentRows.archive;

/**
 * Publish a reviewed document with the shared workflow: `snapshot` (lib/documents/write.ts) names the version that was reviewed,
 * `expectedVersion` the document's version the reviewer saw: a later save answers "changed by …" before anything else.
 */
export async function publishDocumentSnapshot(tx: Tx, doc: Document, snapshot: DocumentSnapshot | null, expectedVersion: number, actor: Actor, audit: AuditFn) {
  // The row is locked: another version than its own can only answer the conflict.
  if (expectedVersion !== doc.version) await documentRows.save(tx, doc, expectedVersion, {}, actor);
  return publishRow({
    tx,
    table: documentsTable,
    entityType: DOCUMENT,
    row: doc as never,
    expectedVersion,
    snapshot: snapshot as Record<string, unknown> | null,
    texts: { title: doc.title },
    requiredTexts: ["title"],
    actor,
    audit,
  });
}
