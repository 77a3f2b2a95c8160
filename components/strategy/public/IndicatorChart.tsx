import { getTranslations } from "next-intl/server";
import type { LocalizedText as Text } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { LocalizedText } from "@/components/public/LocalizedText";
import { chartGeometry, type Point } from "@/lib/strategy/chart";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { formatDecimal } from "@/lib/strategy/numbers";
import { isComputationKey } from "@/lib/strategy/computed";

/** Where the values come from and how to read them (older snapshots have none of it). */
export type IndicatorMeta = {
  source?: string | null;
  computation?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  direction?: "up" | "down" | "keep" | null;
  baselineValue?: string | null;
  baselineDate?: string | null;
};
import { Table } from "@/components/ui/Table";
import { intlLocale, numberFormat } from "@/lib/i18n/formatters";

/**
 * An indicator as a small server-rendered SVG (values as a line with
 * points, targets as a dashed line) and the same data as a table. No
 * client JavaScript. The SVG has a text alternative; the table is the
 * accessible equivalent.
 */
export async function IndicatorChart({
  id,
  title,
  unit,
  decimals,
  values,
  targets,
  locale,
  headingLevel = 3,
  meta,
}: {
  id: string;
  title: Text;
  unit: Text;
  decimals: number;
  /** `unknown`: items left out of a computed value because their amount is not known (counted apart, never as 0). */
  values: (Point & { unknown?: number })[];
  targets: Point[];
  locale: Locale;
  headingLevel?: 2 | 3;
  meta?: IndicatorMeta;
}) {
  const t = await getTranslations("indicatorChart");
  const g = chartGeometry(values, targets);
  const name = pick(title, locale);
  const unitText = pick(unit, locale);
  const compact = numberFormat(intlLocale(locale), { notation: "compact", maximumFractionDigits: 1 });
  const line = (pts: { x: number; y: number }[]) => pts.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
  const dates = [...new Set([...values, ...targets].map((p) => p.date))].sort();
  const latest = values.length ? values[values.length - 1] : null;
  const H = headingLevel === 2 ? "h2" : "h3";
  const fmt = (v: string) => `${formatDecimal(v, locale, decimals || undefined)} ${unitText}`;
  const summary = latest ? t("summary", { date: formatFlexibleDate(latest.date, "day", locale), value: fmt(latest.value) }) : t("noValues");
  const computation = meta?.source === "computed" && isComputationKey(meta.computation) ? meta.computation : null;
  const unknownText = (n: number | undefined) => (computation && n ? t(`unknown_${computation}`, { count: n }) : null);
  const about = [
    computation ? t("sourceComputed", { name: t(`computations.${computation}`) }) : meta?.source === "external" && meta.sourceName ? t("sourceExternal", { name: meta.sourceName }) : null,
    meta?.direction ? t("direction", { direction: t(`directions.${meta.direction}`) }) : null,
    meta?.baselineValue != null && meta.baselineDate ? t("baseline", { date: formatFlexibleDate(meta.baselineDate, "day", locale), value: fmt(meta.baselineValue) }) : meta && meta.source !== undefined ? t("baselineUnknown") : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <figure aria-labelledby={`ind-${id}-title`} className="mb-8">
      <H id={`ind-${id}-title`} className="mb-1 text-heading-xs font-bold">
        <LocalizedText text={title} locale={locale} /> <span className="font-normal">(<LocalizedText text={unit} locale={locale} />)</span>
      </H>
      <p className="mb-2 text-body-s">
        {summary}
        {latest && unknownText(latest.unknown) ? ` (${unknownText(latest.unknown)})` : null}
      </p>
      {about.length ? (
        <p className="mb-2 text-body-s text-muted">
          {about.join(" · ")}
          {meta?.source === "external" && meta.sourceUrl ? (
            <>
              {" "}
              <a href={meta.sourceUrl} rel="noopener noreferrer">
                {meta.sourceUrl}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {values.length + targets.length > 0 ? (
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={`ind-${id}-svgtitle`} className="h-auto w-full max-w-2xl" focusable="false">
          <title id={`ind-${id}-svgtitle`}>{`${name}: ${summary} ${t("seeTable")}`}</title>
          {g.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="#d0d0d0" strokeWidth="1" />
              <text x={g.plot.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#333">
                {compact.format(tick.value)}
              </text>
            </g>
          ))}
          {g.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={g.plot.bottom + 20} textAnchor="middle" fontSize="12" fill="#333">
              {tick.label}
            </text>
          ))}
          <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke="#333" strokeWidth="1" />
          {g.targets.length > 1 ? <path d={line(g.targets)} fill="none" stroke="#bd2719" strokeWidth="2" strokeDasharray="6 4" /> : null}
          {g.targets.map((p) => (
            <rect key={`t-${p.date}`} x={p.x - 4} y={p.y - 4} width="8" height="8" fill="#fff" stroke="#bd2719" strokeWidth="2" />
          ))}
          {g.values.length > 1 ? <path d={line(g.values)} fill="none" stroke="#0000bf" strokeWidth="3" /> : null}
          {g.values.map((p) => (
            <circle key={`v-${p.date}`} cx={p.x} cy={p.y} r="5" fill="#0000bf" />
          ))}
        </svg>
      ) : null}
      <figcaption className="mt-1 flex flex-wrap gap-4 text-body-s">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-1 w-6 bg-bus align-middle" /> {t("values")}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block w-6 border-t-2 border-dashed align-middle" style={{ borderColor: "#bd2719" }} /> {t("targets")}
        </span>
      </figcaption>
      {dates.length ? (
        <Table caption={t("tableCaption", { name })} captionClassName="mb-1 text-left font-semibold" className="mt-3 w-full max-w-xl border-collapse text-left text-body-s" head={[{ label: t("date"), className: "p-1" }, { label: t("value"), className: "p-1 text-right" }, { label: t("target"), className: "p-1 text-right" }]}>
          {dates.map((d) => {
            const v = values.find((p) => p.date === d);
            const tg = targets.find((p) => p.date === d);
            return (
              <tr key={d} className="border-b border-line">
                <th scope="row" className="p-1 font-normal">{formatFlexibleDate(d, "day", locale)}</th>
                <td className="p-1 text-right">
                  {v ? fmt(v.value) : "–"}
                  {v && unknownText(v.unknown) ? <span className="block text-muted">{unknownText(v.unknown)}</span> : null}
                </td>
                <td className="p-1 text-right">{tg ? fmt(tg.value) : "–"}</td>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </figure>
  );
}
