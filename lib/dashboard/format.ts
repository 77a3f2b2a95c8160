import { formatPercent } from "@/lib/money";
import { formatDay as formatLongDay } from "@/lib/dates";
import { intlLocale } from "@/lib/i18n/formatters";
import { numberFormat } from "@/lib/i18n/formatters";

/** A translator for the dashboard's strings (next-intl's, or createTranslator's outside a request). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type Locale = "fi" | "sv" | "en";

export function formatCount(n: number, locale: Locale): string {
  return numberFormat(intlLocale(locale)).format(n);
}

/** A whole percentage (progress 0–100) as the locale writes it: "45 %" / "45%"; "–" for none. */
export function formatProgress(value: number | null, locale: Locale): string {
  return value === null ? "–" : formatPercent(value * 100, locale, 0);
}

/** A score with one decimal ("3,5" / "3.5"); "–" for none. */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null) return "–";
  return numberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A date (ISO) as the locale writes it: 28.11.2026 / 28.11.2026 / 28 November 2026. */
export function formatDay(iso: string, locale: Locale): string {
  return formatLongDay(iso, locale, locale === "en" ? "long" : "short");
}

/** A staff-list link that keeps the dashboard's period and goal. */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Where a chart's picture and numbers are (a chart route, with the page's
 * filters as a query), and the chart in the printable page, where every
 * table is open. The dashboard's by default; the funding portfolio has its own.
 */
export type ChartLinks = {
  svg: (id: string) => string;
  json: (id: string) => string;
  briefing: (id: string) => string;
  /** The page's language in front of the model's app paths ("/fi"): its links are plain anchors, not one client component each (issue 17). */
  prefix: string;
};

export function chartLinks(locale: Locale, query: string, paths: { charts: string; printable: string } = { charts: "staff/dashboard/charts", printable: "staff/dashboard/briefing" }): ChartLinks {
  const q = query ? `?${query}` : "";
  return {
    svg: (id) => `/${locale}/${paths.charts}/${id}.svg${q}`,
    json: (id) => `/${locale}/${paths.charts}/${id}.json${q}`,
    briefing: (id) => `/${locale}/${paths.printable}${q}#${id}-heading`,
    prefix: `/${locale}`,
  };
}
