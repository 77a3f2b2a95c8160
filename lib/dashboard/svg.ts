import type { Drawing } from "./geometry";
import { layoutBars, layoutHeatMap } from "./geometry";
import type { BarChart, Block, HeatMap, Section } from "./model";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A laid-out chart (lib/dashboard/geometry.ts) as a standalone SVG file, for
 * the dashboard's and the HTML briefing's `<img>`: the page carries only the
 * image's address and its text alternative, not the chart's shapes (twice,
 * as HTML and as React's payload). `title` names the chart inside the file.
 */
export function drawingSvg(d: Drawing, title: string): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(d.width)} ${n(d.height)}" width="${n(d.width)}" height="${n(d.height)}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escape(title)}</title>`,
  ];
  for (const s of d.shapes) {
    if (s.t === "rect") out.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${escape(s.fill)}"${s.stroke ? ` stroke="${escape(s.stroke)}"` : ""}/>`);
    else if (s.t === "line")
      out.push(`<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${escape(s.color)}" stroke-width="${n(s.width ?? 1)}"${s.dash ? ' stroke-dasharray="3 3"' : ""}/>`);
    else
      out.push(
        `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.bold ? ' font-weight="700"' : ""} fill="${escape(s.color ?? "#1a1a1a")}"${s.anchor && s.anchor !== "start" ? ` text-anchor="${s.anchor}"` : ""}>${escape(s.text)}</text>`,
      );
  }
  out.push("</svg>");
  return out.join("");
}

export const isChart = (b: Block): b is BarChart | HeatMap => b.kind === "bars" || b.kind === "heatmap";

const drawings = new WeakMap<BarChart | HeatMap, Drawing>();

/**
 * A chart's drawing, the same on the page (its size) and in the image. A
 * heat-map with many columns grows wider rather than squeezing its cells.
 * Laid out once per chart object: the summaries' charts are kept per process
 * until the next write (lib/summary-cache.ts), so every page and image of
 * them reuses one layout.
 */
export function chartDrawing(b: BarChart | HeatMap): Drawing {
  let d = drawings.get(b);
  if (!d) drawings.set(b, (d = b.kind === "bars" ? layoutBars(b) : layoutHeatMap(b, { width: Math.max(640, 190 + b.columns.length * 56) })));
  return d;
}

/** A chart of the briefing by its id (ids are unique across sections). */
export function findChart(sections: Section[], id: string): BarChart | HeatMap | undefined {
  for (const s of sections) for (const b of s.blocks) if (b.id === id && isChart(b)) return b;
  return undefined;
}
