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
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={labelledBy} className="max-w-full">
      {columns.map((c, ci) => (
        <text key={c.id} transform={`translate(${labelWidth + ci * cellW + cellW / 2} ${headH - 6}) rotate(-40)`} fontSize={12} fill="var(--color-black-90)">
          {c.label.length > 18 ? `${c.label.slice(0, 17)}…` : c.label}
        </text>
      ))}
      {rows.map((r, ri) => {
        const y = headH + ri * cellH;
        const none = r.totalCents === 0;
        return (
          <g key={r.id}>
            <text x={0} y={y + cellH / 2 + 4} fontSize={12} fill={none ? "var(--color-error)" : "var(--color-black-90)"} fontWeight={none ? 700 : 400}>
              {(r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label) + (none ? ` – ${noFundingLabel}` : "")}
            </text>
            {columns.map((c, ci) => {
              const v = cell(r.id, c.id);
              const intensity = v > 0 ? 0.15 + 0.85 * (v / max) : 0;
              return (
                <g key={c.id}>
                  <rect
                    x={labelWidth + ci * cellW}
                    y={y}
                    width={cellW - 2}
                    height={cellH - 2}
                    fill={v > 0 ? "var(--color-bus)" : none ? "var(--color-error-light)" : "var(--color-silver-light)"}
                    fillOpacity={v > 0 ? intensity : 1}
                  />
                  {v > 0 ? (
                    <text x={labelWidth + ci * cellW + (cellW - 2) / 2} y={y + cellH / 2 + 4} fontSize={10} textAnchor="middle" fill={intensity > 0.55 ? "#fff" : "var(--color-black-90)"}>
                      {formatMoney(v, locale, { compact: true })}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
