import { getTranslations } from "next-intl/server";
import type { AdoptionFigures as Figures } from "@/lib/advocacy/adoption";
import { formatRate } from "@/lib/advocacy/adoption";
import type { Locale } from "@/lib/i18n/routing";
import { Table } from "@/components/ui/Table";

/**
 * Adoption of government-programme asks, overall and by priority, as a table
 * with the counts behind each rate and the counting rule written out.
 */
export async function AdoptionFigures({
  overall,
  byPriority,
  priorityNames,
  locale,
  caption,
}: {
  overall: Figures;
  byPriority: Map<string, Figures>;
  priorityNames: Map<string, string>;
  locale: Locale;
  caption: string;
}) {
  const t = await getTranslations("advocacyAsks");
  const rows = [...byPriority].sort((a, b) => (priorityNames.get(a[0]) ?? "").localeCompare(priorityNames.get(b[0]) ?? "", locale));
  const cells = (f: Figures) => (
    <>
      <td className="p-2 text-right font-semibold">{formatRate(f.rate, locale)}</td>
      <td className="p-2 text-right">{f.adopted}</td>
      <td className="p-2 text-right">{f.partly}</td>
      <td className="p-2 text-right">{f.notAdopted}</td>
      <td className="p-2 text-right">{f.pending}</td>
    </>
  );
  return (
    <div>
      <p className="mb-3 border-l-4 border-bus bg-bus-light p-3" id="adoption-rule">
        {t("rule")}
      </p>
      <Table caption={caption} describedBy="adoption-rule" wrapperClassName="overflow-x-auto" head={[t("priority"), { label: t("rate"), numeric: true }, { label: t("adopted"), numeric: true }, { label: t("partly"), numeric: true }, { label: t("notAdopted"), numeric: true }, { label: t("pending"), numeric: true }]} foot={
        <tr className="border-t-2 border-ink">
          <th scope="row" className="p-2">{t("overall")}</th>
          {cells(overall)}
        </tr>
      }>
        {rows.map(([id, f]) => (
          <tr key={id} className="border-b border-line">
            <th scope="row" className="p-2 font-normal">{priorityNames.get(id) ?? "–"}</th>
            {cells(f)}
          </tr>
        ))}
      </Table>
    </div>
  );
}
