import "server-only";
import type { Tx } from "../../client";
import { documents, type Document } from "../../schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { DOCUMENT } from "@/lib/documents/vocabulary";
import type { Actor } from "@/lib/permissions";
import { publishRow, type PublishableTable } from "@/lib/publishing";
import type { DocumentSnapshot } from "./documents";

/** The documents' table for the shared workflow (lib/publishing.ts): save, lock, return. */
export const documentsTable = documents as unknown as PublishableTable;

/** Publish a reviewed document with the shared workflow: `snapshot` (lib/documents/write.ts) names the version that was reviewed. */
export async function publishDocumentSnapshot(tx: Tx, doc: Document, snapshot: DocumentSnapshot | null, expectedVersion: number, actor: Actor, audit: AuditFn) {
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
