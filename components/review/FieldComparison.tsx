import { getTranslations } from "next-intl/server";
import type { ComparisonRow } from "@/lib/review/types";
import { Table } from "@/components/ui/Table";

/**
 * The draft beside the published version, field by field. Changed rows are
 * marked in words (not only by colour). Reusable by every area: give it
 * rows already formatted for the reader.
 */
export async function FieldComparison({ rows, caption, firstPublication }: { rows: ComparisonRow[]; caption: string; firstPublication?: boolean }) {
  const t = await getTranslations("review");
  const changed = rows.filter((r) => (r.published ?? "") !== (r.draft ?? ""));
  return (
    <div>
      <p className="mb-2">{firstPublication ? t("firstPublication") : t("changedCount", { count: changed.length })}</p>
      <Table caption={caption} wrapperClassName="overflow-x-auto" head={[{ label: t("field"), className: "w-1/5 p-2" }, { label: t("published"), className: "w-2/5 p-2" }, { label: t("draft"), className: "w-2/5 p-2" }]}>
        {rows.map((r) => {
          const isChanged = (r.published ?? "") !== (r.draft ?? "");
          return (
            <tr key={r.key} className={`border-b border-line align-top ${isChanged ? "bg-engel-light" : ""}`}>
              <th scope="row" className="p-2 font-semibold">
                {r.label}
                {isChanged ? <span className="ml-2 inline-block bg-ink px-1 text-white">{t("changed")}</span> : null}
              </th>
              <td className="p-2 break-words whitespace-pre-line">{r.published ?? <span className="text-muted">{t("none")}</span>}</td>
              <td className="p-2 break-words whitespace-pre-line">{r.draft ?? <span className="text-muted">{t("none")}</span>}</td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}

/** The texts that still lack their Finnish or Swedish version (publishing is refused until added). */
export async function MissingTranslations({ items }: { items: { label: string; languages: string[] }[] }) {
  const t = await getTranslations("review");
  if (!items.length) return <p className="border-l-4 border-success bg-success-light p-3">{t("translationsComplete")}</p>;
  return (
    <div className="border-l-4 border-alert-dark bg-alert-light p-3">
      <p className="font-semibold">{t("translationsMissing")}</p>
      <ul className="list-disc pl-6">
        {items.map((i) => (
          <li key={i.label}>
            {i.label}: {i.languages.map((l) => t(`lang.${l}`)).join(", ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
