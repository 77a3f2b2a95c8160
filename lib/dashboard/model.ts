/**
 * The briefing as data: what the dashboard page, the printable HTML briefing
 * and the PDF all draw. Every text is already translated and every number
 * already formatted, so the three always say the same thing.
 */
export type Figure = {
  key: string;
  label: string;
  value: string;
  /** Where the figure's items are listed (a staff page, without the locale). */
  href?: string;
  /** Draw attention (e.g. late measures > 0). */
  alert?: boolean;
};

export type Series = { name: string; color: string };

export type BarRow = {
  label: string;
  /** A second line under the label (e.g. the goal of a priority). */
  sublabel?: string;
  href?: string;
  /** One per series; null when there is nothing to show. */
  values: { value: number | null; display: string }[];
  /** Further columns of the table alternative (headers in `extraHeaders`). */
  extra?: string[];
  /** A warning that goes with the row (e.g. "no funding"): written after the label, in the chart in red. */
  alert?: string;
};

/** Horizontal bars, one bar per series for each row. */
export type BarChart = {
  kind: "bars";
  id: string;
  title: string;
  description?: string;
  categoryHeader: string;
  series: Series[];
  rows: BarRow[];
  /** The value a full-width bar stands for. */
  max: number;
  extraHeaders?: string[];
  /** A last row of the table alternative only (e.g. the sum), not drawn as a bar: the values, then the extra columns. */
  total?: { label: string; cells: string[] };
  empty: string;
};

/** A matrix of amounts, coloured by size (e.g. priorities × programmes). */
export type HeatMap = {
  kind: "heatmap";
  id: string;
  title: string;
  description?: string;
  corner: string;
  /** Short headings for the chart (e.g. programme codes), full ones for the table. */
  columns: { short: string; full: string }[];
  /** `display` is written in the chart; `exact`, when given, in the table. */
  /** `alert` as a bar row's; `total`, when given, is the row's last column in the table (headed `totalHeader`). */
  rows: { label: string; alert?: string; total?: string; cells: { value: number; display: string; exact?: string }[] }[];
  totalHeader?: string;
  max: number;
  empty: string;
};

/** A plain table (e.g. the latest review's recommendations). */
export type TableBlock = {
  kind: "table";
  id: string;
  title: string;
  description?: string;
  headers: string[];
  rows: string[][];
  empty: string;
};

/**
 * A bounded list of items that need attention (late measures, overdue
 * reports…): the first few, how many there are in all, and a link to the
 * whole list (a filtered staff page).
 */
export type ListBlock = {
  kind: "list";
  id: string;
  title: string;
  description?: string;
  /** "3 of 12" / "12" as shown beside the title. */
  count: string;
  total: number;
  items: { label: string; detail?: string; href?: string }[];
  /** The whole list, when there are more than shown (a staff page, without the locale). */
  more?: { label: string; href: string };
  empty: string;
};

export type Block = BarChart | HeatMap | TableBlock | ListBlock;

export type Section = {
  id: string;
  title: string;
  intro?: string;
  figures: Figure[];
  blocks: Block[];
  /** A coordinator's short commentary on the section (for the board), if written. */
  commentary?: string;
};

export type Briefing = {
  locale: "fi" | "sv" | "en";
  city: string;
  title: string;
  /** "Council term 2021–2025" */
  period: string;
  /** The goal the briefing is limited to, if any. */
  goal?: string;
  /** Formatted date of the data ("28.11.2026"). */
  date: string;
  /** "Period: … · Goal: … · Date: …" */
  scopeLine: string;
  sections: Section[];
  /** Labels the renderers need. */
  labels: { showTable: string; table: string; page: string; of: string; notes: string; generated: string; commentary: string };
};

/** The city's colours (Helsinki Design System) for charts. */
export const palette = {
  bus: "#0000bf",
  coat: "#0072c6",
  tram: "#009246",
  brick: "#bd2719",
  copper: "#00796b",
  metro: "#b34c00",
  silverLight: "#f2f2f2",
  silver: "#dedfe1",
  ink: "#1a1a1a",
  muted: "#666666",
  engel: "#ffe977",
};

export const seriesColors = [palette.bus, palette.coat, palette.tram, palette.brick, palette.metro, palette.copper];

/**
 * Heat-map colours in five steps from white to the city's blue. Text on the
 * three lightest is dark and on the two darkest white: contrast ≥ 4.5:1 on each.
 */
export const heatSteps = [
  { upTo: 0, fill: "#ffffff", text: palette.ink },
  { upTo: 0.25, fill: "#e6e6f9", text: palette.ink },
  { upTo: 0.5, fill: "#b3b3ec", text: palette.ink },
  { upTo: 0.75, fill: "#4d4dd2", text: "#ffffff" },
  { upTo: 1, fill: "#0000bf", text: "#ffffff" },
] as const;

export function heatStep(value: number, max: number) {
  const t = max > 0 && value > 0 ? value / max : 0;
  return heatSteps.find((s) => t <= s.upTo) ?? heatSteps[heatSteps.length - 1]!;
}
