import { formatMoney } from "@/lib/money";

export type BarItem = { key: string; label: string; cents: number; note?: string; alert?: boolean };

/**
 * A horizontal bar chart drawn on the server as SVG (no chart library, no
 * JavaScript). It is a picture for the eye; the same numbers are in the
 * table that FigureCard puts beside it, which screen readers use.
 */
export function BarChart({ items, locale, labelledBy }: { items: BarItem[]; locale: string; labelledBy: string }) {
  const max = Math.max(1, ...items.map((i) => i.cents));
  const rowHeight = 46;
  const width = 600;
  const height = Math.max(rowHeight, items.length * rowHeight);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={labelledBy} className="max-w-full" preserveAspectRatio="xMinYMin meet">
      {items.map((item, i) => {
        const y = i * rowHeight;
        const w = item.cents > 0 ? Math.max(2, Math.round((item.cents / max) * (width - 150))) : 0;
        return (
          <g key={item.key} transform={`translate(0 ${y})`}>
            <text x={0} y={14} fontSize={13} fill={item.alert ? "var(--color-error)" : "var(--color-black-90)"} fontWeight={item.alert ? 700 : 400}>
              {item.label.length > 80 ? `${item.label.slice(0, 79)}…` : item.label}
            </text>
            <rect x={0} y={20} width={w} height={18} fill={item.alert ? "var(--color-error)" : "var(--color-bus)"} />
            {item.cents === 0 ? <rect x={0} y={20} width={width - 150} height={18} fill="none" stroke="var(--color-error)" strokeDasharray="4 3" /> : null}
            <text x={w + 6} y={34} fontSize={13} fill="var(--color-black-90)">
              {formatMoney(item.cents, locale, { whole: true })}
              {item.note ? ` · ${item.note}` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
