import type { LocalizedText } from "@/db/schema/common";
import { formatRate, PARTLY_WEIGHT } from "@/lib/advocacy/adoption";
import { formatScore } from "@/lib/advocacy/stats";
import { pick } from "@/lib/i18n/localized";
import { formatCount, listHref, type Locale, type Translate } from "@/lib/dashboard/format";
import { palette, seriesColors, type Section } from "@/lib/dashboard/model";

type Counts = { total: number; adopted: number; partly: number; notAdopted: number; pending: number };

export type AdvocacyData = {
  asks: (Counts & { priorityId: string; goalId: string; title: LocalizedText })[];
  statements: { given: number; overdue: number };
};

export type EvaluationData = {
  rounds: { id: string; name: LocalizedText; closedAt: Date | null }[];
  scores: { roundId: string; priorityId: string; goalId: string; title: LocalizedText; answers: number; sum: number }[];
};

/** The advocacy area's rule (lib/advocacy/adoption.ts): adopted 1, partly ½, not adopted 0; pending asks left out. */
export function adoptionRate(c: Counts): number | null {
  const decided = c.adopted + c.partly + c.notAdopted;
  return decided === 0 ? null : (c.adopted + PARTLY_WEIGHT * c.partly) / decided;
}

export function sumCounts(rows: Counts[]): Counts {
  const t = { total: 0, adopted: 0, partly: 0, notAdopted: 0, pending: 0 };
  for (const r of rows) for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += r[k];
  return t;
}

type Ctx = { t: Translate; locale: Locale; goalTitles: Map<string, LocalizedText> };

/** Government-programme asks (adoption rate overall and by priority) and statements. */
export function advocacySection(data: AdvocacyData, { t, locale, goalTitles }: Ctx): Section {
  const n = (v: number) => formatCount(v, locale);
  const total = sumCounts(data.asks);
  const rate = adoptionRate(total);
  const asks = "/staff/advocacy/asks";
  return {
    id: "advocacy",
    title: t("advocacy.title"),
    intro: t("advocacy.intro"),
    figures: [
      { key: "asks", label: t("advocacy.asks"), value: n(total.total), href: asks },
      { key: "adoption", label: t("advocacy.adoptionRate"), value: formatRate(rate, locale) },
      { key: "adopted", label: t("advocacy.adopted"), value: n(total.adopted), href: listHref(asks, { outcome: "adopted" }) },
      { key: "statements", label: t("advocacy.statementsGiven"), value: n(data.statements.given), href: listHref("/staff/advocacy/activities", { type: "statement" }) },
      { key: "overdue", label: t("advocacy.statementsOverdue"), value: n(data.statements.overdue), href: listHref("/staff/advocacy/activities", { type: "statement" }), alert: data.statements.overdue > 0 },
    ],
    blocks: [
      {
        kind: "bars",
        id: "asks-by-outcome",
        title: t("advocacy.byOutcome"),
        categoryHeader: t("advocacy.outcome"),
        series: [{ name: t("advocacy.asks"), color: palette.tram }],
        max: Math.max(1, total.adopted, total.partly, total.notAdopted, total.pending),
        rows: (
          [
            ["adopted", total.adopted],
            ["partly", total.partly],
            ["not_adopted", total.notAdopted],
            ["pending", total.pending],
          ] as const
        ).map(([key, v]) => ({ label: t(`advocacy.outcomes.${key}`), href: listHref(asks, { outcome: key }), values: [{ value: v, display: n(v) }] })),
        empty: t("advocacy.noAsks"),
      },
      {
        kind: "bars",
        id: "adoption-by-priority",
        title: t("advocacy.byPriority"),
        description: t("advocacy.rateHelp"),
        categoryHeader: t("strategy.priority"),
        series: [{ name: t("advocacy.adoptionRate"), color: palette.coat }],
        max: 1,
        rows: data.asks.map((a) => {
          const r = adoptionRate(a);
          return {
            label: pick(a.title, locale),
            sublabel: pick(goalTitles.get(a.goalId), locale),
            href: listHref(asks, { priority: a.priorityId }),
            values: [{ value: r, display: formatRate(r, locale) }],
            extra: [n(a.total), n(a.adopted), n(a.partly), n(a.notAdopted), n(a.pending)],
          };
        }),
        extraHeaders: [t("advocacy.asks"), t("advocacy.outcomes.adopted"), t("advocacy.outcomes.partly"), t("advocacy.outcomes.not_adopted"), t("advocacy.outcomes.pending")],
        empty: t("advocacy.noAsks"),
      },
    ],
  };
}

/** Internal evaluation: mean scores (1–5) by priority in the latest closed rounds. */
export function evaluationSection(data: EvaluationData, { t, locale, goalTitles }: Ctx): Section {
  const latest = data.rounds.at(-1);
  const latestScores = data.scores.filter((s) => s.roundId === latest?.id);
  const answers = latestScores.reduce((a, s) => a + s.answers, 0);
  const overall = answers ? latestScores.reduce((a, s) => a + s.sum, 0) / answers : null;
  const priorities = [...new Map(data.scores.map((s) => [s.priorityId, s])).values()];
  return {
    id: "evaluation",
    title: t("evaluation.title"),
    intro: t("evaluation.intro"),
    figures: latest
      ? [
          { key: "round", label: t("evaluation.latestRound"), value: pick(latest.name, locale), href: `/staff/evaluations/${latest.id}` },
          { key: "mean", label: t("evaluation.meanLatest"), value: formatScore(overall, locale) },
          { key: "answers", label: t("evaluation.answersLatest"), value: formatCount(answers, locale) },
        ]
      : [],
    blocks: [
      {
        kind: "bars",
        id: "scores-by-priority",
        title: t("evaluation.byPriority"),
        description: t("evaluation.scoreHelp"),
        categoryHeader: t("strategy.priority"),
        series: data.rounds.map((r, i) => ({ name: pick(r.name, locale), color: seriesColors[i % seriesColors.length]! })),
        max: 5,
        rows: priorities.map((p) => ({
          label: pick(p.title, locale),
          sublabel: pick(goalTitles.get(p.goalId), locale),
          values: data.rounds.map((r) => {
            const s = data.scores.find((x) => x.roundId === r.id && x.priorityId === p.priorityId);
            const mean = s && s.answers ? s.sum / s.answers : null;
            return { value: mean, display: formatScore(mean, locale) };
          }),
          extra: [formatCount(latestScores.find((s) => s.priorityId === p.priorityId)?.answers ?? 0, locale)],
        })),
        extraHeaders: [t("evaluation.answersLatest")],
        empty: t("evaluation.noRounds"),
      },
    ],
  };
}
