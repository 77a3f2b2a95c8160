/**
 * Geometry of a small time-series chart (values and a target line), pure so
 * it can be tested. Numbers are converted to floats for drawing only.
 */
export type Point = { date: string; value: string };
export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
  values: { x: number; y: number; date: string; value: string }[];
  targets: { x: number; y: number; date: string; value: string }[];
};

const time = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** A "nice" step for about `count` ticks up to max. */
function niceStep(max: number, count: number) {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * mag;
}

export function chartGeometry(values: Point[], targets: Point[], size = { width: 640, height: 300 }): ChartGeometry {
  const plot = { left: 72, right: size.width - 16, top: 16, bottom: size.height - 40 };
  const all = [...values, ...targets];
  const nums = all.map((p) => Number(p.value)).filter(Number.isFinite);
  const minV = Math.min(0, ...nums);
  const maxRaw = Math.max(1, ...nums);
  const step = niceStep(maxRaw - minV, 4);
  const maxV = Math.ceil(maxRaw / step) * step;
  const times = all.map((p) => time(p.date));
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 1;
  const span = t1 - t0 || 1;
  const x = (d: string) => (t1 === t0 ? (plot.left + plot.right) / 2 : plot.left + ((time(d) - t0) / span) * (plot.right - plot.left));
  const y = (v: number) => plot.bottom - ((v - minV) / (maxV - minV || 1)) * (plot.bottom - plot.top);
  const yTicks: ChartGeometry["yTicks"] = [];
  for (let v = minV; v <= maxV + step / 2; v += step) yTicks.push({ value: v, y: y(v) });
  const years = [...new Set(all.map((p) => p.date.slice(0, 4)))].sort();
  const xTicks = years.map((yr) => {
    const dates = all.filter((p) => p.date.startsWith(yr)).map((p) => p.date).sort();
    return { label: yr, x: x(dates[dates.length - 1]!) };
  });
  const map = (list: Point[]) => [...list].sort((a, b) => a.date.localeCompare(b.date)).map((p) => ({ x: x(p.date), y: y(Number(p.value)), date: p.date, value: p.value }));
  return { width: size.width, height: size.height, plot, yTicks, xTicks, values: map(values), targets: map(targets) };
}
