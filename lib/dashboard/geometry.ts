import { heatStep, heatSteps, palette, type BarChart, type HeatMap } from "./model";

/**
 * Charts as plain shapes, laid out once and drawn twice: as SVG on the
 * dashboard and the HTML briefing, and as vector graphics in the PDF. So the
 * page and the PDF show the same chart.
 */
export type Shape =
  | { t: "rect"; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { t: "text"; x: number; y: number; text: string; size: number; bold?: boolean; color?: string; anchor?: "start" | "middle" | "end" }
  | { t: "line"; x1: number; y1: number; x2: number; y2: number; color: string; width?: number; dash?: boolean };

export type Drawing = { width: number; height: number; shapes: Shape[] };

/** Shorten a label for a chart (the table alternative keeps the full text). */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A row's label with its warning after it (the warning is never clipped away), in red when there is one. */
function labelWithAlert(label: string, max: number, alert: string | undefined): { text: string; color?: string; bold?: boolean } {
  if (!alert) return { text: clip(label, max) };
  return { text: `${clip(label, Math.max(8, max - alert.length - 3))} – ${alert}`, color: palette.brick, bold: true };
}

const LABEL = 12;
const SUB = 10;
const BAR = 14;
const GAP = 4;

/** Horizontal bars: each row's label above its bar(s), the value written after each bar. */
export function layoutBars(chart: BarChart, width = 640): Drawing {
  const shapes: Shape[] = [];
  const valueRoom = 90;
  const barWidth = width - valueRoom;
  let y = 0;
  if (chart.series.length > 1) {
    let x = 0;
    for (const s of chart.series) {
      shapes.push({ t: "rect", x, y: y + 2, w: 12, h: 12, fill: s.color });
      const label = clip(s.name, 28);
      shapes.push({ t: "text", x: x + 16, y: y + 12, text: label, size: 11 });
      x += 16 + label.length * 6.5 + 18;
      if (x > width - 120) {
        x = 0;
        y += 18;
      }
    }
    y += 26;
  }
  for (const row of chart.rows) {
    y += LABEL + 2;
    shapes.push({ t: "text", x: 0, y, size: LABEL, bold: true, ...labelWithAlert(row.label, 90, row.alert) });
    if (row.sublabel) {
      y += SUB + 3;
      shapes.push({ t: "text", x: 0, y, text: clip(row.sublabel, 110), size: SUB, color: palette.muted });
    }
    y += 5;
    row.values.forEach((v, i) => {
      const color = chart.series[i]?.color ?? palette.bus;
      shapes.push({ t: "rect", x: 0, y, w: barWidth, h: BAR, fill: palette.silverLight });
      const w = v.value === null || chart.max <= 0 ? 0 : Math.max(v.value > 0 ? 1.5 : 0, (Math.min(v.value, chart.max) / chart.max) * barWidth);
      if (w > 0) shapes.push({ t: "rect", x: 0, y, w, h: BAR, fill: color });
      // Quarter marks across the bar, so lengths can be read against the scale.
      for (const q of [0.25, 0.5, 0.75]) shapes.push({ t: "line", x1: barWidth * q, y1: y, x2: barWidth * q, y2: y + BAR, color: "#ffffff", width: 1 });
      shapes.push({ t: "text", x: barWidth + 6, y: y + BAR - 3, text: v.display, size: 11, bold: true });
      y += BAR + GAP;
    });
    y += 8;
  }
  return { width, height: Math.max(y, 10), shapes };
}

/** A heat-map: rows × columns of coloured cells with the amount written in each, and a legend. */
export function layoutHeatMap(map: HeatMap, o: { width?: number; rowLabel?: number } = {}): Drawing {
  const width = o.width ?? 640;
  const rowLabel = o.rowLabel ?? 190;
  const cols = Math.max(1, map.columns.length);
  const cell = (width - rowLabel) / cols;
  const header = 54;
  const rowH = 26;
  const shapes: Shape[] = [];
  map.columns.forEach((c, i) => {
    const cx = rowLabel + i * cell + cell / 2;
    const words = clip(c.short, 24).split(/\s+/);
    // Two short lines for a column heading (programme codes are usually one word).
    const lines = words.length > 1 && c.short.length > 10 ? [words.slice(0, Math.ceil(words.length / 2)).join(" "), words.slice(Math.ceil(words.length / 2)).join(" ")] : [clip(c.short, 14)];
    lines.forEach((line, li) => shapes.push({ t: "text", x: cx, y: header - 8 - (lines.length - 1 - li) * 12, text: clip(line, 14), size: 9, bold: true, anchor: "middle" }));
  });
  map.rows.forEach((row, r) => {
    const y = header + r * rowH;
    shapes.push({ t: "text", x: 0, y: y + rowH / 2 + 4, size: 10, ...labelWithAlert(row.label, 30, row.alert) });
    row.cells.forEach((c, i) => {
      const step = heatStep(c.value, map.max);
      const x = rowLabel + i * cell;
      shapes.push({ t: "rect", x: x + 1, y: y + 1, w: cell - 2, h: rowH - 2, fill: step.fill, stroke: palette.silver });
      if (c.value > 0) shapes.push({ t: "text", x: x + cell / 2, y: y + rowH / 2 + 4, text: c.display, size: 8.5, color: step.text, anchor: "middle" });
    });
  });
  // Legend: the five steps.
  const ly = header + map.rows.length * rowH + 12;
  heatSteps.forEach((s, i) => {
    const x = rowLabel + i * 70;
    shapes.push({ t: "rect", x, y: ly, w: 14, h: 14, fill: s.fill, stroke: palette.muted });
    const from = i === 0 ? "0" : `${Math.round(heatSteps[i - 1]!.upTo * 100)}–${Math.round(s.upTo * 100)} %`;
    shapes.push({ t: "text", x: x + 18, y: ly + 11, text: from, size: 9 });
  });
  return { width, height: ly + 20, shapes };
}
