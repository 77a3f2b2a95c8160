"use server";

import { insertDocument, loadDocumentForUpdate, setCurrentVersion, versionById } from "@/db/queries/documents/documents";
import { archiveDocumentRow, saveDocumentRow } from "@/db/queries/documents/write";
import { loadDocumentParent, type DocumentParent } from "@/db/queries/documents/parents";
import type { Document } from "@/db/schema";
import type { Tx } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { defineStepAction } from "@/lib/actions/step-action";
import type { Actor } from "@/lib/permissions";
import { toLocalized } from "@/lib/forms/zod-fields";
import { documentCreateInput, documentUpdateInput, documentVersionInput } from "@/lib/documents/input";
import { DOCUMENT, documentCapabilities, mayEditDocuments, stateAfterSave, storeVersion, versionSummary } from "@/lib/documents/write";
import { changedFields } from "@/lib/publishing";

/**
 * Documents of advocacy actions and plans, EU projects, networks and
 * measures: upload, new version, describe (title, kind, public/internal,
 * decision), archive. Who may is the item's own editing rule; a public
 * document is published by a coordinator from the review queue
 * (lib/documents/review-source.ts).
 */

type Loaded = { doc: Document; parent: DocumentParent };

/** Lock a live document and find its item; null (404) when either is missing or archived. */
async function loadDocument(tx: Tx, id: string): Promise<Loaded | null> {
  const doc = await loadDocumentForUpdate(tx, id);
  if (!doc || doc.archivedAt) return null;
  const parent = await loadDocumentParent(tx, doc.parentKind, doc.parentId);
  return parent ? { doc, parent } : null;
}

/** What every change to an existing document shares: who may (the item's own editing rule) and the document locked. */
const onDocument = {
  requires: documentCapabilities,
  load: (tx: Tx, input: { id: string }) => loadDocument(tx, input.id),
  authorize: (actor: Actor, item: Loaded) => mayEditDocuments(actor, item.parent),
};

const described = (input: { kind: Document["kind"]; visibility: "public" | "internal"; decisionUrl: string | null; decisionNumber: string | null; decisionDate: string | null; decisionBody: string | null } & Record<string, unknown>) => ({
  kind: input.kind,
  title: toLocalized(input, "title")!,
  visibility: input.visibility,
  decisionUrl: input.decisionUrl,
  decisionNumber: input.decisionNumber,
  decisionDate: input.decisionDate,
  decisionBody: input.decisionBody,
});
const FIELDS = ["kind", "title", "visibility", "decisionUrl", "decisionNumber", "decisionDate", "decisionBody"];

/** Attach a new document (a file, or a decision kept as its archive link) to an item. */
export const createDocument = defineAction({
  name: "documents.create",
  input: documentCreateInput,
  requires: documentCapabilities,
  load: (tx, input) => loadDocumentParent(tx, input.parentKind, input.parentId),
  authorize: (actor, parent) => mayEditDocuments(actor, parent),
  run: async ({ tx, actor, input, item: parent, audit }) => {
    const values = described(input);
    const doc = await insertDocument(tx, { ...values, parentKind: parent.kind, parentId: parent.id, reviewState: stateAfterSave(values.visibility), createdBy: actor.id, updatedBy: actor.id });
    let file = null;
    if (input.file) {
      const version = await storeVersion(tx, doc.id, input.file, actor);
      await setCurrentVersion(tx, doc.id, version.id);
      file = versionSummary(version);
    }
    await audit({ entityType: DOCUMENT, entityId: doc.id, action: "create", version: doc.version, after: { ...values, parentKind: parent.kind, parentId: parent.id, file } });
    return { id: doc.id, parent };
  },
});

/** Upload a new version of a document's file; the older versions are kept. A public document waits for review again. */
export const addDocumentVersion = defineAction({
  name: "documents.addVersion",
  input: documentVersionInput,
  ...onDocument,
  run: async ({ tx, actor, input, item: { doc, parent }, audit }) => {
    const stored = await storeVersion(tx, doc.id, input.file, actor);
    const updated = await saveDocumentRow(tx, doc, input.version, { currentVersionId: stored.id, reviewState: stateAfterSave(doc.visibility) }, actor);
    const before = doc.currentVersionId ? await versionById(tx, doc.currentVersionId) : null;
    await audit({ entityType: DOCUMENT, entityId: doc.id, action: "version", version: updated.version, before: before ? versionSummary(before) : null, after: versionSummary(stored) });
    return { id: doc.id, versionId: stored.id, parent };
  },
});

/**
 * Change a document's title, kind, decision, or public/internal. Made
 * internal, a published document leaves the public site at once (its
 * snapshot is removed); made public, it waits for review.
 */
export const updateDocument = defineAction({
  name: "documents.update",
  input: documentUpdateInput,
  ...onDocument,
  run: async ({ tx, actor, input, item: { doc, parent }, audit }) => {
    const values = described(input);
    const withdraw = values.visibility === "internal" && doc.published ? { published: null, publishedAt: null } : {};
    const updated = await saveDocumentRow(tx, doc, input.version, { ...values, ...withdraw, reviewState: stateAfterSave(values.visibility) }, actor);
    const diff = changedFields(doc, updated, FIELDS);
    await audit({ entityType: DOCUMENT, entityId: doc.id, action: "update", version: updated.version, ...diff });
    if (doc.published && !updated.published) {
      await audit({ entityType: DOCUMENT, entityId: doc.id, action: "unpublish", version: updated.version, before: doc.published, after: null });
    }
    return { id: doc.id, parent };
  },
});

/** Archive a document: it leaves the item's pages and the public site; its versions and history stay. */
export const archiveDocument = defineStepAction({
  name: "documents.archive",
  ...onDocument,
  load: loadDocument, // a step finds its item by id
  step: async ({ tx, actor, input, item: { doc, parent }, audit }) => (await archiveDocumentRow(tx, doc, input.version, actor, audit), { id: doc.id, parent }),
});
