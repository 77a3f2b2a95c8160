import { formatMoney } from "@/lib/money";

export type HeatRow = { id: string; label: string; group: string; totalCents: number };
export type HeatColumn = { id: string; label: string };

/**
 * Priorities × programmes, euros, as an SVG grid: darker = more money.
 * Priorities with no funding at all are marked in red ("no funding").
 */
export function HeatMap({
  rows,
  columns,
  cell,
  locale,
  labelledBy,
  noFundingLabel,
}: {
  rows: HeatRow[];
  columns: HeatColumn[];
  cell: (rowId: string, columnId: string) => number;
  locale: string;
  labelledBy: string;
  noFundingLabel: string;
}) {
  const labelWidth = 260;
  const cellW = 74;
  const cellH = 34;
  const headH = 110;
  const width = labelWidth + Math.max(1, columns.length) * cellW + 10;
  const height = headH + rows.length * cellH + 10;
  const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => cell(r.id, c.id))));
  // Shared attributes sit on the groups, not on each of the many cells (the page carries this drawing twice: as HTML and as React's payload).
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={labelledBy} className="max-w-full">
      <g fontSize={12} fill="var(--color-black-90)">
        {columns.map((c, ci) => (
          <text key={c.id} transform={`translate(${labelWidth + ci * cellW + cellW / 2} ${headH - 6}) rotate(-40)`}>
            {c.label.length > 18 ? `${c.label.slice(0, 17)}…` : c.label}
          </text>
        ))}
        {rows.map((r, ri) => {
          const none = r.totalCents === 0;
          return (
            <text key={r.id} x={0} y={headH + ri * cellH + cellH / 2 + 4} {...(none ? { fill: "var(--color-error)", fontWeight: 700 } : {})}>
              {(r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label) + (none ? ` – ${noFundingLabel}` : "")}
            </text>
          );
        })}
      </g>
      <g fill="var(--color-silver-light)">
        {rows.flatMap((r, ri) =>
          columns.map((c, ci) => {
            const v = cell(r.id, c.id);
            const fill = v > 0 ? { fill: "var(--color-bus)", fillOpacity: Math.round((0.15 + 0.85 * (v / max)) * 100) / 100 } : r.totalCents === 0 ? { fill: "var(--color-error-light)" } : {};
            return <rect key={`${r.id}/${c.id}`} x={labelWidth + ci * cellW} y={headH + ri * cellH} width={cellW - 2} height={cellH - 2} {...fill} />;
          }),
        )}
      </g>
      <g fontSize={10} textAnchor="middle" fill="var(--color-black-90)">
        {rows.flatMap((r, ri) =>
          columns.map((c, ci) => {
            const v = cell(r.id, c.id);
            if (v <= 0) return null;
            return (
              <text key={`${r.id}/${c.id}`} x={labelWidth + ci * cellW + (cellW - 2) / 2} y={headH + ri * cellH + cellH / 2 + 4} {...(0.15 + 0.85 * (v / max) > 0.55 ? { fill: "#fff" } : {})}>
                {formatMoney(v, locale, { compact: true })}
              </text>
            );
          }),
        )}
      </g>
    </svg>
  );
}
