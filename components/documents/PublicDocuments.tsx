import { Section } from "@/components/ui/Section";
import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/public/LocalizedText";
import type { DocumentSnapshot } from "@/db/queries/documents/documents";
import type { Locale } from "@/lib/i18n/routing";
import { DecisionLine } from "./DecisionLine";
import { downloadHref, fileSize } from "./format";

/**
 * The published public documents of an item on its public page: title, kind,
 * decision (number, date, body, link to the decision archive) and the
 * download of the version that was reviewed. The page loads them
 * (db/queries/documents/documents.ts `publicDocuments`).
 */
export async function PublicDocuments({ documents, locale, inList = false }: { documents: (DocumentSnapshot & { id: string })[]; locale: Locale; inList?: boolean }) {
  if (!documents.length) return null;
  const t = await getTranslations({ locale, namespace: "documents" });
  const list = (
      <ul className={inList ? "mt-1 text-body-s" : "divide-y divide-line border-y border-line"}>
        {documents.map((d) => {
          const size = d.byteSize !== null ? fileSize(d.byteSize, locale) : null;
          return (
            <li key={d.id} className={inList ? "py-1" : "py-3"} data-document={d.id}>
              <p className="font-semibold">
                <LocalizedText text={d.title} locale={locale} /> <span className="font-normal">({t(`kinds.${d.kind}`)})</span>
              </p>
              <DecisionLine document={d} locale={locale} />
              {d.versionId && d.fileName ? (
                <p>
                  <a href={downloadHref(d.versionId)} download={d.fileName}>
                    {t("download", { name: d.fileName })}
                  </a>
                  {size ? ` (${t(size.key, size.params)})` : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
  );
  // Inside a list of items (the advocacy page): a small heading under the item's own, no landmark.
  if (inList)
    return (
      <div className="mt-2">
        <h4 className="font-semibold">{t("title")}</h4>
        {list}
      </div>
    );
  return (
    <Section id="public-documents" title={t("title")} className="mb-8">
      {list}
    </Section>
  );
}
