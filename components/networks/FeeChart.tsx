/**
 * A horizontal bar chart as server-rendered SVG (no chart library, no
 * JavaScript). The same figures are always given as a table beside it, so
 * the chart is decoration for sighted readers: role="img" with a summary label.
 */
export function FeeChart({ bars, label, formatValue }: { bars: { label: string; value: number }[]; label: string; formatValue: (v: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 260;
  const valueWidth = 130;
  const barWidth = 420;
  const width = labelWidth + barWidth + valueWidth;
  const height = bars.length * rowHeight + 8;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-4xl" xmlns="http://www.w3.org/2000/svg">
      {bars.map((b, i) => {
        const y = i * rowHeight + 4;
        const w = Math.max(1, Math.round((b.value / max) * barWidth));
        return (
          <g key={`${b.label}-${i}`}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="13" fill="#1a1a1a">
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={w} height={rowHeight - 10} fill="#0000bf" />
            <text x={labelWidth + w + 6} y={y + rowHeight / 2 + 4} fontSize="13" fill="#1a1a1a">
              {formatValue(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
