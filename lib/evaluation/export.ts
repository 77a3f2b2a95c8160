import "server-only";
import type { Db } from "@/db/client";
import { roundResults } from "@/db/queries/evaluation/results";
import { getRound, roundQuestions } from "@/db/queries/evaluation/staff";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** One CSV cell: quoted, quotes doubled, and formula-looking text defused for spreadsheets. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export type ExportLabels = { priority: string; answers: string; mean: string; sd: string; min: string; max: string; needs: string; respondent: string };

/**
 * A round's results as CSV: one row per priority with its figures, then
 * (for coordinators and admins) one row per free-text answer. The respondent
 * column exists only when the round is not anonymous.
 */
export async function roundResultsCsv(db: Db, roundId: string, options: { freeTexts: boolean; locale: Locale; labels: ExportLabels }) {
  const round = await getRound(db, roundId);
  if (!round) return null;
  const [questions, results] = await Promise.all([roundQuestions(db, roundId), roundResults(db, roundId, { freeTexts: options.freeTexts })]);
  const title = new Map(questions.map((q) => [q.id, pick(q.title, options.locale)]));
  const L = options.labels;
  const num = (x: number | null) => (x === null ? "" : x.toFixed(2));
  const lines = [[L.priority, L.answers, L.mean, L.sd, L.min, L.max].map(csvCell).join(",")];
  for (const r of results) {
    lines.push([title.get(r.questionId), r.summary.count, num(r.summary.mean), num(r.summary.sd), r.summary.min, r.summary.max].map(csvCell).join(","));
  }
  if (options.freeTexts) {
    lines.push("");
    lines.push((round.anonymous ? [L.priority, L.needs] : [L.priority, L.respondent, L.needs]).map(csvCell).join(","));
    for (const r of results) {
      for (const t of r.freeTexts) {
        const cells = round.anonymous ? [title.get(r.questionId), t.text] : [title.get(r.questionId), t.name, t.text];
        lines.push(cells.map(csvCell).join(","));
      }
    }
  }
  return { filename: `evaluation-${round.opensOn}.csv`, body: `\uFEFF${lines.join("\r\n")}\r\n` };
}
