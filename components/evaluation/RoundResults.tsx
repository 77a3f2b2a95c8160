import { getTranslations } from "next-intl/server";
import type { PriorityResult, RoundPoint } from "@/db/queries/evaluation/results";
import { formatScore } from "@/lib/advocacy/stats";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Table } from "@/components/ui/Table";

/**
 * A round's results per priority (mean, spread, number of answers) beside
 * the previous closed round's mean; then, for coordinators, the development
 * needs written by respondents — without names in an anonymous round.
 */
export async function RoundResults({
  results,
  titles,
  previous,
  locale,
  anonymous,
  showFreeTexts,
}: {
  results: PriorityResult[];
  titles: Map<string, string>;
  /** Each priority's closed rounds before this one, oldest first. */
  previous: Map<string, RoundPoint[]>;
  locale: Locale;
  anonymous: boolean;
  showFreeTexts: boolean;
}) {
  const t = await getTranslations("evaluation");
  const change = (now: number | null, before: number | null) => {
    if (now === null || before === null) return "–";
    const d = now - before;
    const s = formatScore(Math.abs(d), locale);
    return d > 0 ? `+${s}` : d < 0 ? `−${s}` : "±0";
  };
  return (
    <div>
      <p className="mb-3 field-hint" id="results-explained">
        {t("resultsExplained")}
      </p>
      <Table caption={t("resultsTitle")} describedBy="results-explained" wrapperClassName="mb-8 overflow-x-auto" head={[t("priority"), { label: t("answers"), numeric: true }, { label: t("mean"), numeric: true }, { label: t("sd"), numeric: true }, { label: t("range"), numeric: true }, t("previousRound"), { label: t("change"), numeric: true }]}>
        {results.map((r) => {
          const prev = previous.get(r.priorityId)?.at(-1);
          return (
            <tr key={r.questionId} className="border-b border-line">
              <th scope="row" className="p-2 font-normal">{titles.get(r.priorityId) ?? "–"}</th>
              <td className="p-2 text-right">{r.summary.count}</td>
              <td className="p-2 text-right font-semibold">{formatScore(r.summary.mean, locale)}</td>
              <td className="p-2 text-right">{formatScore(r.summary.sd, locale)}</td>
              <td className="p-2 text-right">{r.summary.min === null ? "–" : `${r.summary.min}–${r.summary.max}`}</td>
              <td className="p-2">{prev ? `${pick(prev.name, locale)}: ${formatScore(prev.summary.mean, locale)}` : t("noEarlier")}</td>
              <td className="p-2 text-right">{change(r.summary.mean, prev?.summary.mean ?? null)}</td>
            </tr>
          );
        })}
      </Table>
      {showFreeTexts ? (
        <section aria-labelledby="needs-heading">
          <h3 id="needs-heading" className="mb-2 text-heading-s font-bold">
            {t("needsTitle")}
          </h3>
          <p className="field-hint mb-3">{anonymous ? t("needsAnonymous") : t("needsNamed")}</p>
          {results.map((r) => (
            <div key={r.questionId} className="mb-4">
              <h4 className="font-bold">{titles.get(r.priorityId)}</h4>
              {r.freeTexts.length === 0 ? (
                <p className="text-muted">{t("noNeeds")}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {r.freeTexts.map((f, i) => (
                    <li key={i} className="border-l-4 border-silver pl-3 whitespace-pre-line">
                      {f.text}
                      {f.name ? <span className="block text-body-s text-muted">– {f.name}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
