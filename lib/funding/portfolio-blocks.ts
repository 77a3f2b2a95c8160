import "server-only";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import { portfolioFigures, type PortfolioFigures } from "@/db/queries/funding/portfolio";
import { formatCount, type Locale, type Translate } from "@/lib/dashboard/format";
import { palette, type BarChart, type BarRow, type HeatMap } from "@/lib/dashboard/model";
import { pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import { cachedUntilWrite } from "@/lib/summary-cache";
import { formatMoney, sumCents, type Cents } from "@/lib/money";
import { statuses } from "./rules";

type Row = { key: string; label: string; projects: number; cents: Cents; alert?: string };

/**
 * The funding portfolio's figures as charts of the briefing's model
 * (lib/dashboard/model.ts): each drawn as an image by the portfolio's chart
 * route and its numbers given as a table on request or on the printable
 * page, as the dashboard's are. `t` is the funding area's translator.
 * Money in the tables is exact (to the cent), the heat-map's in whole euros.
 */
export function portfolioBlocks(figures: PortfolioFigures, t: Translate, locale: Locale): (BarChart | HeatMap)[] {
  const money = (c: Cents) => formatMoney(c, locale);
  const whole = (c: Cents) => formatMoney(c, locale, { whole: true });
  const programmeName = new Map(figures.labels.programmes.map((p) => [p.id, p]));
  const noFunding = t("figures.noFunding");

  const statusRows: Row[] = statuses.map((s) => {
    const b = figures.byStatus.find((x) => x.key === s);
    return { key: s, label: t(`status.${s}`), projects: b?.projects ?? 0, cents: b?.euCents ?? 0 };
  });
  const programmeRows: Row[] = figures.byProgramme
    .map((b) => ({ key: b.key, label: pick(programmeName.get(b.key)?.name, locale) || "?", projects: b.projects, cents: b.euCents }))
    .sort((a, b) => b.cents - a.cents);
  const priorityRows: Row[] = figures.labels.priorities.map((p) => {
    const b = figures.byPriority.find((x) => x.key === p.id);
    const cents = b?.euCents ?? 0;
    return { key: p.id, label: pick(p.title, locale), projects: b?.projects ?? 0, cents, alert: cents === 0 ? noFunding : undefined };
  });
  const yearRows: Row[] = figures.byYear.map((b) => ({ key: b.key, label: b.key === "none" ? t("figures.noStartDate") : b.key, projects: b.projects, cents: b.euCents }));

  const bars = (id: string, title: string, description: string, rows: Row[], total?: BarChart["total"]): BarChart => ({
    kind: "bars",
    id,
    title,
    description,
    categoryHeader: t("figures.item"),
    series: [{ name: t("figures.euros"), color: palette.bus }],
    max: Math.max(1, ...rows.map((r) => r.cents)),
    rows: rows.map((r): BarRow => ({ label: r.label, values: [{ value: r.cents, display: money(r.cents) }], extra: [formatCount(r.projects, locale)], ...(r.alert ? { alert: r.alert } : {}) })),
    extraHeaders: [t("figures.projects")],
    ...(total ? { total } : {}),
    empty: t("figures.empty"),
  });

  const heatCell = new Map(figures.heat.map((c) => [`${c.priorityId}/${c.programmeId}`, c.euCents]));
  const cell = (row: string, col: string) => heatCell.get(`${row}/${col}`) ?? 0;
  const heatMap: HeatMap = {
    kind: "heatmap",
    id: "fig-heat",
    title: t("figures.heatMap"),
    description: t("figures.heatMapDef"),
    corner: t("figures.priority"),
    columns: programmeRows.map((c) => ({ short: programmeName.get(c.key)?.code ?? c.label, full: c.label })),
    rows: programmeRows.length
      ? priorityRows.map((r) => ({
          label: r.label,
          ...(r.alert ? { alert: r.alert } : {}),
          total: whole(r.cents),
          cells: programmeRows.map((c) => {
            const v = cell(r.key, c.key);
            return { value: v, display: v ? formatMoney(v, locale, { compact: true }) : "–", exact: v ? whole(v) : "–" };
          }),
        }))
      : [],
    totalHeader: t("figures.total"),
    max: Math.max(0, ...priorityRows.flatMap((r) => programmeRows.map((c) => cell(r.key, c.key)))),
    empty: t("figures.empty"),
  };

  return [
    bars("fig-status", t("figures.byStatus"), t("figures.byStatusDef"), statusRows),
    bars("fig-programme", t("figures.byProgramme"), t("figures.securedDef"), programmeRows, { label: t("figures.total"), cells: [money(sumCents(programmeRows.map((r) => r.cents))), ""] }),
    bars("fig-priority", t("figures.byPriority"), t("figures.byPriorityDef"), priorityRows),
    bars("fig-year", t("figures.byYear"), t("figures.byYearDef"), yearRows),
    heatMap,
  ];
}

/**
 * The portfolio's figures (the same for every reader until the next write:
 * kept per process, lib/summary-cache.ts) and, per language, its charts, for
 * the portfolio page, its printable page and its chart route.
 */
export async function loadPortfolio(db: Db, locale: Locale, today: string): Promise<{ figures: PortfolioFigures; blocks: (BarChart | HeatMap)[] }> {
  const figures = await cachedUntilWrite(`funding-portfolio:${today}`, () => portfolioFigures(db, today));
  const blocks = await cachedUntilWrite(`funding-portfolio-charts:${locale}:${today}`, async () => {
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "funding" }) as unknown as Translate;
    return portfolioBlocks(figures, t, locale);
  });
  return { figures, blocks };
}

/** Where the portfolio's charts are drawn and where every table is open (see lib/dashboard/format.ts, chartLinks). */
export const PORTFOLIO_CHART_PATHS = { charts: "staff/funding/charts", printable: "staff/funding/figures" };

/** The strings of the portfolio's charts (the dashboard's, but the fallback leads to the portfolio's printable page), in the request's language. */
export async function portfolioChartLabels() {
  const [t, tFunding] = await Promise.all([getTranslations("dashboard"), getTranslations("funding")]);
  return {
    showTable: t("showTable"),
    tableLabel: t("numbersTable"),
    chartLabel: (title: string) => t("chartLabel", { title }),
    loading: t("numbers.loading"),
    failed: t("numbers.failed"),
    fallback: tFunding("figures.fallback"),
  };
}
