import type { Drawing } from "@/lib/dashboard/geometry";

/** A laid-out chart as SVG. Decorative to screen readers beyond its name: the table below it carries the numbers. */
export function ChartSvg({ drawing, titleId, label }: { drawing: Drawing; titleId: string; label: string }) {
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      width="100%"
      className="max-w-3xl"
      style={{ height: "auto" }}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{label}</title>
      {drawing.shapes.map((s, i) => {
        if (s.t === "rect") return <rect key={i} x={s.x} y={s.y} width={s.w} height={s.h} fill={s.fill} stroke={s.stroke} />;
        if (s.t === "line") return <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={s.color} strokeWidth={s.width ?? 1} strokeDasharray={s.dash ? "3 3" : undefined} />;
        return (
          <text key={i} x={s.x} y={s.y} fontSize={s.size} fontWeight={s.bold ? 700 : 400} fill={s.color ?? "#1a1a1a"} textAnchor={s.anchor ?? "start"}>
            {s.text}
          </text>
        );
      })}
    </svg>
  );
}
