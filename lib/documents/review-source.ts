import "server-only";
import { getTranslations } from "next-intl/server";
import { versionById, type DocumentSnapshot } from "@/db/queries/documents/documents";
import { loadDocumentParent } from "@/db/queries/documents/parents";
import type { Document } from "@/db/schema";
import type { DocumentParentKind } from "@/db/schema/documents";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { fieldRows, localizedRows } from "@/lib/review/compare";
import { tableReviewSource } from "@/lib/review/table-source";
import type { ComparisonRow, ReviewRow, ReviewSource } from "@/lib/review/types";
import { formatDay } from "@/lib/dates";
import { DOCUMENT, documentSnapshot, documentsTable, publishDocumentRow } from "./write";

/**
 * Public documents in the cross-area review queue (lib/review/sources.ts): a
 * new public document, a new version of one or a change to it waits here, and
 * goes public only when a coordinator publishes it. Internal documents never
 * enter the queue.
 */
const areaOf: Record<DocumentParentKind, string> = { advocacyActivity: "advocacy", advocacyPlan: "advocacy", euProject: "funding", network: "networks", measure: "strategy" };

async function comparison(published: DocumentSnapshot | null, draft: DocumentSnapshot | null, locale: Locale): Promise<ComparisonRow[]> {
  const t = await getTranslations({ locale, namespace: "documents" });
  return [
    ...localizedRows("title", t("fields.title"), published?.title, draft?.title),
    ...fieldRows(published, draft, [
      ["kind", t("fields.kind"), (s) => t(`kinds.${s.kind}`)],
      ["file", t("fields.file"), (s) => (s.fileName ? `${s.fileName} (${t("versionNumber", { number: s.versionNumber ?? 0 })})` : null)],
      ["decision", t("fields.decision"), (s) => (s.decisionUrl ? [s.decisionNumber, s.decisionDate ? formatDay(s.decisionDate, locale) : null, s.decisionBody, s.decisionUrl].filter(Boolean).join(", ") : null)],
    ]),
  ];
}

export const documentReviewSource: ReviewSource = tableReviewSource<Document & ReviewRow>({
  type: DOCUMENT,
  area: "strategy",
  table: documentsTable,
  async detail(db, row, locale) {
    const parent = await loadDocumentParent(db, row.parentKind, row.parentId);
    if (!parent) return null;
    const version = row.currentVersionId ? await versionById(db, row.currentVersionId) : null;
    const draft = documentSnapshot(row, version);
    const published = (row.published as DocumentSnapshot | null) ?? null;
    const t = await getTranslations({ locale, namespace: "documents" });
    const tTypes = await getTranslations({ locale, namespace: "reviewTypes" });
    const missing = missingRequiredTranslations(row.title);
    return {
      area: areaOf[row.parentKind],
      title: pick(row.title, locale),
      typeLabel: tTypes(DOCUMENT),
      editHref: parent.staffPath,
      publicHref: parent.publicPath,
      internalOnly: row.visibility !== "public",
      rows: await comparison(published, draft, locale),
      missingTranslations: missing.length ? [{ label: t("fields.title"), languages: missing }] : [],
    };
  },
  async publish({ tx, actor, audit }, row, version) {
    // Publish only the version the reviewer compared; a later save answers "changed by …".
    const doc = row as unknown as Document;
    const current = doc.currentVersionId ? await versionById(tx, doc.currentVersionId) : null;
    await publishDocumentRow(tx, doc, current, version, actor, audit);
  },
});
