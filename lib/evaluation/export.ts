import "server-only";
import type { Db } from "@/db/client";
import { resultsGate, roundResults } from "@/db/queries/evaluation/results";
import { getRound, roundQuestions } from "@/db/queries/evaluation/staff";
import { pick } from "@/lib/i18n/localized";
import { toCsv } from "@/lib/import-export/csv";
import type { Locale } from "@/lib/i18n/routing";

export type ExportLabels = { priority: string; answers: string; mean: string; sd: string; min: string; max: string; needs: string; respondent: string };

/**
 * A round's results as CSV: one row per priority with its figures, then
 * (for coordinators and admins) one row per free-text answer. The respondent
 * column exists only when the round is not anonymous.
 */
export async function roundResultsCsv(db: Db, roundId: string, options: { freeTexts: boolean; locale: Locale; labels: ExportLabels }) {
  const round = await getRound(db, roundId);
  if (!round) return null;
  // Hidden results are not exported either (the route answers 403 with the reason).
  if (!(await resultsGate(db, roundId))?.visible) return null;
  const [questions, results] = await Promise.all([roundQuestions(db, roundId), roundResults(db, roundId, { freeTexts: options.freeTexts })]);
  const title = new Map(questions.map((q) => [q.id, pick(q.title, options.locale)]));
  const L = options.labels;
  const num = (x: number | null) => (x === null ? "" : x.toFixed(2));
  const rows: (string | number | null | undefined)[][] = results.map((r) => [title.get(r.questionId), r.summary.count, num(r.summary.mean), num(r.summary.sd), r.summary.min, r.summary.max]);
  if (options.freeTexts) {
    rows.push([]);
    rows.push(round.anonymous ? [L.priority, L.needs] : [L.priority, L.respondent, L.needs]);
    for (const r of results) {
      for (const t of r.freeTexts) rows.push(round.anonymous ? [title.get(r.questionId), t.text] : [title.get(r.questionId), t.name, t.text]);
    }
  }
  return { filename: `evaluation-${round.opensOn}.csv`, body: toCsv([L.priority, L.answers, L.mean, L.sd, L.min, L.max], rows, { delimiter: "," }) };
}
