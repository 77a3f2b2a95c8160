import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { formatMoney, formatPercent, type Cents } from "@/lib/money";
import { formatCount, type Locale, type Translate } from "@/lib/dashboard/format";
import { palette, type Section } from "@/lib/dashboard/model";
import { exactMoney } from "@/lib/networks/dashboard-section";

/** The EU funding portfolio's figures, as the funding area's queries return them (db/queries/funding/portfolio.ts). */
export type FundingData = {
  byProgramme: { key: string; projects: number; euCents: Cents; unknown: number }[];
  byPriority: { key: string; projects: number; euCents: Cents }[];
  heat: { priorityId: string; programmeId: string; euCents: Cents }[];
  share: { totalCents: Cents; alignedCents: Cents; projects: number; alignedProjects: number; basisPoints: number | null };
  success: { decided: number; granted: number; basisPoints: number | null };
  /** The secured projects' city share (EU + state + own) where all three are known; the others counted apart. */
  cityShare?: { cityShareCents: Cents; shareUnknown: number };
  programmes: { id: string; code: string; name: LocalizedText }[];
  /** The priorities in the dashboard's scope (period, goal), in order. */
  priorities: { id: string; goalId: string; title: LocalizedText }[];
};

/**
 * EU money brought home: by programme, by priority (the period's), how much
 * of it serves the strategy (aligned share), the success rate, and the
 * priorities × programmes heat-map. The definitions are the funding area's
 * (lib/funding/rules.ts); its queries compute them.
 */
export function fundingSection(data: FundingData, { t, locale, goalTitles }: { t: Translate; locale: Locale; goalTitles: Map<string, LocalizedText> }): Section {
  const money = (c: Cents) => exactMoney(c, locale);
  const compact = (c: Cents) => formatMoney(c, locale, { compact: true });
  const programme = new Map(data.programmes.map((p) => [p.id, p]));
  const secured = data.byProgramme.reduce((a, b) => a + b.euCents, 0);
  // Secured projects whose EU contribution no source gives: not in the sum, counted apart.
  const securedUnknown = data.byProgramme.reduce((a, b) => a + b.unknown, 0);
  const byProgramme = [...data.byProgramme].filter((b) => b.euCents > 0).sort((a, b) => b.euCents - a.euCents);
  const priorityMoney = new Map(data.byPriority.map((b) => [b.key, b]));
  const heatRows = data.priorities.filter((p) => data.heat.some((h) => h.priorityId === p.id && h.euCents > 0));
  const heatColumns = data.programmes.filter((pr) => data.heat.some((h) => h.programmeId === pr.id && h.euCents > 0 && heatRows.some((r) => r.id === h.priorityId)));
  const cell = (priorityId: string, programmeId: string) => data.heat.find((h) => h.priorityId === priorityId && h.programmeId === programmeId)?.euCents ?? 0;
  const heatMax = Math.max(0, ...heatRows.flatMap((r) => heatColumns.map((c) => cell(r.id, c.id))));
  return {
    id: "funding",
    title: t("funding.title"),
    intro: t("funding.intro"),
    figures: [
      { key: "secured", label: t("funding.secured"), value: compact(secured), href: "/staff/funding" },
      ...(securedUnknown ? [{ key: "securedUnknown", label: t("funding.securedUnknown", { n: securedUnknown }), value: formatCount(securedUnknown, locale) }] : []),
      ...(data.cityShare ? [{ key: "cityShare", label: t("funding.cityShare"), value: compact(data.cityShare.cityShareCents) }] : []),
      ...(data.cityShare?.shareUnknown ? [{ key: "cityShareUnknown", label: t("funding.cityShareUnknown", { n: data.cityShare.shareUnknown }), value: formatCount(data.cityShare.shareUnknown, locale) }] : []),
      { key: "aligned", label: t("funding.alignedShare"), value: formatPercent(data.share.basisPoints, locale) },
      { key: "alignedMoney", label: t("funding.alignedMoney"), value: compact(data.share.alignedCents) },
      { key: "success", label: t("funding.successRate"), value: formatPercent(data.success.basisPoints, locale) },
      { key: "decided", label: t("funding.decided"), value: t("funding.grantedOf", { granted: formatCount(data.success.granted, locale), decided: formatCount(data.success.decided, locale) }) },
    ],
    blocks: [
      {
        kind: "bars",
        id: "eu-by-programme",
        title: t("funding.byProgramme"),
        description: t("funding.securedHelp"),
        categoryHeader: t("funding.programme"),
        series: [{ name: t("funding.euMoney"), color: palette.bus }],
        max: Math.max(1, ...byProgramme.map((b) => b.euCents)),
        rows: byProgramme.map((b) => ({
          label: pick(programme.get(b.key)?.name, locale) || b.key,
          values: [{ value: b.euCents, display: money(b.euCents) }],
          extra: [formatCount(b.projects, locale)],
        })),
        extraHeaders: [t("funding.projects")],
        empty: t("funding.none"),
      },
      {
        kind: "bars",
        id: "eu-by-priority",
        title: t("funding.byPriority"),
        description: t("funding.priorityHelp"),
        categoryHeader: t("strategy.priority"),
        series: [{ name: t("funding.euMoney"), color: palette.coat }],
        max: Math.max(1, ...data.priorities.map((p) => priorityMoney.get(p.id)?.euCents ?? 0)),
        rows: data.priorities.map((p) => {
          const b = priorityMoney.get(p.id);
          return {
            label: pick(p.title, locale),
            sublabel: pick(goalTitles.get(p.goalId), locale),
            values: [{ value: b?.euCents ?? 0, display: money(b?.euCents ?? 0) }],
            extra: [formatCount(b?.projects ?? 0, locale)],
          };
        }),
        extraHeaders: [t("funding.projects")],
        empty: t("strategy.noPriorities"),
      },
      {
        kind: "heatmap",
        id: "eu-heatmap",
        title: t("funding.heatMap"),
        description: t("funding.heatHelp"),
        corner: t("strategy.priority"),
        columns: heatColumns.map((c) => ({ short: c.code, full: pick(c.name, locale) })),
        rows: heatRows.map((r) => ({
          label: pick(r.title, locale),
          cells: heatColumns.map((c) => {
            const v = cell(r.id, c.id);
            return { value: v, display: v ? compact(v) : "–", exact: v ? money(v) : "–" };
          }),
        })),
        max: heatMax,
        empty: t("funding.none"),
      },
    ],
  };
}
