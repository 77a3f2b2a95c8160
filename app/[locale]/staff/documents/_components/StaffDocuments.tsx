import { getTranslations } from "next-intl/server";
import { DecisionLine } from "@/components/documents/DecisionLine";
import { downloadHref, fileSize } from "@/components/documents/format";
import { getDb } from "@/db/client";
import { staffDocuments, type DocumentSnapshot } from "@/db/queries/documents/documents";
import type { DocumentParentKind } from "@/db/schema/documents";
import { formatDay, todayInHelsinki } from "@/lib/dates";
import { env } from "@/lib/env";
import { mayEditDocuments } from "@/lib/documents/write";
import { pick } from "@/lib/i18n/localized";
import type { Actor } from "@/lib/permissions";
import { loadDocumentParent } from "@/db/queries/documents/parents";
import type { Locale } from "@/lib/i18n/routing";
import { ArchiveDocumentButton, CreateDocumentForm, EditDocumentForm, NewVersionForm } from "./DocumentForms";

/**
 * The documents section of an item's staff page (advocacy action or plan, EU
 * project, network, measure): every live document with all its versions,
 * public/internal and review state, and — for those who may edit the item —
 * upload, new version, edit and archive.
 */
export async function StaffDocuments({ parentKind, parentId, actor, locale }: { parentKind: DocumentParentKind; parentId: string; actor: Actor; locale: Locale }) {
  const db = await getDb();
  const parent = await loadDocumentParent(db, parentKind, parentId);
  if (!parent) return null;
  const mayEdit = mayEditDocuments(actor, parent);
  const docs = await staffDocuments(db, parentKind, parentId);
  const t = await getTranslations({ locale, namespace: "documents" });
  const maxMb = env().DOCUMENT_MAX_MB;
  return (
    <section aria-labelledby="documents" className="mb-10" data-documents={parentKind}>
      <h2 id="documents" className="mb-2 text-heading-m font-bold">
        {t("title")}
      </h2>
      <p className="mb-4">{t("intro")}</p>
      {docs.length === 0 ? <p className="mb-4">{t("none")}</p> : null}
      <ul className="mb-4 divide-y divide-line border-y border-line">
        {docs.map((d) => {
          const published = d.published as DocumentSnapshot | null;
          return (
            <li key={d.id} className="py-4" data-document={d.id}>
              <h3 className="text-heading-s font-bold">{pick(d.title, locale)}</h3>
              <p className="mb-2 flex flex-wrap gap-3">
                <span>{t(`kinds.${d.kind}`)}</span>
                <span>
                  <strong>{t(`visibilityShort.${d.visibility}`)}</strong>
                </span>
                {d.visibility === "public" ? <span>{published ? t("publishedVersion", { number: published.versionNumber ?? "–" }) : t("notPublishedYet")}</span> : null}
                {d.visibility === "public" ? <span>{t(`state.${d.reviewState}`)}</span> : null}
              </p>
              {d.reviewState === "returned" && d.reviewComment ? (
                <p className="mb-2 border-l-4 border-alert-dark bg-alert-light p-3">{t("returnedComment", { comment: d.reviewComment })}</p>
              ) : null}
              <DecisionLine document={d} locale={locale} className="mb-2" />
              {d.versions.length ? (
                <>
                  <h4 className="font-semibold">{t("versions")}</h4>
                  <ol className="mb-2 list-none">
                    {d.versions.map((v) => {
                      const size = fileSize(v.byteSize, locale);
                      return (
                        <li key={v.id}>
                          <a href={downloadHref(v.id)} download={v.fileName}>
                            {t("downloadVersion", { number: v.number, name: v.fileName })}
                          </a>{" "}
                          ({t("versionLine", { number: v.number, size: t(size.key, size.params), at: formatDay(todayInHelsinki(v.createdAt), locale), by: v.createdByName ?? "–" })})
                        </li>
                      );
                    })}
                  </ol>
                </>
              ) : null}
              {mayEdit ? (
                <div className="flex flex-col gap-3">
                  <details className="border-2 border-line p-4">
                    <summary className="cursor-pointer font-semibold">{t("upload")}</summary>
                    <div className="mt-4">
                      <NewVersionForm id={d.id} version={d.version} maxMb={maxMb} />
                    </div>
                  </details>
                  <details className="border-2 border-line p-4">
                    <summary className="cursor-pointer font-semibold">{t("edit")}</summary>
                    <div className="mt-4">
                      <EditDocumentForm
                        doc={{ id: d.id, version: d.version, kind: d.kind, title: d.title, visibility: d.visibility, decisionUrl: d.decisionUrl, decisionNumber: d.decisionNumber, decisionDate: d.decisionDate, decisionBody: d.decisionBody }}
                      />
                    </div>
                  </details>
                  <div>
                    <ArchiveDocumentButton id={d.id} version={d.version} />
                  </div>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {mayEdit ? (
        <details className="border-2 border-line p-4">
          <summary className="cursor-pointer font-semibold">{t("add")}</summary>
          <div className="mt-4">
            <CreateDocumentForm parentKind={parentKind} parentId={parentId} maxMb={maxMb} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
