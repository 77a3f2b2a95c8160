import { getTranslations } from "next-intl/server";
import type { AdoptionFigures as Figures } from "@/lib/advocacy/adoption";
import { formatRate } from "@/lib/advocacy/adoption";
import type { Locale } from "@/lib/i18n/routing";

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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-body-s" aria-describedby="adoption-rule">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t("priority")}</th>
              <th scope="col" className="p-2 text-right">{t("rate")}</th>
              <th scope="col" className="p-2 text-right">{t("adopted")}</th>
              <th scope="col" className="p-2 text-right">{t("partly")}</th>
              <th scope="col" className="p-2 text-right">{t("notAdopted")}</th>
              <th scope="col" className="p-2 text-right">{t("pending")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, f]) => (
              <tr key={id} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">{priorityNames.get(id) ?? "–"}</th>
                {cells(f)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink">
              <th scope="row" className="p-2">{t("overall")}</th>
              {cells(overall)}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
