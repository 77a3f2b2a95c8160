import { getTranslations } from "next-intl/server";
import type { PortfolioFigures as Figures } from "@/db/queries/funding/portfolio";
import { statuses } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney, sumCents } from "@/lib/money";
import { BarChart } from "./BarChart";
import { FigureCard } from "./FigureCard";
import { FigureTable } from "./FigureTable";
import { HeatMap } from "./HeatMap";

/** The portfolio's figures: each a server-drawn chart with its table beside it and its definition above. */
export async function PortfolioFigures({ figures, locale }: { figures: Figures; locale: Locale }) {
  const t = await getTranslations("funding");
  const headers = { label: t("figures.item"), projects: t("figures.projects"), euros: t("figures.euros") };
  const programmeName = new Map(figures.labels.programmes.map((p) => [p.id, pick(p.name, locale)]));
  const priorityLabel = (p: { title: Parameters<typeof pick>[0]; goalTitle: Parameters<typeof pick>[0] }) => pick(p.title, locale);

  const statusRows = statuses.map((s) => {
    const b = figures.byStatus.find((x) => x.key === s);
    return { key: s, label: t(`status.${s}`), projects: b?.projects ?? 0, cents: b?.euCents ?? 0 };
  });
  const programmeRows = figures.byProgramme
    .map((b) => ({ key: b.key, label: programmeName.get(b.key) ?? "?", projects: b.projects, cents: b.euCents }))
    .sort((a, b) => b.cents - a.cents);
  const priorityRows = figures.labels.priorities.map((p) => {
    const b = figures.byPriority.find((x) => x.key === p.id);
    const cents = b?.euCents ?? 0;
    return { key: p.id, label: priorityLabel(p), projects: b?.projects ?? 0, cents, alert: cents === 0 ? t("figures.noFunding") : undefined };
  });
  const yearRows = figures.byYear.map((b) => ({ key: b.key, label: b.key === "none" ? t("figures.noStartDate") : b.key, projects: b.projects, cents: b.euCents }));
  const securedTotal = sumCents(programmeRows.map((r) => r.cents));
  const heatColumns = programmeRows.map((r) => ({ id: r.key, label: r.label }));
  const heatCell = new Map(figures.heat.map((c) => [`${c.priorityId}/${c.programmeId}`, c.euCents]));
  const cell = (row: string, col: string) => heatCell.get(`${row}/${col}`) ?? 0;
  const heatRows = priorityRows.map((r) => ({ id: r.key, label: r.label, group: "", totalCents: r.cents }));

  return (
    <>
      <FigureCard
        id="fig-status"
        title={t("figures.byStatus")}
        definition={t("figures.byStatusDef")}
        chart={<BarChart labelledBy="fig-status-title" locale={locale} items={statusRows.map((r) => ({ ...r, note: t("figures.nProjects", { n: r.projects }) }))} />}
        table={<FigureTable caption={t("figures.byStatus")} rows={statusRows} locale={locale} headers={headers} />}
      />
      <FigureCard
        id="fig-programme"
        title={t("figures.byProgramme")}
        definition={t("figures.securedDef")}
        chart={<BarChart labelledBy="fig-programme-title" locale={locale} items={programmeRows} />}
        table={<FigureTable caption={t("figures.byProgramme")} rows={programmeRows} locale={locale} headers={headers} total={{ label: t("figures.total"), cents: securedTotal }} />}
      />
      <FigureCard
        id="fig-priority"
        title={t("figures.byPriority")}
        definition={t("figures.byPriorityDef")}
        chart={<BarChart labelledBy="fig-priority-title" locale={locale} items={priorityRows.map((r) => ({ ...r, alert: r.cents === 0 }))} />}
        table={<FigureTable caption={t("figures.byPriority")} rows={priorityRows} locale={locale} headers={headers} />}
      />
      <FigureCard
        id="fig-year"
        title={t("figures.byYear")}
        definition={t("figures.byYearDef")}
        chart={<BarChart labelledBy="fig-year-title" locale={locale} items={yearRows} />}
        table={<FigureTable caption={t("figures.byYear")} rows={yearRows} locale={locale} headers={headers} />}
      />
      <section aria-labelledby="fig-heat-title" className="mb-10 border-t-4 border-bus pt-4">
        <h3 id="fig-heat-title" className="text-heading-s font-bold">
          {t("figures.heatMap")}
        </h3>
        <p className="field-hint mb-4 max-w-3xl">{t("figures.heatMapDef")}</p>
        {heatColumns.length ? (
          <HeatMap rows={heatRows} columns={heatColumns} cell={cell} locale={locale} labelledBy="fig-heat-title" noFundingLabel={t("figures.noFunding")} />
        ) : (
          <p>{t("figures.empty")}</p>
        )}
        <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="fig-heat-title">
          <table className="numbers-table whitespace-nowrap" data-testid="heat-map-table">
            <caption className="sr-only">{t("figures.heatMap")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("figures.priority")}</th>
                {heatColumns.map((c) => (
                  <th key={c.id} scope="col">{c.label}</th>
                ))}
                <th scope="col">{t("figures.total")}</th>
              </tr>
            </thead>
            <tbody>
              {heatRows.map((r) => (
                <tr key={r.id} className={r.totalCents === 0 ? "bg-error-light" : undefined}>
                  <th scope="row" className="whitespace-normal">
                    {r.label}
                    {r.totalCents === 0 ? <strong className="ml-2">{t("figures.noFunding")}</strong> : null}
                  </th>
                  {heatColumns.map((c) => (
                    <td key={c.id}>{cell(r.id, c.id) ? formatMoney(cell(r.id, c.id), locale, { whole: true }) : "–"}</td>
                  ))}
                  <td className="font-semibold">{formatMoney(r.totalCents, locale, { whole: true })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
