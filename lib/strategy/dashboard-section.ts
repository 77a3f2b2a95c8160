import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { formatCount, formatProgress, listHref, type Locale, type Translate } from "@/lib/dashboard/format";
import { palette, type Section } from "@/lib/dashboard/model";

export type StrategyData = {
  totals: { measures: number; progress: number | null; late: number; stale: number; completed: number };
  byGoal: { id: string; title: LocalizedText; measures: number; progress: number | null; late: number; stale: number; completed: number }[];
  byPriority: { id: string; goalId: string; title: LocalizedText; measures: number; progress: number | null; late: number; stale: number }[];
  byStatus: { status: string; measures: number }[];
};

const STATUS_ORDER = ["not_started", "on_schedule", "late", "postponed", "completed", "cancelled"];

/** The strategy part of the briefing: progress by goal and priority, late and stale measures, statuses. */
export function strategySection(
  data: StrategyData,
  o: { t: Translate; tStatus: Translate; locale: Locale; staleAfterDays: number; periodId: string; goalId?: string; goalTitles: Map<string, LocalizedText> },
): Section {
  const { t, locale } = o;
  const scope = { period: o.periodId, goal: o.goalId };
  const n = (v: number) => formatCount(v, locale);
  const total = data.totals;
  /** Average progress of the measures under each goal or priority, with their counts of measures, late and stale ones. */
  const progressBars = <R extends StrategyData["byPriority"][number] | StrategyData["byGoal"][number]>(
    kind: "goal" | "priority",
    rows: R[],
    look: { color: string; title: string; help: string; empty: string; sublabel?: (row: R) => string | undefined },
  ): Section["blocks"][number] => ({
    kind: "bars",
    id: `progress-by-${kind}`,
    title: t(`strategy.${look.title}`),
    description: t(`strategy.${look.help}`),
    categoryHeader: t(`strategy.${kind}`),
    series: [{ name: t("strategy.progress"), color: look.color }],
    max: 100,
    rows: rows.map((r) => ({
      label: pick(r.title, locale),
      ...(look.sublabel ? { sublabel: look.sublabel(r) } : {}),
      href: listHref("/staff/strategy", { period: o.periodId, [kind]: r.id }),
      values: [{ value: r.progress, display: formatProgress(r.progress, locale) }],
      extra: [n(r.measures), n(r.late), n(r.stale)],
    })),
    extraHeaders: [t("strategy.measures"), t("strategy.late"), t("strategy.stale")],
    empty: t(`strategy.${look.empty}`),
  });
  return {
    id: "strategy",
    title: t("strategy.title"),
    intro: t("strategy.intro", { days: o.staleAfterDays }),
    figures: [
      { key: "measures", label: t("strategy.measures"), value: n(total.measures), href: listHref("/staff/strategy", scope) },
      { key: "progress", label: t("strategy.progress"), value: formatProgress(total.progress, locale) },
      { key: "completed", label: t("strategy.completed"), value: n(total.completed), href: listHref("/staff/strategy", { ...scope, status: "completed" }) },
      { key: "late", label: t("strategy.late"), value: n(total.late), href: listHref("/staff/strategy", { ...scope, late: "1" }), alert: total.late > 0 },
      { key: "stale", label: t("strategy.stale"), value: n(total.stale), href: listHref("/staff/strategy", { ...scope, stale: "1" }), alert: total.stale > 0 },
    ],
    blocks: [
      progressBars("goal", data.byGoal, { color: palette.bus, title: "byGoal", help: "progressHelp", empty: "noGoals" }),
      progressBars("priority", data.byPriority, { color: palette.coat, title: "byPriority", help: "priorityHelp", empty: "noPriorities", sublabel: (p) => pick(o.goalTitles.get(p.goalId), locale) }),
      {
        kind: "bars",
        id: "measures-by-status",
        title: t("strategy.byStatus"),
        categoryHeader: t("strategy.status"),
        series: [{ name: t("strategy.measures"), color: palette.tram }],
        max: Math.max(1, ...data.byStatus.map((s) => s.measures)),
        rows: [...data.byStatus]
          .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
          .map((s) => ({
            label: o.tStatus(s.status),
            href: listHref("/staff/strategy", { ...scope, status: s.status }),
            values: [{ value: s.measures, display: n(s.measures) }],
          })),
        empty: t("strategy.noMeasures"),
      },
    ],
  };
}
