import { getTranslations } from "next-intl/server";
import type { RoundPoint } from "@/db/queries/evaluation/results";
import { formatScore } from "@/lib/advocacy/stats";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Table } from "@/components/ui/Table";

/** A priority's evaluation results over closed rounds, oldest first, as a table (the numbers are the chart). */
export async function ScoreTrend({ points, locale, caption }: { points: RoundPoint[]; locale: Locale; caption: string }) {
  const t = await getTranslations("evaluation");
  if (!points.length) return <p>{t("noResultsYet")}</p>;
  return (
    <Table caption={caption} className="w-full max-w-3xl border-collapse text-left text-body-s" wrapperClassName="overflow-x-auto" head={[t("round"), { label: t("mean"), numeric: true }, { label: t("sd"), numeric: true }, { label: t("range"), numeric: true }, { label: t("answers"), numeric: true }]}>
      {points.map((p) => (
        <tr key={p.roundId} className="border-b border-line">
          <th scope="row" className="p-2 font-normal">{pick(p.name, locale)}</th>
          <td className="p-2 text-right font-semibold">{formatScore(p.summary.mean, locale)}</td>
          <td className="p-2 text-right">{formatScore(p.summary.sd, locale)}</td>
          <td className="p-2 text-right">{p.summary.min === null ? "–" : `${p.summary.min}–${p.summary.max}`}</td>
          <td className="p-2 text-right">{p.summary.count}</td>
        </tr>
      ))}
    </Table>
  );
}
