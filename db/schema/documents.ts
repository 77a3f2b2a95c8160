import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, localized, publication, timestamps } from "./common";
import { visibility } from "./strategy";
import { users } from "./users";

import type { DocumentKind, DocumentParentKind } from "../../lib/documents/vocabulary";
export { documentKinds, documentParentKinds, type DocumentKind, type DocumentParentKind } from "../../lib/documents/vocabulary";

/** Where a version's bytes are kept (lib/documents/storage.ts). */
export const documentStorages = ["pg", "s3"] as const;
export type DocumentStorageName = (typeof documentStorages)[number];

/**
 * A document attached to an advocacy statement or plan, an EU project, a
 * network or a measure. The row is the working copy; a public document goes
 * through the review-and-publish workflow (lib/documents/review-source.ts) and
 * `published` holds the snapshot the public site reads (which names the
 * version that was reviewed). Internal documents are never published.
 * A decision of the city's decision archive (paatokset.hel.fi) is kept as its
 * link, number, date and deciding body.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    parentKind: text().$type<DocumentParentKind>().notNull(),
    parentId: uuid().notNull(),
    kind: text().$type<DocumentKind>().notNull(),
    title: localized("title").notNull(),
    visibility: visibility().notNull().default("internal"),
    /** The newest file; null for a decision kept only as its archive link. */
    currentVersionId: uuid(),
    decisionUrl: text(),
    decisionNumber: text(),
    decisionDate: date({ mode: "string" }),
    decisionBody: text(),
    ...timestamps,
    ...publication(),
  },
  (t) => [
    index("documents_parent_idx").on(t.parentKind, t.parentId),
    check("documents_parent_kind", sql`${t.parentKind} in ('advocacyActivity', 'advocacyPlan', 'euProject', 'network', 'measure')`),
  ],
);

/** One uploaded file of a document. A new version is a new row; old ones are kept. */
export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: belongsTo(() => documents.id),
    number: integer().notNull(),
    /** The uploader's file name, cleaned (lib/documents/files.ts). */
    fileName: text().notNull(),
    /** The type found from the content, never the browser's claim. */
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    storage: text().$type<DocumentStorageName>().notNull(),
    storageKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex("document_versions_number_idx").on(t.documentId, t.number)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBufferLike)),
  toDriver: (value) => (typeof Buffer !== "undefined" ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value),
});

/** The bytes of the versions kept in PostgreSQL (the default storage), apart from the metadata so lists never read them. */
export const documentBlobs = pgTable("document_blobs", {
  key: text().primaryKey(),
  data: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Document = typeof documents.$inferSelect;
export type DocumentVersion = typeof documentVersions.$inferSelect;
